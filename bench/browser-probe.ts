/**
 * Bundled by bench/browser.ts (esbuild, IIFE) and injected into the page's main world: the
 * content script's work (clone + computed-style visibility + pipeline, as
 * src/extension/extract-page.ts does it) without the messaging and the panel, to split the
 * extension's extraction-to-render time into pipeline and the rest.
 */
import { createComputedStyleOracle } from '../src/clean/visibility/computed-style-oracle';
import { runPipeline } from '../src/pipeline/run-pipeline';
import { parseReadings, READINGS_HINT } from '../src/clean/deobfuscate/readings';
// esbuild's text loader (bench/browser.ts) inlines the table, as the background would hand it over.
import READINGS_TEXT from '../public/data/readings.txt';

interface ProbeResult {
  ms: number;
  cloneMs: number;
  oracleMs: number;
  timings: Record<string, number>;
}

(globalThis as unknown as { __qingduBenchPipeline: () => ProbeResult }).__qingduBenchPipeline = () => {
  const t0 = performance.now();
  const clone = document.cloneNode(true) as Document;
  const t1 = performance.now();
  const hiddenOracle = createComputedStyleOracle(document, clone, window);
  const t2 = performance.now();
  const readings = READINGS_HINT.test(document.body?.textContent ?? '') ? parseReadings(READINGS_TEXT) : undefined;
  const article = runPipeline(clone, { url: document.URL, hiddenOracle, readings });
  return { ms: performance.now() - t0, cloneMs: t1 - t0, oracleMs: t2 - t1, timings: article.timings };
};
