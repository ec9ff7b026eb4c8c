import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

// Real-browser tests: one file at a time (each launches Chromium), generous timeouts for a 2-core box.
export default defineConfig({
  resolve: { alias: { '@': root, '~': root, '@@': root, '~~': root } },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts', 'tests/fixtures/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
