import { createComputedStyleOracle } from '../clean/visibility/computed-style-oracle';
import type { ExtractOptions, ExtractResult } from '../messaging/protocol';
import { runPipeline } from '../pipeline/run-pipeline';

/**
 * The content script's work: the pipeline on a clone of the live page, with visibility
 * taken from the live page's computed style. The live page is never modified.
 */
export function extractPage(doc: Document, win: Window, options: ExtractOptions): ExtractResult {
  const type = doc.contentType;
  if (type && !/html/i.test(type)) return { status: 'unreadable', kind: type === 'application/pdf' ? 'pdf' : 'not-html' };
  const clone = doc.cloneNode(true) as Document;
  const hiddenOracle = options.clean ? createComputedStyleOracle(doc, clone, win) : undefined;
  const article = runPipeline(clone, { url: doc.URL, hiddenOracle, clean: options.clean, force: options.force });
  return { status: 'done', article };
}
