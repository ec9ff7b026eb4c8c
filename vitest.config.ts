import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  // WxtVitest does not apply wxt.config's vite plugins, so Preact JSX is configured here (toolchain.md).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    // Fixtures are written in UTC; tests about other zones switch process.env.TZ themselves.
    env: { TZ: 'UTC' },
  },
});
