// Scratch locations of the test build: never the real dist/ or .generated/.
export const TEST_SITE = '.tmp/test-site';
export const TEST_GENERATED = '.tmp/test-generated';
export const FIXTURE_ROOT = 'tests/fixtures/content';
export const RANDOM_ROOT = '.tmp/fixture-random';
/** The project's content with the fixture report added the way a user adds a document (see README). */
export const TEST_CONTENT = '.tmp/test-content';
export const TEST_ROOTS = [TEST_CONTENT, RANDOM_ROOT];
/** A scratch directory an interrupted build could leave in the project, holding a class no page uses. */
export const STRAY = 'dist.tmp-4242';
export const STRAY_CLASS = 'tracking-[0.4242em]';
