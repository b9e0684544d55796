import { createComputedStyleOracle } from '../clean/visibility/computed-style-oracle';
import type { ExtractOptions, ExtractResult } from '../messaging/protocol';
import { runPipeline } from '../pipeline/run-pipeline';
import { LOST_CHARACTER_HINT, parseLexicon, type Lexicon } from '../clean/deobfuscate/lexicon';

/**
 * The content script's work: the pipeline on a clone of the live page, with visibility
 * taken from the live page's computed style. The live page is never modified.
 */
export async function extractPage(doc: Document, win: Window, options: ExtractOptions, fetchLexicon: () => Promise<string | null>): Promise<ExtractResult> {
  const type = doc.contentType;
  if (type && !/html/i.test(type)) return { status: 'unreadable', kind: type === 'application/pdf' ? 'pdf' : 'not-html' };
  // Only pages with lost-character marks pay for the dictionary (a message to the background).
  let lexicon: Lexicon | undefined;
  if (options.clean && LOST_CHARACTER_HINT.test(doc.body?.textContent ?? '')) {
    const text = await fetchLexicon().catch(() => null);
    if (text) lexicon = parseLexicon(text);
  }
  const clone = doc.cloneNode(true) as Document;
  const hiddenOracle = options.clean ? createComputedStyleOracle(doc, clone, win) : undefined;
  const article = runPipeline(clone, { url: doc.URL, hiddenOracle, clean: options.clean, force: options.force, lexicon });
  return { status: 'done', article };
}
