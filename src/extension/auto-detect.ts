import { browser } from '#imports';
import type { PageCheck } from '../messaging/protocol';
import { autoDetectSetting } from '../settings/items';

/**
 * Auto-detect, the background's half: while the reader has it on and has granted host
 * access, a tiny probe (entrypoints/detector.content.ts) is registered for the granted
 * sites and reports each page it checks; article pages get a badge on the toolbar button.
 * Off, or without the permission, nothing is registered and no badge is left behind.
 */

export const DETECTOR_ID = 'qingdu-detector';
/** Where WXT puts `entrypoints/detector.content.ts`. */
export const DETECTOR_FILE = 'content-scripts/detector.js';
/** What the options page asks for when the reader turns auto-detect on. */
export const AUTO_DETECT_ORIGINS = ['http://*/*', 'https://*/*'];

const WEB_ORIGIN = /^(?:https?|\*):\/\//;
const BADGE_COLOR = '#1c6b58';

/** Register listeners (synchronously, for service-worker wake-ups) and bring the registration in line. */
export function startAutoDetect(): void {
  autoDetectSetting.watch(() => void syncDetector());
  browser.permissions.onAdded.addListener(() => void syncDetector());
  browser.permissions.onRemoved.addListener(() => void onPermissionsRemoved());
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // The new page is checked again when it is idle; the old page's badge must not stay.
    if (change.status === 'loading') void clearBadge(tabId);
  });
  void syncDetector();
}

/** Web origins the reader has granted (all sites, or the sites they allowed one by one). */
export async function grantedWebOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((o) => WEB_ORIGIN.test(o));
}

let queue: Promise<void> = Promise.resolve();

/** Register the probe for the granted sites when auto-detect is on; unregister otherwise. Serialised. */
export function syncDetector(): Promise<void> {
  queue = queue.then(applyRegistration).catch((error: unknown) => console.warn('[qingdu] auto-detect registration failed', error));
  return queue;
}

async function applyRegistration(): Promise<void> {
  const { enabled } = await autoDetectSetting.get();
  const matches = enabled ? await grantedWebOrigins() : [];
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [DETECTOR_ID] });
  // Registered for exactly these sites already (the usual case when the worker wakes up).
  if (existing.length && sameSet(existing[0]!.matches ?? [], matches)) return;
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [DETECTOR_ID] });
  if (matches.length) {
    await browser.scripting.registerContentScripts([{ id: DETECTOR_ID, js: [DETECTOR_FILE], matches, runAt: 'document_idle', allFrames: false, persistAcrossSessions: true }]);
  } else if (existing.length) {
    await clearAllBadges();
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** The reader took host access away in the browser's own settings: auto-detect is off then. */
async function onPermissionsRemoved(): Promise<void> {
  if ((await grantedWebOrigins()).length === 0 && (await autoDetectSetting.get()).enabled) await autoDetectSetting.update({ enabled: false });
  await syncDetector();
}

export async function showPageCheck(tabId: number | undefined, check: PageCheck): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  // A report from a page loaded just before auto-detect was turned off.
  if (check.isArticle && !(await autoDetectSetting.get()).enabled) return;
  if (!check.isArticle) return clearBadge(tabId);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: browser.i18n.getMessage('badgeArticle') || '✓' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
    browser.action.setTitle({ tabId, title: browser.i18n.getMessage('badgeArticleTitle') }),
  ]).catch(() => undefined); // the tab closed meanwhile
}

async function clearBadge(tabId: number): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title: browser.i18n.getMessage('actionTitle') }),
  ]).catch(() => undefined);
}

async function clearAllBadges(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : clearBadge(tab.id))));
}
