import { browser } from '#imports';
import { sendMessage, type ReadResult, type ReadTabRequest } from '../messaging';
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
 * Read one tab for the panel: inject the content script (activeTab + scripting, no host
 * permissions), ask it for the article, and turn every failure into a state the panel can
 * explain. Never throws.
 */
export async function readTab(
  request: ReadTabRequest,
  wasInvoked: (tabId: number) => Promise<boolean>,
  retryDelays: readonly number[] = RETRY_DELAYS_MS,
): Promise<ReadResult> {
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
    await inject(tabId, wasInvoked, retryDelays);
  } catch (error) {
    const result = classifyInjectionError(errorMessage(error), { url, invoked: await wasInvoked(tabId) });
    if (result.status !== 'needs-permission') console.warn('[qingdu] cannot inject into tab', tabId, errorMessage(error));
    return result;
  }

  try {
    const reply = await sendMessage('extract', { clean, force }, tabId);
    if (reply.status === 'unreadable') return reply;
    return { status: reply.article.isArticle ? 'article' : 'not-article', article: reply.article };
  } catch (error) {
    return { status: 'error', message: errorMessage(error) };
  }
}

/** Inject the content script; on a tab the user asked for, retry permission refusals briefly. */
async function inject(tabId: number, wasInvoked: (tabId: number) => Promise<boolean>, retryDelays: readonly number[]): Promise<void> {
  // Injected on every read: the script replaces its previous instance itself, which also
  // covers pages whose old instance died with an extension update.
  const run = () => browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  try {
    await run();
  } catch (error) {
    if (!/permission|Cannot access contents/i.test(errorMessage(error)) || !(await wasInvoked(tabId))) throw error;
    let last = error;
    for (const delay of retryDelays) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      try {
        await run();
        return;
      } catch (again) {
        last = again;
      }
    }
    throw last;
  }
}
