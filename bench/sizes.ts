/**
 * 4. Sizes: a production build of the Chrome extension (into bench/out/, so .output/ used
 * by other work is left alone), then minified and gzip sizes per entrypoint: the content
 * script, the detector, the background service worker, the side panel's initial chunk (its
 * HTML's module scripts and everything they import statically) and the lazily loaded
 * dictionary chunks (chunks reached only through `import()` that hold OpenCC dictionary
 * data). gzip is level 9, each file on its own. The build writes hidden source maps (the
 * code is byte for byte the same) so each entry's bytes can be charged to their sources.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { now, round } from './lib/measure';
import { ROOT } from './lib/pages';
import { bytesBySource, type SourceShare } from './lib/sourcemap';

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface EntrySize {
  files: string[];
  bytes: number;
  gzip: number;
}

export interface SizesResult {
  contentScriptGzip: number | null;
  detectorGzip: number | null;
  backgroundGzip: number | null;
  sidepanelInitialGzip: number | null;
  dictionariesGzip: number | null;
  /** Minified bytes of the same groups. */
  minified: Record<'contentScript' | 'detector' | 'background' | 'sidepanelInitial' | 'dictionaries', number | null>;
  entries: Record<string, EntrySize>;
  /** Where the bytes of each entry come from (from the build's hidden source maps), top 8. */
  breakdown: Record<string, SourceShare[]>;
  /** Lazily loaded chunks that are not dictionaries (e.g. the OpenCC engine). */
  lazyOther: EntrySize;
  files: FileSize[];
  buildMs: number | null;
  extensionDir: string;
  notes: string[];
}

const gzipSize = (buf: Buffer): number => zlib.gzipSync(buf, { level: 9 }).length;

/** OpenCC dictionary data: "简 繁|简 繁|…" runs of CJK pairs. */
const DICTIONARY = /[\u3400-\u9fff\u{20000}-\u{2ffff}]+ [\u3400-\u9fff\u{20000}-\u{2ffff}]+\|[\u3400-\u9fff\u{20000}-\u{2ffff}]+ [\u3400-\u9fff\u{20000}-\u{2ffff}]+\|/u;
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;
const STATIC_EXPORT = /\bexport\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

export function buildExtension(outDir: string): { dir: string | null; ms: number; error?: string } {
  fs.rmSync(outDir, { recursive: true, force: true });
  const t = now();
  const r = spawnSync(process.execPath, [path.join(import.meta.dirname, 'build-extension.mjs'), outDir], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '1' } });
  const ms = now() - t;
  const dir = path.join(outDir, 'chrome-mv3');
  if (r.status !== 0 || !fs.existsSync(path.join(dir, 'manifest.json'))) {
    const msg = (r.stderr || r.stdout || '').trim().split('\n').filter(Boolean).slice(-3).join(' | ');
    return { dir: null, ms, error: `wxt build failed: ${msg.slice(0, 300)}` };
  }
  return { dir, ms };
}

function walk(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p, base) : [path.relative(base, p).split(path.sep).join('/')];
  });
}

/** Resolve an import specifier of `from` (a file relative to the extension root). */
function resolveSpec(from: string, spec: string): string {
  if (spec.startsWith('/')) return spec.slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
}

function staticClosure(dir: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length) {
    const f = stack.pop() as string;
    if (seen.has(f) || !fs.existsSync(path.join(dir, f))) continue;
    seen.add(f);
    if (!f.endsWith('.js')) continue;
    const src = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const re of [STATIC_IMPORT, STATIC_EXPORT]) for (const m of src.matchAll(re)) stack.push(resolveSpec(f, m[1] as string));
  }
  return [...seen].sort();
}

function scriptsOfHtml(dir: string, html: string): string[] {
  const src = fs.readFileSync(path.join(dir, html), 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["']/g)) out.push(resolveSpec(html, m[1] as string));
  for (const m of src.matchAll(/<link\b[^>]*\brel=["'](?:stylesheet|modulepreload)["'][^>]*\bhref=["']([^"']+)["']/g)) out.push(resolveSpec(html, m[1] as string));
  return out;
}

export function measureSizes(dir: string, buildMs: number | null): SizesResult {
  const notes: string[] = [];
  const files: FileSize[] = walk(dir)
    .filter((f) => /\.(js|css|html|txt)$/.test(f))
    .map((f) => {
      const buf = fs.readFileSync(path.join(dir, f));
      return { file: f, bytes: buf.length, gzip: gzipSize(buf) };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
  const byName = new Map(files.map((f) => [f.file, f]));
  const group = (list: string[]): EntrySize => {
    const fs2 = list.filter((f) => byName.has(f) && !f.endsWith('.html'));
    return { files: fs2, bytes: fs2.reduce((n, f) => n + (byName.get(f)?.bytes ?? 0), 0), gzip: fs2.reduce((n, f) => n + (byName.get(f)?.gzip ?? 0), 0) };
  };

  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string; scripts?: string[] };
    content_scripts?: { js?: string[] }[];
    side_panel?: { default_path?: string };
  };
  const contentFiles = new Set<string>([...walk(dir).filter((f) => f.startsWith('content-scripts/') && f.endsWith('.js')), ...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? [])]);
  const detectorFiles = [...contentFiles].filter((f) => /detect/i.test(path.basename(f)));
  const mainContent = [...contentFiles].filter((f) => !/detect/i.test(path.basename(f)));

  const entries: Record<string, EntrySize> = {};
  if (mainContent.length) entries.contentScript = group(staticClosure(dir, mainContent));
  else notes.push('content script: no content-scripts/*.js in the build yet');
  if (detectorFiles.length) entries.detector = group(staticClosure(dir, detectorFiles));
  else notes.push('detector: no detector entrypoint in the build yet (a content script whose name contains "detect")');
  const bg = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  if (bg) entries.background = group(staticClosure(dir, [bg]));
  else notes.push('background: no background script in the manifest');
  const panelHtml = manifest.side_panel?.default_path ?? (byName.has('sidepanel.html') ? 'sidepanel.html' : undefined);
  if (panelHtml && byName.has(panelHtml)) {
    const initial = group(staticClosure(dir, scriptsOfHtml(dir, panelHtml)));
    entries.sidepanelInitial = initial;
    if (initial.bytes < 2048) notes.push(`side panel: initial chunk is only ${initial.bytes} bytes (the real panel is not built yet)`);
  } else notes.push('side panel: no side panel page in the build');
  if (byName.has('options.html')) entries.optionsInitial = group(staticClosure(dir, scriptsOfHtml(dir, 'options.html')));
  // Data files the extension fetches at run time (e.g. the lexicon), not code.
  const data = files.filter((f) => f.file.endsWith('.txt')).map((f) => f.file);
  if (data.length) entries.dataFiles = group(data);

  // Lazily loaded: every JS file no entry reaches statically.
  const initialFiles = new Set(Object.values(entries).flatMap((e) => e.files));
  const lazy = files.filter((f) => f.file.endsWith('.js') && !initialFiles.has(f.file));
  const dynamicTargets = new Set<string>();
  for (const f of files.filter((x) => x.file.endsWith('.js'))) {
    for (const m of fs.readFileSync(path.join(dir, f.file), 'utf8').matchAll(DYNAMIC_IMPORT)) dynamicTargets.add(resolveSpec(f.file, m[1] as string));
  }
  const dictionaries = lazy.filter((f) => DICTIONARY.test(fs.readFileSync(path.join(dir, f.file), 'utf8')));
  const dictNames = new Set(dictionaries.map((d) => d.file));
  entries.dictionaries = group(dictionaries.map((f) => f.file));
  if (!dictionaries.length) notes.push('dictionaries: no lazily loaded OpenCC dictionary chunk in the build yet (the panel does not import the converter)');
  const eagerDict = [...initialFiles].filter((f) => DICTIONARY.test(fs.readFileSync(path.join(dir, f), 'utf8')));
  if (eagerDict.length) notes.push(`WARNING: OpenCC dictionaries loaded eagerly in ${eagerDict.join(', ')}`);
  const lazyReached = new Set(staticClosure(dir, [...dynamicTargets]));
  const unreached = lazy.filter((f) => !lazyReached.has(f.file) && !dictNames.has(f.file));
  if (unreached.length) notes.push(`chunks no entry imports statically or dynamically: ${unreached.map((f) => f.file).join(', ')}`);

  const breakdown: Record<string, SourceShare[]> = {};
  for (const key of ['contentScript', 'detector', 'background', 'sidepanelInitial']) {
    const totals = new Map<string, SourceShare>();
    for (const f of entries[key]?.files ?? []) {
      for (const x of (f.endsWith('.js') && bytesBySource(path.join(dir, f))) || []) {
        const t = totals.get(x.label) ?? { label: x.label, bytes: 0, gzip: 0 };
        t.bytes += x.bytes;
        t.gzip += x.gzip;
        totals.set(x.label, t);
      }
    }
    if (totals.size) breakdown[key] = [...totals.values()].sort((a, b) => b.bytes - a.bytes).slice(0, 8);
  }

  const g = (k: string): number | null => (entries[k] && entries[k].files.length ? entries[k].gzip : null);
  const b = (k: string): number | null => (entries[k] && entries[k].files.length ? entries[k].bytes : null);
  return {
    contentScriptGzip: g('contentScript'),
    detectorGzip: g('detector'),
    backgroundGzip: g('background'),
    sidepanelInitialGzip: g('sidepanelInitial'),
    dictionariesGzip: g('dictionaries'),
    minified: { contentScript: b('contentScript'), detector: b('detector'), background: b('background'), sidepanelInitial: b('sidepanelInitial'), dictionaries: b('dictionaries') },
    entries,
    breakdown,
    lazyOther: group(lazy.filter((f) => !dictNames.has(f.file)).map((f) => f.file)),
    files,
    buildMs: buildMs === null ? null : round(buildMs, 0),
    extensionDir: path.relative(ROOT, dir),
    notes,
  };
}
