import { storage } from '#imports';

/**
 * Tabs whose current document has a Qingdu content script that answered a read, kept in
 * session storage so that a panel opened later (closed and reopened, reloaded) can ask
 * that instance directly (read-from-panel.ts) like a panel that saw the first read,
 * instead of sending every first read through the background. Written by the background
 * only: it adds a tab after a read that reached the content script and drops it when the
 * tab starts loading another document or closes (its listeners wake it for both). An
 * entry that outlived its instance costs one unanswered message, after which the panel
 * reads through the background as before.
 */
const item = storage.defineItem<number[]>('session:liveTabs', { fallback: [] });

/** Changes one at a time: each reads what the one before wrote. */
let last: Promise<unknown> = Promise.resolve();

function update(change: (tabs: number[]) => number[] | null): Promise<void> {
  const next = last.then(async () => {
    const tabs = await item.getValue();
    const changed = change(tabs);
    if (changed) await item.setValue(changed);
  });
  last = next.catch(() => undefined);
  return next;
}

export function markLive(tabId: number): Promise<void> {
  return update((tabs) => (tabs.includes(tabId) ? null : [...tabs, tabId]));
}

export function forgetLive(tabId: number): Promise<void> {
  return update((tabs) => (tabs.includes(tabId) ? tabs.filter((id) => id !== tabId) : null));
}

/** The tabs with a live instance, as the background last recorded them (none if unreadable). */
export async function liveTabs(): Promise<number[]> {
  try {
    return await item.getValue();
  } catch {
    return [];
  }
}
