// Scratch locations of the test build: never the real dist/ or .generated/.
export const TEST_SITE = '.tmp/test-site';
export const TEST_GENERATED = '.tmp/test-generated';
export const FIXTURE_ROOT = 'tests/fixtures/content';
export const RANDOM_ROOT = '.tmp/fixture-random';
export const TEST_ROOTS = ['content', FIXTURE_ROOT, RANDOM_ROOT];
