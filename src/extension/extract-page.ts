import { createComputedStyleOracle } from '../clean/visibility/computed-style-oracle';
import type { ExtractOptions, ExtractResult } from '../messaging/protocol';
import { runPipelineAsync, type YieldFn } from '../pipeline/run-pipeline';
import { cloneBeginning, READ_BUDGET, slicedYield, type ReadBudget } from './bounded-read';
import { LOST_CHARACTER_HINT, parseLexicon, type Lexicon } from '../clean/deobfuscate/lexicon';
import { parseReadings, READINGS_HINT, type Readings } from '../clean/deobfuscate/readings';
import type { PipelineData, PipelineDataRequest } from '../messaging/protocol';
import { looksLikeBinaryPage } from './binary-page';

/** The pipeline's data tables, fetched and parsed as a page first needs them. */
export type LoadTables = (request: PipelineDataRequest) => Promise<{ readings?: Readings; lexicon?: Lexicon }>;

/**
 * The tables from the background (`fetchData`), parsed once per content script instance:
 * an instance stays in the page between reads (src/extension/read-tab.ts), and parsing the
 * dictionary and the readings table took longer than the pipeline on a small page.
 */
export function cachedTables(fetchData: (request: PipelineDataRequest) => Promise<PipelineData>): LoadTables {
  let readings: Readings | undefined;
  let lexicon: Lexicon | undefined;
  return async (request) => {
    const missing = { readings: request.readings && !readings, lexicon: request.lexicon && !lexicon };
    if (missing.readings || missing.lexicon) {
      // A failed fetch is not remembered: the next read asks again.
      const data = await fetchData(missing).catch(() => null);
      if (missing.readings && data?.readings) readings = parseReadings(data.readings);
      if (missing.lexicon && data?.lexicon) lexicon = parseLexicon(data.lexicon);
    }
    return { readings: request.readings ? readings : undefined, lexicon: request.lexicon ? lexicon : undefined };
  };
}

/**
 * The content script's work: the pipeline on a clone of the live page, with visibility
 * taken from the live page's computed style. The live page is never modified. A very
 * large page is read up to a text budget unless `options.full` (the Article says so in
 * `truncated`), and the work gives the page's main thread back between its stages.
 */
export async function extractPage(
  doc: Document,
  win: Window,
  options: ExtractOptions,
  tables: LoadTables,
  pause: YieldFn = slicedYield(),
  budget: ReadBudget = READ_BUDGET,
): Promise<ExtractResult> {
  const type = doc.contentType;
  if (type && !/html/i.test(type)) return { status: 'unreadable', kind: type === 'application/pdf' ? 'pdf' : 'not-html' };
  // Binary data served as HTML is not a page either, whatever its Content-Type says.
  if (looksLikeBinaryPage(doc)) return { status: 'unreadable', kind: 'not-html' };
  const bodyText = doc.body?.textContent ?? '';
  const bounded = !options.full && bodyText.length > budget.thresholdChars ? cloneBeginning(doc, budget.keepChars) : null;
  await pause();
  // Only pages with pinyin glued to characters or lost-character marks pay for the
  // readings table and the dictionary (a message to the background).
  const text = options.clean ? (bounded ? bodyText.slice(0, bounded.keptChars) : bodyText) : '';
  const request = { readings: READINGS_HINT.test(text), lexicon: LOST_CHARACTER_HINT.test(text) };
  const { readings, lexicon } = request.readings || request.lexicon ? await tables(request) : {};
  const clone = bounded?.clone ?? (doc.cloneNode(true) as Document);
  await pause();
  const hiddenOracle = options.clean ? createComputedStyleOracle(doc, clone, win, { prefix: !!bounded }) : undefined;
  if (hiddenOracle) await pause();
  const article = await runPipelineAsync(clone, { url: doc.URL, hiddenOracle, clean: options.clean, force: options.force, readings, lexicon }, pause);
  if (bounded) article.truncated = { keptChars: bounded.keptChars, totalChars: bodyText.length };
  return { status: 'done', article };
}
