import { browser } from '#imports';
import { sendMessage, type ExtractResult, type ReadReply, type ReadTabRequest } from '../messaging';
import type { WireArticle } from '../messaging/wire-article';
import { classifyInjectionError, errorMessage, unreadableByUrl } from './tab-access';

/** Where WXT puts `entrypoints/content/` (runtime-registered, so it is in no manifest list). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/**
 * Chrome shows the tab's URL at once after a toolbar click but may refuse the injection
 * for a moment while the grant reaches the page's process (seen about once in 60 clicks
 * right after a page load). A tab the user asked for is therefore tried again briefly
 * before it is called protected.
 */
const RETRY_DELAYS_MS = [50, 150, 400];

/**
 * What @webext-core/messaging says when no listener in the tab answered ("No response"),
 * and the browsers' own wording for a tab without one.
 */
export const NO_RECEIVER = /^No response$|Receiving end does not exist|Could not establish connection/i;

type Scripting = typeof browser.scripting;

/**
 * Read one tab for the panel: make sure our content script is in the page (activeTab +
 * scripting, no host permissions), ask it for the article, and turn every failure into a
 * state the panel can explain. Never throws.
 */
export async function readTab(
  request: ReadTabRequest,
  wasInvoked: (tabId: number) => Promise<boolean>,
  retryDelays: readonly number[] = RETRY_DELAYS_MS,
): Promise<ReadReply> {
  const { tabId, clean, force, full } = request;
  let url: string | undefined;
  try {
    // The URL is only visible once the user granted access to the tab (activeTab).
    url = (await browser.tabs.get(tabId)).url;
  } catch (error) {
    return { status: 'error', message: errorMessage(error) };
  }
  const known = unreadableByUrl(url);
  if (known) return { status: 'unreadable', kind: known };

  const scripting: Scripting = browser.scripting;
  let injected = false;
  try {
    // An instance from an earlier read of this document answers without the script being
    // loaded and compiled again, with its code warm and its tables parsed. Asking (a
    // one-line script) checks our access to the tab exactly as injecting the file did.
    const [probe] = await withRetry(() => scripting.executeScript({ target: { tabId }, func: hasInstance }), tabId, wasInvoked, retryDelays);
    if (probe?.result !== true) {
      await withRetry(() => injectFile(scripting, tabId), tabId, wasInvoked, retryDelays);
      injected = true;
    }
  } catch (error) {
    const result = classifyInjectionError(errorMessage(error), { url, invoked: await wasInvoked(tabId) });
    if (result.status !== 'needs-permission') console.warn('[qingdu] cannot inject into tab', tabId, errorMessage(error));
    return result;
  }

  try {
    let reply: ExtractResult<WireArticle>;
    try {
      reply = await sendMessage('extract', { clean, force, ...(full ? { full } : {}) }, tabId);
    } catch (error) {
      // An instance left by an earlier version of the extension (updated or reloaded since)
      // still looks present but no longer gets our messages: replace it.
      if (injected || !NO_RECEIVER.test(errorMessage(error))) throw error;
      await injectFile(scripting, tabId);
      reply = await sendMessage('extract', { clean, force, ...(full ? { full } : {}) }, tabId);
    }
    return readReplyOf(reply);
  } catch (error) {
    return { status: 'error', message: errorMessage(error) };
  }
}

/** The content script's answer as the panel's state. */
export function readReplyOf(reply: ExtractResult<WireArticle>): ReadReply {
  if (reply.status === 'unreadable') return reply;
  return { status: reply.article.isArticle ? 'article' : 'not-article', article: reply.article };
}

/**
 * Runs in the page's extension world (serialized by the browser, so self-contained): is a
 * Qingdu content script listening there? entrypoints/content sets the marker.
 */
function hasInstance(): boolean {
  return typeof (globalThis as { __qingduDispose?: unknown }).__qingduDispose === 'function';
}

function injectFile(scripting: Scripting, tabId: number): Promise<unknown> {
  // The script replaces an earlier instance itself (entrypoints/content).
  return scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}

/** Run a scripting call; on a tab the user asked for, retry permission refusals briefly. */
async function withRetry<T>(run: () => Promise<T>, tabId: number, wasInvoked: (tabId: number) => Promise<boolean>, retryDelays: readonly number[]): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!/permission|Cannot access contents/i.test(errorMessage(error)) || !(await wasInvoked(tabId))) throw error;
    let last = error;
    for (const delay of retryDelays) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      try {
        return await run();
      } catch (again) {
        last = again;
      }
    }
    throw last;
  }
}
