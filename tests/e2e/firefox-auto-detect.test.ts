import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt } from './support/build';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { stringsFor } from './support/reference';
import { startFixtureServer, type FixtureServer } from './support/server';

/**
 * Auto-detect in Firefox ESR (MV3): the options page's permission request runs in a real
 * click; `extensions.webextOptionalPermissionPrompts: false` is Firefox's own switch that
 * grants optional permissions without showing the prompt (headless has no one to click it).
 */

interface ExtensionBrowser {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
}

const api = (page: Page) => ({
  origins: () => page.evaluate(async () => (await (globalThis as unknown as { browser: ExtensionBrowser }).browser.permissions.getAll()).origins ?? []),
  registered: () => page.evaluate(async () => (await (globalThis as unknown as { browser: ExtensionBrowser }).browser.scripting.getRegisteredContentScripts()).map((s) => s.id)),
  /** Badge text per tab URL (tabs without access show no URL). */
  badges: () =>
    page.evaluate(async () => {
      const b = (globalThis as unknown as { browser: ExtensionBrowser }).browser;
      const tabs = await b.tabs.query({});
      return Object.fromEntries(await Promise.all(tabs.filter((t) => t.url).map(async (t) => [t.url!, await b.action.getBadgeText({ tabId: t.id! })])));
    }) as Promise<Record<string, string>>,
});

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  let last: T | undefined;
  for (let i = 0; i < 150; i++) {
    last = await read();
    if (ok(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}: ${JSON.stringify(last)}`);
}

describe('Auto-detect (Firefox)', () => {
  let firefox: FirefoxSession;
  let server: FixtureServer;

  beforeAll(async () => {
    const dir = await ensureBuilt('firefox');
    server = await startFixtureServer();
    firefox = await launchFirefox(dir, { prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  }, 180_000);

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  test('turning it on asks for host access and marks the article, not the list; turning it off gives the access back', async () => {
    const options = await firefox.browser.newPage({ type: 'window' });
    await options.goto(`${firefox.origin}/options.html`, { waitUntil: [] });
    await options.waitForSelector('#auto-detect');
    const t = stringsFor(await options.evaluate(() => document.documentElement.lang));
    const ext = api(options);
    expect(await ext.origins()).toEqual([]);

    await options.click('#auto-detect');
    await until(ext.registered, (ids) => ids.includes('qingdu-detector'), 'the detector registration');
    expect(await ext.origins()).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));

    const article = server.urlFor('seed-interview', 'ff-detect');
    const list = server.urlFor('na-gov-news-list', 'ff-detect');
    for (const url of [list, article]) await (await firefox.browser.newPage()).goto(url);
    const badges = await until(ext.badges, (b) => b[article] === t('badgeArticle'), 'the badge on the article');
    expect(badges[list]).toBe('');

    await options.bringToFront();
    await options.click('#auto-detect');
    await until(ext.registered, (ids) => ids.length === 0, 'the detector unregistered');
    expect(await ext.origins()).toEqual([]);
    await options.close();
  });
});
