#!/usr/bin/env node
/**
 * Fails (exit 1, one `file:line: sink` per hit) when code in src/ or entrypoints/ turns a
 * string into DOM, or DOM into a string, anywhere but src/sanitize/sanitize-html.ts. Page
 * content is written by strangers; one sanitizing module is the only thing that keeps it
 * from running in the panel, so every other raw HTML sink is a bug (issue 7).
 *
 * Deliberately simple and strict: plain text matching, comments and strings included (a
 * lexer would be one more thing an obfuscated sink could slip past). Write "raw HTML sink"
 * in comments instead of naming the property.
 *
 *   node scripts/check-html-sinks.mjs [--root DIR]   (DIR defaults to the repository root)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SCANNED_DIRS = ['src', 'entrypoints'];
/** The one module allowed to parse and serialize HTML (relative to the root, with /). */
const ALLOWED = new Set(['src/sanitize/sanitize-html.ts']);
const EXTENSIONS = /\.(?:[cm]?[jt]sx?|vue|svelte|html?)$/i;
const SKIPPED_DIRS = new Set(['node_modules', '.output', '.wxt', 'dist']);

/** Each sink with the pattern that finds it; names are what the report prints. */
const SINKS = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*(?:\?\.|\.)\s*write(?:ln)?\b/],
  ['document.write', /\b(?:doc|\w*Doc|\w*Document)\s*(?:\?\.|\.)\s*write(?:ln)?\s*\(/],
  ['DOMParser', /\bDOMParser\b/],
  ['parseFromString', /\bparseFromString\b/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['srcdoc', /\bsrcdoc\b/i],
  ['setHTMLUnsafe / parseHTMLUnsafe', /\b(?:setHTMLUnsafe|parseHTMLUnsafe)\b/],
];

function* filesUnder(dir) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // a scanned folder that does not exist yet
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.has(e.name)) yield* filesUnder(full);
    } else if (e.isFile() && EXTENSIONS.test(e.name)) yield full;
  }
}

/** Every sink use under `root`'s scanned folders: [{ file, line, sink, text }]. */
export function findSinks(root) {
  const hits = [];
  for (const dir of SCANNED_DIRS) {
    for (const file of filesUnder(path.join(root, dir))) {
      const rel = path.relative(root, file).split(path.sep).join('/');
      if (ALLOWED.has(rel)) continue;
      const lines = fs.readFileSync(file, 'utf8').split(/\r\n|\r|\n/);
      lines.forEach((text, i) => {
        const seen = new Set();
        for (const [sink, re] of SINKS) {
          if (!seen.has(sink) && re.test(text)) {
            seen.add(sink);
            hits.push({ file: rel, line: i + 1, sink, text: text.trim() });
          }
        }
      });
    }
  }
  return hits;
}

function main(argv) {
  const i = argv.indexOf('--root');
  const root = i >= 0 && argv[i + 1] ? path.resolve(argv[i + 1]) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const hits = findSinks(root);
  if (hits.length === 0) {
    console.log(`check-html-sinks: no raw HTML sinks in ${SCANNED_DIRS.join('/, ')}/ outside ${[...ALLOWED].join(', ')}`);
    return 0;
  }
  console.error(`check-html-sinks: ${hits.length} raw HTML sink(s) outside ${[...ALLOWED].join(', ')}; use the sanitize module instead:`);
  for (const h of hits) console.error(`${h.file}:${h.line}: ${h.sink}: ${h.text.slice(0, 160)}`);
  return 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
