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
    // Node's own FormData body stream (an upload to the fake Discord) rejects inside Node when the
    // crash tests cut its connection mid-upload: "Invalid state: ReadableStream is already closed",
    // from node:internal/deps/undici, with no caller to give it to. The bot logs such a rejection and
    // stays up (src/main.ts); here it is the crash test's own doing, so only this one is ignored.
    onUnhandledError(error) {
      const { message = '', stack = '' } = error as { message?: string; stack?: string };
      if (message.includes('ReadableStream is already closed') && stack.includes('node:internal/deps/undici')) return false;
    },
  },
});
