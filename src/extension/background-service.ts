import { browser } from '#imports';
import { onMessage } from '../messaging';
import { forgetInvoked, wasInvoked } from './invoked-tabs';
import { openReader } from './open-reader';
import { readTab } from './read-tab';
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

  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A navigation ends what the user granted for the page.
    if (change.status === 'loading') void forgetInvoked(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetInvoked(tabId));

  onMessage('readTab', ({ data }) => readTab(data, wasInvoked));
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
