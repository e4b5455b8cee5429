import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The build and browser tests run the real Astro build and chromium: minutes, not milliseconds.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // Two cores: builds in parallel files would only fight each other.
    fileParallelism: false,
  },
});
