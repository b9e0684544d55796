import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');

export type Target = 'chrome' | 'firefox';

export function outputDir(target: Target): string {
  return path.join(ROOT, '.output', target === 'chrome' ? 'chrome-mv3' : 'firefox-mv3');
}

const INPUTS = ['entrypoints', 'src', 'public', 'wxt.config.ts', 'package-lock.json'];

function newestMtime(p: string): number {
  const full = path.join(ROOT, p);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(full, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function isFresh(target: Target): boolean {
  const manifest = path.join(outputDir(target), 'manifest.json');
  if (!fs.existsSync(manifest)) return false;
  const built = fs.statSync(manifest).mtimeMs;
  return INPUTS.every((p) => newestMtime(p) <= built);
}

/**
 * Run `work` while no other test worker builds: builds share `.wxt/`. A lock directory,
 * so it holds across the test workers (processes).
 */
export async function withBuildLock<T>(work: () => T | Promise<T>): Promise<T> {
  const lock = path.join(os.tmpdir(), `qingdu-build-${Buffer.from(ROOT).toString('hex').slice(-24)}.lock`);
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // A lock older than a build could ever take was left by a killed run.
      const stat = fs.statSync(lock, { throwIfNoEntry: false });
      if (stat && Date.now() - stat.mtimeMs > 120_000) fs.rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Build the extension for `target` unless `.output` is newer than every source, so
 * `npm test` works on a clean clone and after any edit.
 */
export async function ensureBuilt(target: Target): Promise<string> {
  await withBuildLock(() => {
    if (!isFresh(target)) {
      const args = target === 'chrome' ? ['wxt', 'build'] : ['wxt', 'build', '-b', 'firefox', '--mv3'];
      const run = spawnSync('npx', args, { cwd: ROOT, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`wxt build for ${target} failed:\n${run.stdout}\n${run.stderr}`);
    }
  });
  return outputDir(target);
}

/** Screenshots and exports of the end-to-end run (gitignored). */
export const ARTIFACTS = path.join(ROOT, 'test-results', 'e2e');

export function artifactPath(name: string): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}
