import { browser } from '#imports';
import { sendMessage, type ReadReply, type ReadTabRequest } from '../messaging';
import { liveTabs } from './live-tabs';
import { NO_RECEIVER, readReplyOf } from './read-tab';
import { errorMessage } from './tab-access';

/**
 * The panel's reads of tabs. When the page already has our content script (an earlier read
 * of the same document: the panel reopened or reloaded, "show original", back to a tab),
 * the panel asks it directly: the article then crosses one process boundary instead of
 * being parsed and serialized again by the background on its way, and the background is
 * neither woken nor asked to check and inject. Otherwise (first read, new document) the
 * background checks the tab, injects the script and reads it (read-tab.ts).
 *
 * Which tabs have an instance is remembered from the background's successful reads and
 * forgotten when the tab loads another document (instances end with their document), so
 * the panel does not message tabs without one (Chrome reports each such message as an
 * extension error). A panel that has just opened starts from the background's record of
 * the same (live-tabs.ts), so closing and reopening the panel, or reloading it, does not
 * send the next read through the background again. A live instance means the reader gave
 * access to that very document, so nothing is read that the background would refuse.
 */
export function createTabReader(): (request: ReadTabRequest) => Promise<ReadReply> {
  /** Tab id → how many documents it has loaded since the panel opened. */
  const generation = new Map<number, number>();
  const live = new Set<number>();
  /** Tabs that navigated or closed since the panel opened. */
  const moved = new Set<number>();
  const forget = (tabId: number) => {
    moved.add(tabId);
    live.delete(tabId);
    generation.set(tabId, (generation.get(tabId) ?? 0) + 1);
  };
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document ('loading'), or a same-document URL change: read through the background.
    if (change.status === 'loading' || change.url !== undefined) forget(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    forget(tabId);
    generation.delete(tabId);
  });
  // Tabs the background knew to have an instance, unless one navigated or closed since this
  // panel opened (then its own events said so first).
  const recorded = liveTabs().then((tabs) => {
    for (const tabId of tabs) if (!moved.has(tabId)) live.add(tabId);
  });

  return async (request) => {
    const { tabId, clean, force, full } = request;
    await recorded;
    if (live.has(tabId)) {
      try {
        return readReplyOf(await sendMessage('extract', { clean, force, ...(full ? { full } : {}) }, tabId));
      } catch (error) {
        // An instance that failed: the error the background would report. One that no
        // longer answers (the extension was reloaded): read through the background.
        if (!NO_RECEIVER.test(errorMessage(error))) return { status: 'error', message: errorMessage(error) };
        live.delete(tabId);
      }
    }
    const before = generation.get(tabId) ?? 0;
    const reply = await sendMessage('readTab', request);
    // The background injected or found an instance; not if the tab moved on meanwhile.
    if ((reply.status === 'article' || reply.status === 'not-article') && (generation.get(tabId) ?? 0) === before) live.add(tabId);
    return reply;
  };
}
