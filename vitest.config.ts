import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Node is the default environment (jsdom costs ~1 s per file); files that need a DOM
// opt in with `// @vitest-environment jsdom`. Never happy-dom or linkedom where
// sanitizing happens: DOMPurify is only safe on a real DOM implementation.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    env: { BROWSER: 'chrome', MANIFEST_VERSION: '3' },
    include: ['tests/**/*.test.ts'],
    mockReset: true,
    restoreMocks: true,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
