import { JSDOM, VirtualConsole } from 'jsdom';
import type { CliArgs } from './args';
import { UsageError } from './args';
import { decodePage, looksBinary } from './decode';
import { runPipeline } from '../pipeline/run-pipeline';
import { convertArticle, converterFor, traditionalVariant } from '../convert/convert-article';
import { sanitizeHtml } from '../sanitize/sanitize-html';
import type { Article } from '../shared/types';

/** The saved page cannot be read as a web page (the message says why). */
export class InputError extends Error {}

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
  const { text } = decodePage(bytes);
  if (!text.trim()) throw new InputError('the page is empty');
  if (looksBinary(text)) throw new InputError('this is not a web page (binary data)');
  const url = checkUrl(args.url);
  // Pages' own CSS and scripts are not our business: jsdom runs no scripts, loads nothing,
  // and its CSS parse errors go nowhere.
  const dom = new JSDOM(text, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const win = dom.window as unknown as Window;
  let article = runPipeline(doc, { url: url ?? '', clean: !args.original, force: args.force });
  const convert = await converterFor(article, args.script, traditionalVariant(doc, url));
  article = convertArticle(article, convert, win);
  return { article: { ...article, html: sanitizeHtml(article.html, win) }, win };
}

