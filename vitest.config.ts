import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        // One real build (corpus + fixtures) shared by the build and browser tests.
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/setup/build-once.ts'], fileParallelism: false, testTimeout: 60_000, hookTimeout: 300_000 },
      },
    ],
  },
});
