/**
 * 2. Scale: the pipeline and plain Readability on generated pages of about 10 KB, 100 KB,
 * 1 MB and 5 MB (bench/generate-page.ts: article + chrome + spam + hidden link farms +
 * pinyin annotations, deterministic). Time per MB at each size and growth between sizes;
 * the pipeline must grow linearly. Run counts adapt to a time budget (big pages are slow
 * in jsdom): at least `minRuns`, at most `maxRuns`, and the count is reported.
 */
import { Readability } from '@mozilla/readability';
import { runPipeline } from '../src/pipeline/run-pipeline';
import { loadReadings } from '../src/cli/load-data';
import type { Article } from '../src/shared/types';
import { generatePage } from './generate-page';
import { MB, median, medianRecord, now, round, settle, time } from './lib/measure';
import { cloneDoc, parse } from './lib/pages';

export interface ScaleRow {
  /** Target size; `bytes` is the generated page's UTF-8 size. */
  target: number;
  bytes: number;
  runs: number;
  parseMs: number;
  pipelineMs: number;
  readabilityMs: number;
  pipelineMsPerMB: number;
  readabilityMsPerMB: number;
  ratio: number;
  /** msPerMB here / msPerMB at the previous size (1 = linear). */
  pipelineGrowth: number | null;
  readabilityGrowth: number | null;
  /** log(time ratio) / log(size ratio) against the previous size: 1 = linear, 2 = quadratic. */
  pipelineExponent: number | null;
  /** Per pipeline step, ms per MB (medians): which step grows. */
  stepsMsPerMB: Record<string, number>;
  /** Sanity: share of the article's sentences the pipeline kept; spam strings that leaked. */
  keptShare: number;
  leaked: number;
}

export interface ScaleResult {
  rows: ScaleRow[];
  /** msPerMB at the largest size / at 1 MB (pipeline and Readability). */
  growth1MBto5MB: { pipeline: number | null; readability: number | null };
  /** null when the sizes needed to judge (1 MB and 5 MB) were not both run. */
  linear: boolean | null;
  /** Steps whose ms/MB grew by more than SUPERLINEAR between the two largest sizes. */
  superlinearSteps: { step: string; from: number; to: number; growth: number }[];
  /** Sizes not run because they would not finish in time. */
  skipped: { target: number; reason: string }[];
}

export const SIZES = [10_000, 100_000, 1_000_000, 5_000_000];
/** ms/MB growing by more than this from 1 MB to 5 MB counts as superlinear. */
export const SUPERLINEAR = 1.3;

export function benchScale(opts: { sizes?: number[]; minRuns: number; maxRuns: number; budgetMsPerSize: number; maxPairMs: number }, log: (s: string) => void): ScaleResult {
  const rows: ScaleRow[] = [];
  const skipped: ScaleResult['skipped'] = [];
  let prevPairMs = 0;
  for (const target of opts.sizes ?? SIZES) {
    const prev = rows[rows.length - 1];
    if (prev) {
      // Do not start a size that would blow the run's time budget on its own.
      const projected = prevPairMs * (target / prev.target) ** Math.max(1, prev.pipelineExponent ?? 1);
      if (projected > opts.maxPairMs) {
        const reason = `skipped: one pipeline + Readability pair projected at ${(projected / 1000).toFixed(0)} s (growth exponent ${prev.pipelineExponent ?? 1} from the previous size)`;
        skipped.push({ target, reason });
        log(`  ${(target / 1000).toFixed(0)} KB ${reason}`);
        continue;
      }
    }
    const g = generatePage(target);
    const bytes = Buffer.byteLength(g.html);
    settle();
    const p = time(() => parse(g.html, g.url));
    const { doc } = p.value;
    const pipe = (): Article => runPipeline(cloneDoc(doc), { url: g.url, readings: loadReadings() ?? undefined });
    const read = () => new Readability(cloneDoc(doc)).parse();

    // Small pages: three untimed pairs warm up. Big pages: the first timed pair (the JIT is
    // warm from the smaller sizes) also estimates what more runs would cost.
    if (bytes < 500_000) for (let i = 0; i < 3; i++) {
      pipe();
      read();
    }
    const pt: number[] = [];
    const rt: number[] = [];
    const steps: Record<string, number>[] = [];
    let last: Article | null = null;
    const pair = (i: number) => {
      for (const which of i % 2 === 0 ? [0, 1] : [1, 0]) {
        if (bytes >= 500_000) settle();
        const t = now();
        if (which === 0) {
          last = pipe();
          pt.push(now() - t);
          steps.push(last.timings);
        } else {
          read();
          rt.push(now() - t);
        }
      }
    };
    pair(0);
    const pairMs = (pt[0] ?? 0) + (rt[0] ?? 0);
    prevPairMs = pairMs;
    const runs = Math.max(opts.minRuns, Math.min(opts.maxRuns, Math.floor(opts.budgetMsPerSize / pairMs)));
    for (let i = 1; i < runs; i++) pair(i);
    const pipelineMs = median(pt);
    const readabilityMs = median(rt);
    const mb = bytes / MB;
    const pipelineMsPerMB = pipelineMs / mb;
    const readabilityMsPerMB = readabilityMs / mb;
    const sentences = [...new Set(g.articleSentences)];
    const text = (last as Article | null)?.text ?? '';
    const row: ScaleRow = {
      target,
      bytes,
      runs,
      parseMs: round(p.ms),
      pipelineMs: round(pipelineMs),
      readabilityMs: round(readabilityMs),
      pipelineMsPerMB: round(pipelineMsPerMB),
      readabilityMsPerMB: round(readabilityMsPerMB),
      ratio: round(pipelineMs / readabilityMs),
      pipelineGrowth: prev ? round(pipelineMsPerMB / prev.pipelineMsPerMB) : null,
      readabilityGrowth: prev ? round(readabilityMsPerMB / prev.readabilityMsPerMB) : null,
      pipelineExponent: prev ? round(Math.log(pipelineMs / prev.pipelineMs) / Math.log(bytes / prev.bytes)) : null,
      stepsMsPerMB: Object.fromEntries(Object.entries(medianRecord(steps)).map(([k, v]) => [k, round(v / mb)])),
      keptShare: round(sentences.filter((s) => text.includes(s)).length / Math.max(1, sentences.length)),
      leaked: g.spam.filter((s) => text.includes(s)).length,
    };
    rows.push(row);
    log(`  ${(bytes / 1024).toFixed(0)} KB ×${runs}: pipeline ${row.pipelineMs} ms, Readability ${row.readabilityMs} ms (parse ${row.parseMs} ms)`);
  }

  const big = rows[rows.length - 1];
  const oneMB = rows.find((r) => r.target === 1_000_000);
  const growth1MBto5MB = {
    pipeline: big && oneMB && big !== oneMB ? round(big.pipelineMsPerMB / oneMB.pipelineMsPerMB) : null,
    readability: big && oneMB && big !== oneMB ? round(big.readabilityMsPerMB / oneMB.readabilityMsPerMB) : null,
  };
  const superlinearSteps: ScaleResult['superlinearSteps'] = [];
  if (big && oneMB && big !== oneMB) {
    for (const [step, to] of Object.entries(big.stepsMsPerMB)) {
      const from = oneMB.stepsMsPerMB[step] ?? 0;
      // ignore steps that stay cheap (< 20 ms/MB) whatever their ratio
      if (to >= 20 && to > from * SUPERLINEAR && step !== 'total') superlinearSteps.push({ step, from, to, growth: round(to / Math.max(from, 0.01)) });
    }
  }
  superlinearSteps.sort((a, b) => b.to - b.from - (a.to - a.from));
  return { rows, growth1MBto5MB, linear: skipped.length ? false : growth1MBto5MB.pipeline === null ? null : growth1MBto5MB.pipeline <= SUPERLINEAR, superlinearSteps, skipped };
}
