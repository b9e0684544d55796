#!/usr/bin/env node
// Runs the whole test suite (unit, fixtures, end-to-end) with Vitest and ends with the
// line CI reads: "N passed, N failed". Extra arguments go to Vitest (a file filter).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The raw-HTML-sink lint runs first and counts as one test (issue 7).
const sinks = spawnSync(process.execPath, [fileURLToPath(new URL('check-html-sinks.mjs', import.meta.url))], { stdio: 'inherit' });
const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qingdu-tests-')), 'vitest.json');
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } },
);
let passed = 0;
let failed = 0;
try {
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = json.numPassedTests ?? 0;
  failed = (json.numFailedTests ?? 0) + (json.numRuntimeErrorTestSuites ?? 0);
  if (!json.success && failed === 0) failed = 1; // a suite that failed to load counts
} catch {
  failed = Math.max(failed, 1); // no report: Vitest itself failed
}
if (sinks.status === 0) passed++;
else failed++;
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
