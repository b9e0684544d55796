/**
 * The README's "Benchmarks" numbers, rewritten by every full `npm run bench` between the
 * markers below (nothing else in the README is touched; without the markers nothing is).
 */
import fs from 'node:fs';

export const START = '<!-- bench:start (written by npm run bench) -->';
export const END = '<!-- bench:end -->';

interface Summary {
  machine: { cpu: string; cores: number; memoryGB: number; node: string; date: string; loadAverage: number; loadAverageEnd?: number };
  fixtures: { medianRatio: number; pages: unknown[] } | null;
  scale: { bytes: number; runs: number; pipelineMsPerMB: number; readabilityMsPerMB: number }[] | null;
  scaleSummary: { growth1MBto5MB: { pipeline: number | null; readability: number | null }; skipped: { target: number; reason: string }[] } | null;
  conversion: { buildMs: number | null; seedMs: number; directOpenccSeedMs: number; ratio: number; charsPerSecond: number; seedArticleMs: number; large: { s2t: { directCharsPerSecond: number } } } | null;
  sizes: { contentScriptGzip: number | null; detectorGzip: number | null; backgroundGzip: number | null; sidepanelInitialGzip: number | null; dictionariesGzip: number | null } | null;
  browser: { seed: { ms: number | null; readabilityMs: number | null; ratio: number | null }; large: { ms: number | null; readabilityMs: number | null; ratio: number | null }; firstToggleMs: number | null } | null;
  durationSeconds: number;
}

const kb = (b: number | null | undefined): string => (b === null || b === undefined ? 'not built yet' : `${(b / 1024).toFixed(1)} KB`);
const mark = (ok: boolean | null): string => (ok === null ? '' : ok ? ' ✓' : ' ✗');
const size = (b: number): string => (b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(1)} MB` : `${Math.round(b / 1024)} KB`);

export function readmeBlock(r: Summary): string {
  const m = r.machine;
  const rows: string[][] = [];
  if (r.fixtures) rows.push([`Pipeline / plain Readability, median over ${r.fixtures.pages.length} fixture pages`, String(r.fixtures.medianRatio), `≤ 1.5${mark(r.fixtures.medianRatio <= 1.5)}`]);
  if (r.scale && r.scaleSummary) {
    const sizes = r.scale.map((s) => size(s.bytes)).join(' / ');
    rows.push([`Pipeline ms per MB at ${sizes}`, r.scale.map((s) => Math.round(s.pipelineMsPerMB)).join(' / '), '']);
    rows.push([`Readability ms per MB at ${sizes}`, r.scale.map((s) => Math.round(s.readabilityMsPerMB)).join(' / '), '']);
    const g = r.scaleSummary.growth1MBto5MB;
    const skipped = r.scaleSummary.skipped.map((s) => `${size(s.target)} skipped`).join(', ');
    rows.push(['Growth of ms/MB, 1 MB → 5 MB (pipeline; Readability)', skipped || (g.pipeline === null ? '—' : `×${g.pipeline}; ×${g.readability}`), `linear (≤ ×1.3)${g.pipeline === null || skipped ? (skipped ? ' ✗' : '') : mark(g.pipeline <= 1.3)}`]);
  }
  if (r.conversion) {
    const c = r.conversion;
    rows.push(['OpenCC Simplified → Traditional converter, cold build', c.buildMs === null ? '—' : `${Math.round(c.buildMs)} ms`, '']);
    rows.push(['Script toggle on the seed article / opencc-js on its text', `${c.ratio} (${c.seedMs} ms / ${c.directOpenccSeedMs} ms)`, `≤ 1.2${mark(c.ratio <= 1.2)}`]);
    rows.push(['1 M characters S→T, text nodes (opencc-js on the string)', `${(c.charsPerSecond / 1e6).toFixed(2)} M chars/s (${(c.large.s2t.directCharsPerSecond / 1e6).toFixed(2)})`, '']);
  }
  if (r.sizes) {
    const s = r.sizes;
    const lim = (b: number | null, l: number) => (b === null ? '' : mark(b <= l * 1024));
    rows.push(['Content script, gzip', kb(s.contentScriptGzip), `≤ 60 KB${lim(s.contentScriptGzip, 60)}`]);
    rows.push(['Detector, gzip', kb(s.detectorGzip), `≤ 5 KB${lim(s.detectorGzip, 5)}`]);
    rows.push(['Side panel initial chunk, gzip', kb(s.sidepanelInitialGzip), `≤ 60 KB${lim(s.sidepanelInitialGzip, 60)}`]);
    rows.push(['Background, gzip', kb(s.backgroundGzip), '']);
    rows.push(['OpenCC dictionaries (lazy), gzip', kb(s.dictionariesGzip), '']);
  }
  if (r.browser) {
    const b = r.browser;
    const v = (x: number | null, unit = '') => (x === null ? 'not measured yet' : `${x}${unit}`);
    rows.push(['In Chromium, seed page: extraction → rendered / in-page Readability', `${v(b.seed.ratio)} (${v(b.seed.ms, ' ms')} / ${v(b.seed.readabilityMs, ' ms')})`, `≤ 2${b.seed.ratio === null ? '' : mark(b.seed.ratio <= 2)}`]);
    rows.push(['In Chromium, 1 MB page: the same', `${v(b.large.ratio)} (${v(b.large.ms, ' ms')} / ${v(b.large.readabilityMs, ' ms')})`, `≤ 2${b.large.ratio === null ? '' : mark(b.large.ratio <= 2)}`]);
    rows.push(['First script toggle after the panel has been open 2 s', v(b.firstToggleMs, ' ms'), '']);
  }
  const busy = m.loadAverage > m.cores || (m.loadAverageEnd ?? 0) > m.cores;
  return [
    START,
    `Taken on ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, ${m.date.slice(0, 10)}; load average ${m.loadAverage} → ${m.loadAverageEnd ?? '?'}${busy ? ' (a busy machine: absolute times are inflated; the ratios are measured interleaved)' : ''}; the run took ${Math.round(r.durationSeconds)} s. All numbers: \`bench/results.json\`.`,
    '',
    '| measure | result | target |',
    '|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    END,
  ].join('\n');
}

/** Replace the block between the markers; returns false when the README has no markers. */
export function updateReadme(file: string, block: string): boolean {
  if (!fs.existsSync(file)) return false;
  const text = fs.readFileSync(file, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) return false;
  fs.writeFileSync(file, text.slice(0, a) + block + text.slice(b + END.length));
  return true;
}
