import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { artifactPath, ensureBuilt } from './support/build';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { scriptForUiLanguage } from '../../src/settings/script-choice';
import { fold, PINYIN_GLOSS, referenceArticle, stringsFor, type Strings } from './support/reference';
import { startFixtureServer, type FixtureServer } from './support/server';

/**
 * The extension in real Firefox ESR (MV3 build, WebDriver BiDi): toolbar button → sidebar
 * → article, and the panel page opened in a second window (the "probe") for the states.
 * The probe also reads the sidebar (through `extension.getViews`) and opens and switches
 * tabs in the first window with the tabs API, so that window's active tab changes only
 * when a test says so. Tests run in order and share one browser.
 */

const SEED = 'seed-interview';
const LIST = 'na-gov-news-list';

let server: FixtureServer;
let firefox: FirefoxSession;
let seedUrl: string;
let seedTab: number;
let mainWindow: number;
let t: Strings;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Poll `read` until `done` says yes (the BiDi pages have no auto-waiting locators). */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeout = 30_000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)?.slice(0, 300)}`);
    await sleep(100);
    value = await read();
  }
  return value;
}

interface SidebarState {
  lang: string;
  title: string | null;
  state: string | null;
  body: string;
  summary: string;
  scroll: number;
  width: number;
}

/** What the sidebar shows, read from the probe page in the other window. */
async function sidebar(): Promise<SidebarState | null> {
  const probe = await firefox.probe();
  return probe.evaluate((windowId) => {
    type Views = { extension: { getViews(filter: { type: string; windowId: number }): Window[] } };
    const [view] = (globalThis as unknown as { browser: Views }).browser.extension.getViews({ type: 'sidebar', windowId });
    const doc = view?.document;
    const main = doc?.querySelector('main.content');
    if (!doc || !main || main.hasAttribute('aria-busy')) return null;
    return {
      lang: doc.documentElement.lang,
      title: doc.querySelector('.reader .article-title')?.textContent ?? null,
      state: doc.querySelector('.state:not(.state-loading)')?.className ?? null,
      body: doc.querySelector('.article-body')?.textContent ?? '',
      summary: doc.querySelector('.removed-summary')?.textContent ?? '',
      scroll: doc.documentElement.scrollWidth,
      width: view.innerWidth,
    };
  }, mainWindow);
}

/** The panel page in the probe window, pinned to a tab. */
async function panelPage(tabId: number): Promise<Page> {
  const page = await firefox.probe();
  await page.setViewport({ width: 360, height: 800 });
  await page.goto(`${firefox.origin}/sidepanel.html?tab=${tabId}`, { waitUntil: [] });
  await page.waitForSelector('main.content:not([aria-busy]) > :is(.reader, .state:not(.state-loading))');
  return page;
}

type TabsApi = {
  tabs: {
    create(p: object): Promise<{ id?: number }>;
    get(id: number): Promise<{ status?: string }>;
    update(id: number, p: object): Promise<unknown>;
    remove(id: number): Promise<void>;
    query(q: object): Promise<{ id?: number; url?: string; windowId?: number }[]>;
  };
};

/** Open `url` in a new tab of the first window and wait until it has loaded. */
async function openTab(url: string): Promise<number> {
  const probe = await firefox.probe();
  const id = await probe.evaluate(
    async (u, windowId) => (await (globalThis as unknown as { browser: TabsApi }).browser.tabs.create({ url: u, windowId, active: true })).id!,
    url,
    mainWindow,
  );
  await until(() => probe.evaluate(async (tabId) => (await (globalThis as unknown as { browser: TabsApi }).browser.tabs.get(tabId)).status, id), (s) => s === 'complete', `${url} to load`);
  return id;
}

async function activate(tabId: number): Promise<void> {
  const probe = await firefox.probe();
  await probe.evaluate((id) => (globalThis as unknown as { browser: TabsApi }).browser.tabs.update(id, { active: true }), tabId);
}

async function closeTab(tabId: number): Promise<void> {
  const probe = await firefox.probe();
  await probe.evaluate((id) => (globalThis as unknown as { browser: TabsApi }).browser.tabs.remove(id), tabId);
}

describe('Firefox', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    const dir = await ensureBuilt('firefox');
    server = await startFixtureServer();
    firefox = await launchFirefox(dir);
  }, 180_000);

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  test('the toolbar button opens the sidebar with the clean seed article', async () => {
    const first = (await firefox.browser.pages())[0]!;
    seedUrl = server.urlFor(SEED, 'sidebar');
    await first.goto(seedUrl);
    const probe = await firefox.probe();
    // The first window is the one the probe is not in; the seed tab is its only tab.
    [mainWindow, seedTab] = await probe.evaluate(async (url) => {
      const tabs = await (globalThis as unknown as { browser: TabsApi }).browser.tabs.query({});
      const own = tabs.find((x) => x.url?.startsWith('moz-extension:'))!.windowId;
      const seed = tabs.find((x) => x.windowId !== own)!;
      return [seed.windowId!, seed.id!] as [number, number];
    }, seedUrl);

    await firefox.clickToolbarButton(seedUrl);
    const shown = await until(sidebar, (s) => !!s?.title, 'the article in the sidebar');
    t = stringsFor(shown!.lang);
    // The panel shows a new reader the script of the UI language (issue 5): so does the reference.
    const reference = await referenceArticle(server, SEED, seedUrl, scriptForUiLanguage(shown!.lang));
    expect(fold(shown!.title)).toBe(fold(reference.title));
    expect(fold(shown!.body)).toContain(fold(reference.blocks.find((b) => b.kind === 'paragraph' && b.text.length > 40)!.text).slice(0, 30));
    expect(shown!.body).not.toMatch(PINYIN_GLOSS);
    expect(shown!.summary).toContain(t('categoryPinyin'));
    // Firefox's sidebar can be narrower than Chrome's panel: still no sideways scrolling.
    expect(shown!.scroll).toBeLessThanOrEqual(shown!.width);
    await firefox.windowScreenshot(artifactPath('firefox-window-with-sidebar.png'));
  });

  test('the sidebar follows the active tab', async () => {
    const other = await openTab(server.urlFor('zh-news-pocket-parks--news-portal', 'follow'));
    await until(sidebar, (s) => !!s?.state?.includes('state-needs-permission'), 'the permission prompt');
    await activate(seedTab);
    await until(sidebar, (s) => !!s?.title, 'the seed article again');
    await closeTab(other);
  });

  test('the panel page renders the article, the removed list and the original view', async () => {
    const page = await panelPage(seedTab);
    const title = await page.$eval('.article-title', (el) => el.textContent);
    expect(title).toBe((await sidebar())!.title);
    await page.screenshot({ path: artifactPath('firefox-panel.png') });

    await page.click('.removed-summary');
    await page.click('.removed-group[data-category="pinyin"] > summary');
    await page.waitForSelector('.removed-group[data-category="pinyin"] .removed-entry');
    expect(await page.$eval('.removed-group[data-category="pinyin"] .entry-text', (el) => el.textContent)).toMatch(PINYIN_GLOSS);
    await page.screenshot({ path: artifactPath('firefox-panel-removed-list.png') });

    await page.click('button.toggle');
    await page.waitForSelector('main.content:not([aria-busy]) > .reader-original');
    expect(await page.$eval('.article-body', (el) => el.textContent)).toMatch(PINYIN_GLOSS);
    expect(await page.$eval('button.toggle', (el) => el.getAttribute('aria-pressed'))).toBe('true');
  });

  test('a page that is not an article says why and can be shown anyway', async () => {
    const url = server.urlFor(LIST, 'anyway');
    const list = await openTab(url);
    await firefox.clickToolbarButton(url);
    const page = await panelPage(list);
    expect(await page.$eval('.state-title', (el) => el.textContent)).toBe(t('notArticleTitle'));
    expect(await page.$eval('.state-not-article', (el) => el.textContent)).toContain(t('reasonListPage'));
    await page.screenshot({ path: artifactPath('firefox-panel-not-article.png') });
    await page.click('.state-not-article button');
    await page.waitForSelector('main.content:not([aria-busy]) > .reader');
    expect((await page.$eval('.article-body', (el) => el.textContent))!.length).toBeGreaterThan(0);
    await closeTab(list);
  });
});
