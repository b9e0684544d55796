// Child process of the size benchmark: a production build of the Chrome MV3 extension into
// the folder given as argv[2] (not .output/, which other work and the e2e tests use).
import { build } from 'wxt';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: node bench/build-extension.mjs <outDir>');
// Hidden source maps: the same code byte for byte (no sourceMappingURL comment), plus .map
// files the size report reads to say which sources the bytes come from.
await build({ outDir, browser: 'chrome', manifestVersion: 3, mode: 'production', vite: () => ({ build: { sourcemap: 'hidden' } }) });
