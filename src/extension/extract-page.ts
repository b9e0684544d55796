import { createComputedStyleOracle } from '../clean/visibility/computed-style-oracle';
import type { ExtractOptions, ExtractResult } from '../messaging/protocol';
import { runPipeline } from '../pipeline/run-pipeline';
import { LOST_CHARACTER_HINT, parseLexicon, type Lexicon } from '../clean/deobfuscate/lexicon';
import { parseReadings, READINGS_HINT, type Readings } from '../clean/deobfuscate/readings';
import type { PipelineData, PipelineDataRequest } from '../messaging/protocol';

/**
 * The content script's work: the pipeline on a clone of the live page, with visibility
 * taken from the live page's computed style. The live page is never modified.
 */
export async function extractPage(
  doc: Document,
  win: Window,
  options: ExtractOptions,
  fetchData: (request: PipelineDataRequest) => Promise<PipelineData>,
): Promise<ExtractResult> {
  const type = doc.contentType;
  if (type && !/html/i.test(type)) return { status: 'unreadable', kind: type === 'application/pdf' ? 'pdf' : 'not-html' };
  // Only pages with pinyin glued to characters or lost-character marks pay for the
  // readings table and the dictionary (a message to the background).
  let readings: Readings | undefined;
  let lexicon: Lexicon | undefined;
  const text = options.clean ? doc.body?.textContent ?? '' : '';
  const request = { readings: READINGS_HINT.test(text), lexicon: LOST_CHARACTER_HINT.test(text) };
  if (request.readings || request.lexicon) {
    const data = await fetchData(request).catch(() => null);
    if (data?.readings) readings = parseReadings(data.readings);
    if (data?.lexicon) lexicon = parseLexicon(data.lexicon);
  }
  const clone = doc.cloneNode(true) as Document;
  const hiddenOracle = options.clean ? createComputedStyleOracle(doc, clone, win) : undefined;
  const article = runPipeline(clone, { url: doc.URL, hiddenOracle, clean: options.clean, force: options.force, readings, lexicon });
  return { status: 'done', article };
}
