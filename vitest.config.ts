import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests start the real discord.js client; give them room on 2-core CI machines.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
