import { browser } from '#imports';
import { sendMessage, type ReadResult, type ReadTabRequest } from '../messaging';
import { classifyInjectionError, errorMessage, unreadableByUrl } from './tab-access';

/** Where WXT puts `entrypoints/content/` (runtime-registered, so it is in no manifest list). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/**
 * Read one tab for the panel: inject the content script (activeTab + scripting, no host
 * permissions), ask it for the article, and turn every failure into a state the panel can
 * explain. Never throws.
 */
export async function readTab(request: ReadTabRequest, wasInvoked: (tabId: number) => Promise<boolean>): Promise<ReadResult> {
  const { tabId, clean, force } = request;
  let url: string | undefined;
  try {
    // The URL is only visible once the user granted access to the tab (activeTab).
    url = (await browser.tabs.get(tabId)).url;
  } catch (error) {
    return { status: 'error', message: errorMessage(error) };
  }
  const known = unreadableByUrl(url);
  if (known) return { status: 'unreadable', kind: known };

  try {
    // Injected on every read: the script replaces its previous instance itself, which also
    // covers pages whose old instance died with an extension update.
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  } catch (error) {
    return classifyInjectionError(errorMessage(error), { url, invoked: await wasInvoked(tabId) });
  }

  try {
    const reply = await sendMessage('extract', { clean, force }, tabId);
    if (reply.status === 'unreadable') return reply;
    return { status: reply.article.isArticle ? 'article' : 'not-article', article: reply.article };
  } catch (error) {
    return { status: 'error', message: errorMessage(error) };
  }
}
