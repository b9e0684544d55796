import { browser } from '#imports';
import { onMessage } from '../messaging';
import { forgetInvoked, wasInvoked } from './invoked-tabs';
import { openReader } from './open-reader';
import { readTab } from './read-tab';
import { forgetLive, markLive } from './live-tabs';
import { pipelineData } from './pipeline-data';
import { showPageCheck, startAutoDetect } from './auto-detect';

export const COMMAND_OPEN_READER = 'open-reader';
export const MENU_READ_PAGE = 'qingdu-read-page';

/**
 * Everything the background does, registered synchronously at start-up (MV3 service
 * workers and Firefox event pages only get events whose listeners exist on wake-up).
 */
export function startBackground(): void {
  browser.action.onClicked.addListener((tab) => openReader(tab));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === COMMAND_OPEN_READER) openReader(tab);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_READ_PAGE) openReader(tab);
  });
  // Menus persist across restarts; recreate them when the extension is installed or updated.
  browser.runtime.onInstalled.addListener(() => void createMenus());

  /** Tab id → documents it started loading during this worker's life (see the readTab handler). */
  const loads = new Map<number, number>();
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A navigation ends what the user granted for the page, and the content script with it.
    if (change.status === 'loading') void forgetInvoked(tabId);
    // Panels go through the background again after a URL change of the same document too
    // (read-from-panel.ts); so do panels opened later.
    if (change.status === 'loading' || change.url !== undefined) {
      loads.set(tabId, (loads.get(tabId) ?? 0) + 1);
      void forgetLive(tabId);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    loads.delete(tabId);
    void forgetInvoked(tabId);
    void forgetLive(tabId);
  });

  onMessage('readTab', async ({ data }) => {
    const before = loads.get(data.tabId) ?? 0;
    const reply = await readTab(data, wasInvoked);
    // The content script answered: panels opened later can ask it directly (live-tabs.ts),
    // unless the tab moved on to another document meanwhile.
    if ((reply.status === 'article' || reply.status === 'not-article') && (loads.get(data.tabId) ?? 0) === before) void markLive(data.tabId);
    return reply;
  });
  onMessage('pipelineData', ({ data }) => pipelineData(data));
  onMessage('pageChecked', ({ data, sender }) => showPageCheck(sender.tab?.id, data));
  startAutoDetect();
}

async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_READ_PAGE,
    title: browser.i18n.getMessage('contextMenuRead'),
    contexts: ['page'],
  });
}
