/**
 * The command-line cleaner as a user runs it: a child process (its own memory, its own
 * exit code), stdout and stderr captured. No network: pages are files or standard input.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const CLI = path.join(REPO, 'src/cli/clean.ts');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], input?: Uint8Array | string): CliResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: REPO,
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, TZ: 'UTC' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A stack trace in the output: the CLI must end with one line saying what is wrong. */
export const STACK_TRACE = /^\s+at .+\(.+:\d+:\d+\)$|^\s+at .+:\d+:\d+$|\w+Error: .+\n\s+at /m;

const temps: string[] = [];

/** A file in a fresh temporary folder (removed by `removeTemps`). */
export function tempFile(name: string, content: Uint8Array | string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingdu-sec-'));
  temps.push(dir);
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingdu-sec-'));
  temps.push(dir);
  return dir;
}

export function removeTemps(): void {
  for (const t of temps.splice(0)) fs.rmSync(t, { recursive: true, force: true });
}
