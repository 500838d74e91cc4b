// Where the build reads and writes; the test suite points these at fixtures and scratch dirs.
export const contentRoots = () => ['content', ...(process.env.EDITION_EXTRA_CONTENT ?? '').split(':').filter(Boolean)];
export const generatedDir = () => process.env.EDITION_GENERATED ?? '.generated';
export const distDir = () => process.env.EDITION_DIST ?? 'dist';
