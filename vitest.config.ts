import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI and git tests spawn real processes; two cores are shared with them.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
