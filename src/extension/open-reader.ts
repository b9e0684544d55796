import { browser, type Browser } from '#imports';
import { sendMessage } from '../messaging';
import { markInvoked } from './invoked-tabs';

/** Firefox's sidebar API, which the Chrome-based `browser` typings do not describe. */
interface SidebarAction {
  open(): Promise<void>;
}

/**
 * Open the reader for a tab after a user action (toolbar button, shortcut, page menu).
 *
 * Must be called synchronously from the event listener: Chrome's `sidePanel.open` and
 * Firefox's `sidebarAction.open` only work inside the user's gesture, so nothing may be
 * awaited before them.
 */
export function openReader(tab: Browser.tabs.Tab | undefined): void {
  if (tab?.id === undefined || tab.id < 0) return;
  const tabId = tab.id;
  const windowId = tab.windowId;
  const opened = openPanel(windowId);
  void (async () => {
    await markInvoked(tabId);
    await opened.catch((error: unknown) => console.warn('[qingdu] could not open the reader panel', error));
    // A panel that was already open reads the tab now; a panel that is just opening is
    // not listening yet and reads the active tab when it starts.
    await sendMessage('readerRequested', { tabId, windowId }).catch(() => undefined);
  })();
}

function openPanel(windowId: number): Promise<void> {
  if (import.meta.env.BROWSER === 'firefox') {
    const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
    return sidebar ? sidebar.open() : Promise.reject(new Error('sidebarAction is not available'));
  }
  // The window-wide panel, not a per-tab one: it follows the active tab.
  return browser.sidePanel.open({ windowId });
}
