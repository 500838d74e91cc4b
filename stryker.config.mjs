// @ts-check
// `npm run mutation`: StrykerJS with the Vitest runner over the unit tests (not part of CI:
// it takes minutes). Scores per folder are in reports/mutation/ and printed at the end.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['src/lib/**/*.ts', '!src/lib/search/client/**', '!src/lib/build-site.ts'],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  timeoutMS: 60000,
  thresholds: { high: 80, low: 60, break: null },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['dist', '.generated', '.tmp', 'reports', 'node_modules', '.astro'],
};
