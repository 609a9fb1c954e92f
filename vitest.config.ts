import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Most tests wait on loopback servers, not the CPU: on 2 cores vitest's default (cores − 1 = 1
    // worker) runs them one file at a time.
    maxWorkers: 3,
  },
});
