import { defineConfig } from 'vitest/config';

// The unit tests only: the site tests build with Astro and browsers, too slow per mutant.
export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 },
});
