#!/usr/bin/env node
// Launches the command-line cleaner (src/cli/clean.ts). It runs a bundle of the CLI
// (dist/cli/clean.mjs, dependencies left in node_modules), rebuilt with esbuild whenever a
// source file is newer: compiling TypeScript on every run (tsx) doubled the time per page.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = path.join(root, 'src/cli/clean.ts');
// Same depth as src/cli, so the CLI finds public/lexicon relative to itself either way.
const bundle = path.join(root, 'dist/cli/clean.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

async function ensureBundle() {
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= newestSource(path.join(root, 'src'))) return true;
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return false;
  }
  mkdirSync(path.dirname(bundle), { recursive: true });
  const tmp = `${bundle}.${process.pid}.tmp`;
  await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: tmp, logLevel: 'error' });
  renameSync(tmp, bundle); // atomic: a parallel run never sees half a file
  return true;
}

if (await ensureBundle()) {
  await import(pathToFileURL(bundle).href);
} else {
  // No esbuild (a production install): compile on the fly.
  const r = spawnSync(process.execPath, ['--import', 'tsx', entry, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
}
