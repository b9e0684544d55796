/**
 * 1. Pipeline cost on every fixture page: the full pipeline (`runPipeline`: visibility →
 * de-obfuscation → spam → metadata → chrome → extraction → structure → detection) against
 * plain `new Readability(doc.cloneNode(true)).parse()`, on the same parsed jsdom document
 * (parsed once; each run works on its own clone, and both timings include that clone),
 * same process, interleaved, after warm-up; medians.
 */
import { Readability } from '@mozilla/readability';
import { runPipeline } from '../src/pipeline/run-pipeline';
import { loadLexicon, loadReadings } from '../src/cli/load-data';
import { interleave, median, medianRecord, round } from './lib/measure';
import { cloneDoc, loadFixturePages, parse } from './lib/pages';

export interface FixtureRow {
  id: string;
  bytes: number;
  pipelineMs: number;
  readabilityMs: number;
  ratio: number;
  /** Median per pipeline step (the pipeline's own `timings`), ms. */
  steps: Record<string, number>;
}

export interface FixturesResult {
  runs: number;
  warmup: number;
  medianRatio: number;
  /** Sum over all pages of the median pipeline / Readability time, ms. */
  totalPipelineMs: number;
  totalReadabilityMs: number;
  /** Per step, summed over all pages (ms): where the pipeline's time goes. */
  steps: Record<string, number>;
  pages: FixtureRow[];
}

export function benchFixtures(runs: number, warmup: number, log: (s: string) => void): FixturesResult {
  const pages: FixtureRow[] = [];
  for (const f of loadFixturePages()) {
    const { doc, win } = parse(f.html, f.url);
    const timings: Record<string, number>[] = [];
    const r = interleave(
      () => {
        const a = runPipeline(cloneDoc(doc), { url: f.url, readings: loadReadings() ?? undefined, lexicon: loadLexicon() ?? undefined });
        timings.push(a.timings);
        return a;
      },
      () => new Readability(cloneDoc(doc)).parse(),
      runs,
      warmup,
    );
    (win as unknown as { close(): void }).close();
    const pipelineMs = median(r.a);
    const readabilityMs = median(r.b);
    const row: FixtureRow = {
      id: f.id,
      bytes: f.bytes,
      pipelineMs: round(pipelineMs),
      readabilityMs: round(readabilityMs),
      ratio: round(pipelineMs / readabilityMs),
      steps: medianRecord(timings.slice(warmup)),
    };
    pages.push(row);
    log(`  ${f.id}: ${row.pipelineMs} ms / ${row.readabilityMs} ms = ${row.ratio}`);
  }
  const steps: Record<string, number> = {};
  for (const p of pages) for (const [k, v] of Object.entries(p.steps)) steps[k] = round((steps[k] ?? 0) + v);
  return {
    runs,
    warmup,
    medianRatio: round(median(pages.map((p) => p.ratio))),
    totalPipelineMs: round(pages.reduce((n, p) => n + p.pipelineMs, 0)),
    totalReadabilityMs: round(pages.reduce((n, p) => n + p.readabilityMs, 0)),
    steps,
    pages,
  };
}
