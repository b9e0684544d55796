import { JSDOM, VirtualConsole } from 'jsdom';
import type { CliArgs } from './args';
import { UsageError } from './args';
import { decodePage, looksBinary } from './decode';
import { limitDepth, scanMarkup } from './limit-depth';
import { limitCssNesting } from './limit-css-nesting';
import { runPipeline } from '../pipeline/run-pipeline';
import { LOST_CHARACTER_HINT } from '../clean/deobfuscate/lexicon';
import { loadLexicon, loadReadings } from './load-data';
import { convertArticle, converterFor, traditionalVariant } from '../convert/convert-article';
import { sanitizeHtml } from '../sanitize/sanitize-html';
import type { Article } from '../shared/types';

/** The saved page cannot be read as a web page (the message says why). */
export class InputError extends Error {}

/**
 * Past these sizes jsdom needs minutes and gigabytes (a 50 000-row table: 200 000
 * elements, over 4 GB), so the CLI stops with a message instead (issue 7). A 10 MB page
 * of article text is some 20 000 to 70 000 elements.
 */
export const MAX_PAGE_BYTES = 32 * 1024 * 1024;
export const MAX_ELEMENTS = 100_000;

function checkUrl(url: string | null): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).href;
  } catch {
    throw new UsageError(`--url is not an absolute URL: ${url}`);
  }
}

/**
 * Bytes of a saved page → the clean article in the requested script, with sanitized HTML.
 * Shared by the CLI, the fixtures test and the benchmark.
 */
export async function cleanPage(bytes: Uint8Array, args: Pick<CliArgs, 'url' | 'script' | 'original' | 'force'>): Promise<{ article: Article; win: Window }> {
  if (bytes.length > MAX_PAGE_BYTES) throw new InputError(`the page is too large to clean (${(bytes.length / 2 ** 20).toFixed(0)} MB; the limit is ${MAX_PAGE_BYTES / 2 ** 20} MB)`);
  const { text } = decodePage(bytes);
  if (!text.trim()) throw new InputError('the page is empty');
  if (looksBinary(text)) throw new InputError('this is not a web page (binary data)');
  const url = checkUrl(args.url);
  const markup = scanMarkup(text);
  if (markup.elements > MAX_ELEMENTS) {
    throw new InputError(`the page is too large to clean: about ${markup.elements.toLocaleString('en')} elements (the limit is ${MAX_ELEMENTS.toLocaleString('en')})`);
  }
  // What jsdom cannot take, it recursing once per level: elements nested deeper than a
  // browser would nest them (limit-depth.ts), CSS nested hundreds of levels (limit-css-nesting.ts).
  const html = limitCssNesting(markup.deep ? limitDepth(text) : text);
  // Pages' own CSS and scripts are not our business: jsdom runs no scripts, loads nothing,
  // and its CSS parse errors go nowhere.
  const dom = new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const win = dom.window as unknown as Window;
  const readings = loadReadings() ?? undefined;
  const lexicon = LOST_CHARACTER_HINT.test(text) ? loadLexicon() ?? undefined : undefined;
  let article = runPipeline(doc, { url: url ?? '', clean: !args.original, force: args.force, readings, lexicon });
  const convert = await converterFor(article, args.script, article.traditionalVariant ?? traditionalVariant(doc, url));
  article = convertArticle(article, convert, win);
  return { article: { ...article, html: sanitizeHtml(article.html, win) }, win };
}

