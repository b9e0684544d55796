import { storage } from '#imports';

/**
 * Tabs the user asked to read (toolbar button, shortcut, page menu) since they last
 * navigated. Such a tab has activeTab, so when injection still fails the page itself is
 * protected; on any other tab the user simply has not asked yet. Kept in session storage
 * because the service worker may be stopped between the click and the panel's request.
 */
const item = storage.defineItem<number[]>('session:invokedTabs', { fallback: [] });

export async function markInvoked(tabId: number): Promise<void> {
  const tabs = await item.getValue();
  if (!tabs.includes(tabId)) await item.setValue([...tabs, tabId]);
}

export async function forgetInvoked(tabId: number): Promise<void> {
  const tabs = await item.getValue();
  if (tabs.includes(tabId)) await item.setValue(tabs.filter((id) => id !== tabId));
}

export async function wasInvoked(tabId: number): Promise<boolean> {
  return (await item.getValue()).includes(tabId);
}
