import { defineConfig } from 'wxt';
import shipped from '../../../wxt.config';

/**
 * The shipped configuration with hidden source maps, built into its own directory: the
 * build-output test maps each `web-ext lint` warning on the shipped build back to the
 * source file it came from (our code, or a library's). Same code, byte for byte.
 */
export default defineConfig({
  ...shipped,
  outDir: process.env.QINGDU_SOURCEMAP_OUT ?? '.output/sourcemapped',
  vite: () => ({ build: { sourcemap: 'hidden' } }),
});
