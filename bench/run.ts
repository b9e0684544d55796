/**
 * `npm run bench`: speed, scale and size, measured side by side against the libraries the
 * project builds on (issue 6). Prints a table and writes bench/results.json.
 *
 *   1. fixtures    pipeline vs plain Readability on every fixture page   (bench/fixtures.ts)
 *   2. scale       the same on generated 10 KB … 5 MB pages              (bench/scale.ts)
 *   3. conversion  OpenCC: build time, seed article, 1 M characters     (bench/conversion.ts)
 *   4. sizes       built bundle sizes per entrypoint                     (bench/sizes.ts)
 *   5. browser     headless Chromium with the built extension            (bench/browser.ts)
 *
 * Options: --only=fixtures,scale,… (a partial run writes bench/out/results.json, never
 * bench/results.json), --quick (fewer runs, pages up to 1 MB), --ext-dir=<built chrome-mv3>
 * (measure that build instead of building). A full run also rewrites the numbers between
 * the bench markers in README.md. A script, not a test: nothing here fails CI.
 */
import fs from 'node:fs';
import path from 'node:path';
import { benchFixtures, type FixturesResult } from './fixtures';
import { benchScale, SUPERLINEAR, type ScaleResult } from './scale';
import { benchConversion, type ConversionResult } from './conversion';
import { buildExtension, measureSizes, type SizesResult } from './sizes';
import { benchBrowser, type BrowserResult } from './browser';
import { generatePage } from './generate-page';
import { loadAverageNow, machineInfo, type MachineInfo } from './lib/machine';
import { now, round } from './lib/measure';
import { FIXTURES_DIR, ROOT } from './lib/pages';
import { fmtBytes, fmtKB, fmtMs, heading, table } from './lib/table';
import { readmeBlock, updateReadme } from './lib/readme';

const SECTIONS = ['fixtures', 'scale', 'conversion', 'sizes', 'browser'] as const;
type Section = (typeof SECTIONS)[number];

interface Target {
  name: string;
  value: number | null;
  limit: string;
  met: boolean | null;
}

interface Results {
  machine: MachineInfo;
  fixtures: FixturesResult | null;
  scale: ScaleResult['rows'] | null;
  scaleSummary: Omit<ScaleResult, 'rows'> | null;
  conversion: ConversionResult | null;
  sizes: SizesResult | null;
  browser: BrowserResult | null;
  targets: Target[];
  durationSeconds: number;
}

const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const flag = (name: string): boolean => process.argv.includes(`--${name}`);

const only = arg('only')?.split(',').map((s) => s.trim()) as Section[] | undefined;
for (const s of only ?? []) if (!SECTIONS.includes(s)) throw new Error(`--only: unknown section ${s} (${SECTIONS.join(', ')})`);
const quick = flag('quick');
const runSection = (s: Section): boolean => !only || only.includes(s);
const log = (s: string): void => void process.stderr.write(s + '\n');
const KB = 1024;

async function main(): Promise<void> {
  const t0 = now();
  const machine = machineInfo();
  if (!(globalThis as { gc?: unknown }).gc) log('note: run with node --expose-gc (npm run bench does) for steadier timings');
  const results: Results = { machine, fixtures: null, scale: null, scaleSummary: null, conversion: null, sizes: null, browser: null, targets: [], durationSeconds: 0 };

  // Sizes first: the build is quick, and the browser part needs it.
  let extensionDir: string | null = arg('ext-dir') ? path.resolve(arg('ext-dir') as string) : null;
  const sizesNote: string[] = [];
  if (runSection('sizes') || runSection('browser')) {
    let buildMs: number | null = null;
    if (!extensionDir) {
      log('4. building the extension (wxt build → bench/out/chrome-mv3) …');
      const b = buildExtension(path.join(ROOT, 'bench/out'));
      extensionDir = b.dir;
      buildMs = b.ms;
      if (b.error) sizesNote.push(b.error);
    }
    if (runSection('sizes') && extensionDir) results.sizes = measureSizes(extensionDir, buildMs);
  }

  if (runSection('fixtures')) {
    log('1. fixtures: pipeline vs Readability …');
    results.fixtures = benchFixtures(7, quick ? 1 : 2, log);
  }
  if (runSection('scale')) {
    log('2. scale: generated pages …');
    const s = benchScale(
      { sizes: quick ? [10_000, 100_000, 1_000_000] : undefined, minRuns: 1, maxRuns: 7, budgetMsPerSize: quick ? 10_000 : 20_000, maxPairMs: 90_000 },
      log,
    );
    const { rows, ...summary } = s;
    results.scale = rows;
    results.scaleSummary = summary;
  }
  if (runSection('conversion')) {
    log('3. conversion …');
    results.conversion = await benchConversion(quick ? 5 : 9, log);
  }
  if (runSection('browser')) {
    log('5. browser …');
    const seed = fs.readFileSync(path.join(FIXTURES_DIR, 'seed-interview/page.html'));
    const large = generatePage(1_000_000).html;
    try {
      results.browser = await benchBrowser(extensionDir, { seed: { html: seed, path: '/seed.html' }, large: { html: large, path: '/large.html' } }, quick ? 3 : 11, log);
    } catch (e) {
      const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
      results.browser = { seed: { ms: null, readabilityMs: null, ratio: null }, large: { ms: null, readabilityMs: null, ratio: null }, firstToggleMs: null, notes: [`not measured: ${message}`], runs: 0 };
    }
  }
  if (results.sizes) results.sizes.notes.unshift(...sizesNote);
  else if (sizesNote.length && runSection('sizes')) log(`sizes: ${sizesNote.join('; ')}`);

  results.targets = targets(results);
  results.machine.loadAverageEnd = loadAverageNow();
  results.durationSeconds = round((now() - t0) / 1000, 1);
  print(results, sizesNote);

  const partial = !!only || quick || !!arg('ext-dir');
  const out = partial ? path.join(ROOT, 'bench/out/results.json') : path.join(ROOT, 'bench/results.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  log(`\nwrote ${path.relative(ROOT, out)}${partial ? ' (partial run: bench/results.json and the README are only written by a full run)' : ''} in ${results.durationSeconds} s`);
  if (!partial && updateReadme(path.join(ROOT, 'README.md'), readmeBlock(results))) log('updated the Benchmarks numbers in README.md');
}

function targets(r: Results): Target[] {
  const t: Target[] = [];
  const le = (name: string, value: number | null | undefined, limit: number, unit = ''): void => {
    const v = value ?? null;
    t.push({ name, value: v, limit: `≤ ${limit}${unit}`, met: v === null ? null : v <= limit });
  };
  if (r.fixtures) le('fixtures: median pipeline/Readability', r.fixtures.medianRatio, 1.5);
  if (r.scaleSummary) {
    t.push({ name: 'scale: pipeline ms/MB growth 1 MB → 5 MB (linear)', value: r.scaleSummary.growth1MBto5MB.pipeline, limit: `≤ ${SUPERLINEAR}`, met: r.scaleSummary.linear });
  }
  if (r.sizes) {
    le('size: content script gzip (KB)', r.sizes.contentScriptGzip === null ? null : round(r.sizes.contentScriptGzip / KB, 1), 60);
    le('size: detector gzip (KB)', r.sizes.detectorGzip === null ? null : round(r.sizes.detectorGzip / KB, 1), 5);
    le('size: side panel initial gzip (KB)', r.sizes.sidepanelInitialGzip === null ? null : round(r.sizes.sidepanelInitialGzip / KB, 1), 60);
  }
  if (r.conversion) le('conversion: seed toggle / opencc-js direct', r.conversion.ratio, 1.2);
  if (r.browser) {
    le('browser: seed extraction-to-render / Readability', r.browser.seed.ratio, 2);
    le('browser: 1 MB extraction-to-render / Readability', r.browser.large.ratio, 2);
  }
  return t;
}

function print(r: Results, sizesNote: string[]): void {
  const out: string[] = [];
  const m = r.machine;
  out.push(`Qingdu benchmarks: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}, ${m.os}, ${m.date}`);
  out.push(`load average ${m.loadAverage} at the start, ${m.loadAverageEnd} at the end${(m.loadAverageEnd ?? 0) > m.cores || m.loadAverage > m.cores ? ': THE MACHINE WAS BUSY, absolute times are inflated (ratios, measured interleaved, hold better)' : ''}`);

  if (r.fixtures) {
    const f = r.fixtures;
    out.push(heading(`1. Pipeline vs Readability on ${f.pages.length} fixtures (median of ${f.runs} interleaved runs, ${f.warmup} warm-up; both include the clone)`));
    out.push(
      table(
        ['page', 'KB', 'pipeline ms', 'Readability ms', 'ratio'],
        f.pages.map((p) => [p.id, (p.bytes / KB).toFixed(1), fmtMs(p.pipelineMs), fmtMs(p.readabilityMs), p.ratio.toFixed(2)]),
        ['l', 'r', 'r', 'r', 'r'],
      ),
    );
    out.push(`median ratio ${f.medianRatio}  (target ≤ 1.5${f.medianRatio <= 1.5 ? ': met' : ': MISSED'});  all pages: pipeline ${f.totalPipelineMs.toFixed(0)} ms, Readability ${f.totalReadabilityMs.toFixed(0)} ms`);
    const steps = Object.entries(f.steps).filter(([k]) => k !== 'total').sort((a, b) => b[1] - a[1]);
    out.push(`pipeline steps, summed over the pages (ms): ${steps.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}; total ${(f.steps.total ?? 0).toFixed(0)} (extraction runs Readability on a clone of the cleaned page)`);
  }

  if (r.scale && r.scaleSummary) {
    out.push(heading('2. Scale: generated pages (article + chrome + spam + hidden link farms + pinyin)'));
    out.push(
      table(
        ['size', 'runs', 'parse ms', 'pipeline ms', 'ms/MB', 'Readability ms', 'ms/MB', 'ratio', 'pipe growth', 'exponent', 'kept', 'leaked'],
        r.scale.map((s) => [fmtBytes(s.bytes), s.runs, fmtMs(s.parseMs, 0), fmtMs(s.pipelineMs, 0), fmtMs(s.pipelineMsPerMB, 0), fmtMs(s.readabilityMs, 0), fmtMs(s.readabilityMsPerMB, 0), s.ratio.toFixed(2), s.pipelineGrowth === null ? null : `×${s.pipelineGrowth}`, s.pipelineExponent, `${Math.round(s.keptShare * 100)}%`, s.leaked]),
        ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
    for (const s of r.scaleSummary.skipped) out.push(`!!! ${fmtBytes(s.target)}: ${s.reason}`);
    const g = r.scaleSummary.growth1MBto5MB;
    if (g.pipeline !== null) out.push(`ms/MB growth 1 MB → 5 MB: pipeline ×${g.pipeline}, Readability ×${g.readability}`);
    if (r.scaleSummary.linear === false) {
      out.push('!!! SUPERLINEAR: the pipeline does not grow linearly' + (r.scaleSummary.superlinearSteps.length ? ': ' + r.scaleSummary.superlinearSteps.map((s) => `${s.step} ${s.from.toFixed(0)} → ${s.to.toFixed(0)} ms/MB (×${s.growth})`).join(', ') : ''));
    }
    const big = r.scale[r.scale.length - 1];
    if (big) out.push(`steps at ${fmtBytes(big.bytes)} (ms/MB): ${Object.entries(big.stepsMsPerMB).filter(([k]) => k !== 'total').sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
  }

  if (r.conversion) {
    const c = r.conversion;
    out.push(heading(`3. Conversion (OpenCC; warm converters, median of ${c.runs})`));
    const b = c.builds;
    out.push(`cold build (fresh process): project S→T ${fmtMs(b['project-s2t']?.buildMs, 0)} ms, T→S ${fmtMs(b['project-t2s']?.buildMs, 0)} ms; opencc-js directly S→T ${fmtMs(b['direct-s2t']?.buildMs, 0)} ms, T→S ${fmtMs(b['direct-t2s']?.buildMs, 0)} ms`);
    out.push(
      table(
        ['seed article', 'chars', 'toggle ms', 'convertArticle ms', 'opencc-js ms', 'toggle ratio', 'convertArticle ratio'],
        (['s2t', 't2s'] as const).map((k) => [k === 's2t' ? 'S→T (tw)' : 'T→S', c.seedChars, fmtMs(c.seed[k].toggleMs, 2), fmtMs(c.seed[k].articleMs, 2), fmtMs(c.seed[k].directMs, 2), c.seed[k].toggleRatio.toFixed(2), c.seed[k].articleRatio.toFixed(2)]),
        ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
    out.push(
      table(
        ['1 M characters', 'text nodes ms', 'converter on string ms', 'opencc-js ms', 'ratio', 'M chars/s', 'opencc-js M chars/s'],
        (['s2t', 't2s'] as const).map((k) => [k === 's2t' ? 'S→T (tw)' : 'T→S', fmtMs(c.large[k].textNodesMs, 0), fmtMs(c.large[k].projectStringMs, 0), fmtMs(c.large[k].directMs, 0), c.large[k].ratio.toFixed(2), (c.large[k].charsPerSecond / 1e6).toFixed(2), (c.large[k].directCharsPerSecond / 1e6).toFixed(2)]),
        ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
    out.push(`toggle = the rendered body's text nodes converted in place + title/source/byline; convertArticle = the whole Article (re-sanitizes every block: the CLI's path, not for the panel's toggle)`);
    out.push(`toggle target (seed toggle ≤ 1.2 × opencc-js on its text): ${c.ratio} ${c.ratio <= 1.2 ? 'met' : 'MISSED'}`);
  }

  if (r.sizes) {
    const s = r.sizes;
    out.push(heading(`4. Sizes (production build${s.buildMs !== null ? ` in ${(s.buildMs / 1000).toFixed(1)} s` : ''}, ${s.extensionDir}; gzip -9 per file)`));
    const row = (name: string, key: keyof SizesResult['minified'], limitKB: number | null) => {
      const gz = s.minified[key] === null ? null : (s.entries[key]?.gzip ?? null);
      const files = s.entries[key]?.files ?? [];
      return [name, files.length > 3 ? `${files.length} files` : files.join(' ') || null, fmtKB(s.minified[key]), fmtKB(gz), limitKB === null ? '' : `≤ ${limitKB} KB`, gz === null ? 'not built yet' : limitKB === null ? '' : gz <= limitKB * KB ? 'met' : 'MISSED'];
    };
    out.push(
      table(
        ['entry', 'files', 'minified', 'gzip', 'target', ''],
        [
          row('content script', 'contentScript', 60),
          row('detector', 'detector', 5),
          row('background', 'background', null),
          row('side panel initial', 'sidepanelInitial', 60),
          row('dictionaries (lazy)', 'dictionaries', null),
          ['other lazy chunks', `${s.lazyOther.files.length} files`, fmtKB(s.lazyOther.bytes), fmtKB(s.lazyOther.gzip), '', ''],
          ...(['optionsInitial', 'dataFiles'] as const).filter((k) => s.entries[k]).map((k) => [k === 'optionsInitial' ? 'options page initial' : 'data files (fetched)', s.entries[k]?.files.join(' ') ?? null, fmtKB(s.entries[k]?.bytes), fmtKB(s.entries[k]?.gzip), '', '']),
        ],
        ['l', 'l', 'r', 'r', 'l', 'l'],
      ),
    );
    const limits: Record<string, number> = { contentScript: 60, detector: 5, sidepanelInitial: 60 };
    for (const [key, limit] of Object.entries(limits)) {
      const gz = s.entries[key]?.gzip;
      const parts = s.breakdown[key];
      if (gz === undefined || gz <= limit * KB || !parts) continue;
      out.push(`${key} is over ${limit} KB; its biggest sources (minified / gzip alone): ${parts.slice(0, 6).map((p) => `${p.label} ${fmtKB(p.bytes)} / ${fmtKB(p.gzip)}`).join(', ')}`);
    }
    for (const n of s.notes) out.push(`note: ${n}`);
  } else if (sizesNote.length) {
    out.push(heading('4. Sizes'));
    out.push(`not measured: ${sizesNote.join('; ')}`);
  }

  if (r.browser) {
    const b = r.browser;
    out.push(heading('5. In the browser (headless Chromium, built extension)'));
    const cell = (v: number | null, digits = 1) => (v === null ? 'not measured yet' : v.toFixed(digits));
    out.push(
      table(
        ['page', 'extension: request → rendered ms', 'in-page Readability ms', 'ratio', 'of which pipeline in the page ms', 'rest (injection, messages, panel) ms'],
        (['seed', 'large'] as const).map((k) => {
          const p = b[k];
          const rest = p.ms !== null && p.pipelineInPageMs != null ? p.ms - p.pipelineInPageMs : null;
          return [k === 'seed' ? 'seed' : '1 MB', cell(p.ms), cell(p.readabilityMs), cell(p.ratio, 2), cell(p.pipelineInPageMs ?? null), cell(rest)];
        }),
        ['l', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
    out.push(`first script toggle after 2 s: ${cell(b.firstToggleMs)} ms`);
    for (const k of ['seed', 'large'] as const) {
      const e = b[k].extensionSteps;
      if (e) out.push(`extension's time, ${k === 'seed' ? 'seed' : '1 MB'} (medians, ms): pipeline in the content script ${cell(e.pipeline)}, rest of the request (clone, computed-style oracle, messages) ${cell(e.request)}, building the view (sanitize, render) ${cell(e.build)}, layout ${cell(e.layout)}`);
    }
    for (const k of ['seed', 'large'] as const) {
      const st = b[k].pipelineSteps;
      if (st) out.push(`pipeline steps in the page, ${k} (ms): ${Object.entries(st).filter(([n]) => n !== 'total').sort((x, y) => y[1] - x[1]).slice(0, 8).map(([n, v]) => `${n} ${v.toFixed(1)}`).join(', ')}`);
    }
    for (const n of b.notes) out.push(`note: ${n}`);
  }

  out.push(heading('Targets'));
  out.push(table(['target', 'value', 'limit', ''], r.targets.map((t) => [t.name, t.value, t.limit, t.met === null ? 'not measured yet' : t.met ? 'met' : 'MISSED']), ['l', 'r', 'l', 'l']));
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
