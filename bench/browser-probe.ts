/**
 * Bundled by bench/browser.ts (esbuild, IIFE) and injected into the page's main world: the
 * content script's work (clone + computed-style visibility + pipeline, as
 * src/extension/extract-page.ts does it) without the messaging and the panel, to split the
 * extension's extraction-to-render time into pipeline and the rest.
 */
import { createComputedStyleOracle } from '../src/clean/visibility/computed-style-oracle';
import { runPipeline } from '../src/pipeline/run-pipeline';
import { parseReadings, READINGS_HINT, type Readings } from '../src/clean/deobfuscate/readings';
import { LOST_CHARACTER_HINT, parseLexicon, type Lexicon } from '../src/clean/deobfuscate/lexicon';
// esbuild's text loader (bench/browser.ts) inlines the tables, as the background hands them over.
import READINGS_TEXT from '../public/data/readings.txt';
import LEXICON_TEXT from '../public/data/words-2.txt';

interface ProbeResult {
  ms: number;
  cloneMs: number;
  oracleMs: number;
  timings: Record<string, number>;
}

// Parsed on first need and kept, as a content script instance keeps them between reads
// of its page (src/extension/extract-page.ts, cachedTables).
let readings: Readings | undefined;
let lexicon: Lexicon | undefined;

(globalThis as unknown as { __qingduBenchPipeline: () => ProbeResult }).__qingduBenchPipeline = () => {
  const t0 = performance.now();
  const text = document.body?.textContent ?? '';
  const needsReadings = READINGS_HINT.test(text);
  const needsLexicon = LOST_CHARACTER_HINT.test(text);
  if (needsReadings) readings ??= parseReadings(READINGS_TEXT);
  if (needsLexicon) lexicon ??= parseLexicon(LEXICON_TEXT);
  const tClone = performance.now();
  const clone = document.cloneNode(true) as Document;
  const t1 = performance.now();
  const hiddenOracle = createComputedStyleOracle(document, clone, window);
  const t2 = performance.now();
  const article = runPipeline(clone, { url: document.URL, hiddenOracle, readings: needsReadings ? readings : undefined, lexicon: needsLexicon ? lexicon : undefined });
  return { ms: performance.now() - t0, cloneMs: t1 - tClone, oracleMs: t2 - t1, timings: article.timings };
};
