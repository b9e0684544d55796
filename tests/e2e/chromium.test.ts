import fs from 'node:fs';
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, onTestFailed, test } from 'vitest';
import { artifactPath, ensureBuilt } from './support/build';
import { launchChromium, type ChromiumSession, type ExtensionApi } from './support/chromium';
import { scriptForUiLanguage } from '../../src/settings/script-choice';
import type { TargetScript } from '../../src/shared/types';
import { fold, PINYIN_GLOSS, referenceArticle, stringsFor, type Strings } from './support/reference';
import { startFixtureServer, type FixtureServer } from './support/server';

/**
 * The extension in real Chromium (Debian's chromium, headless; UI in Simplified Chinese when
 * chromium-l10n is installed, else English: the expected strings follow the browser):
 * toolbar button → side panel → article, the panel's states, and the panel page opened as
 * a tab for everything that needs clicking around. Tests run in order and share one
 * browser; the side panel opened by the first stays open for the next ones.
 * Screenshots go to test-results/e2e/.
 */

let t: Strings;
/** The script the panel shows a new reader: the UI language's (issue 5); the reference follows it. */
let script: TargetScript = 'original';
const SEED = 'seed-interview';
const LIST = 'na-gov-news-list';

let server: FixtureServer;
let chrome: ChromiumSession;
let panel: Page;
let seedPage: Page;
let seedTab: number;

async function settled(page: Page): Promise<void> {
  await page.locator('main.content:not([aria-busy]) > :is(.reader, .state:not(.state-loading))').first().waitFor();
}

async function noHorizontalOverflow(page: Page): Promise<void> {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll).toBeLessThanOrEqual(width);
}

describe('Chromium', () => {
  beforeAll(async () => {
    const dir = await ensureBuilt('chrome');
    server = await startFixtureServer();
    chrome = await launchChromium(dir, { locale: 'zh-CN' });
  }, 180_000);

  afterAll(async () => {
    await chrome?.close();
    await server?.close();
  });

  test('an extension page opens the real side panel, which explains that browser pages cannot be read', async () => {
    const launcher = await chrome.context.newPage();
    await launcher.setViewportSize({ width: 360, height: 640 });
    // Pinned to a tab that does not exist: the error state, with its retry button.
    await launcher.goto(`chrome-extension://${chrome.extensionId}/sidepanel.html?tab=0`);
    await launcher.locator('.state-error button').waitFor();
    await launcher.screenshot({ path: artifactPath('chromium-panel-error.png') });
    // A call from an extension page counts as a user gesture for sidePanel.open.
    await launcher.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
      const win = await api.windows.getCurrent();
      await api.sidePanel.open({ windowId: win.id! });
    });
    panel = await chrome.sidePanel();
    // The panel's and the service worker's own warnings and errors end up in the test output
    // (not the images of fixture pages pointing at their original, unreachable hosts).
    const relay = (where: string) => (m: ConsoleMessage) => {
      if (m.type() !== 'log' && !m.text().startsWith('Failed to load resource')) console.log(`[${where}] ${m.text()}`);
    };
    panel.on('console', relay('side panel'));
    chrome.worker.on('console', relay('service worker'));
    await settled(panel);
    // The panel sets <html lang> to browser.i18n's UI language.
    const uiLanguage = await panel.evaluate(() => document.documentElement.lang);
    t = stringsFor(uiLanguage);
    script = scriptForUiLanguage(uiLanguage);
    // The active tab is the extension's own page: no extension may read those.
    await expect(panel.locator('.state-unreadable').getAttribute('data-kind')).resolves.toBe('browser-page');
    await expect(panel.locator('.state-title').innerText()).resolves.toBe(t('unreadableTitle'));
    await panel.screenshot({ path: artifactPath('chromium-panel-browser-page.png') });
    await launcher.close();
  });

  test('the toolbar button shows the clean seed article in the side panel', async () => {
    seedPage = await chrome.context.newPage();
    const url = server.urlFor(SEED, 'panel');
    await seedPage.goto(url);
    const before = await seedPage.content();
    seedTab = await chrome.clickToolbarButton(seedPage);
    await panel.locator('.reader .article-title').waitFor();
    await settled(panel);
    // The pipeline works on a clone: the page the reader is looking at is left as it was.
    expect(await seedPage.content()).toBe(before);

    const reference = await referenceArticle(server, SEED, url, script);
    expect(fold(await panel.locator('.article-title').innerText())).toBe(fold(reference.title));
    const meta = await panel.locator('.article-meta').innerText();
    expect(meta).toContain(reference.source!);
    expect(meta).toMatch(/2024年3月8日|March 8, 2024/);

    const body = await panel.locator('.article-body').innerText();
    const firstParagraph = reference.blocks.find((b) => b.kind === 'paragraph' && b.text.length > 40)!.text;
    expect(fold(body)).toContain(fold(firstParagraph).slice(0, 30));
    expect(body).not.toMatch(PINYIN_GLOSS);
    for (const removed of reference.removed.filter((r) => r.category === 'spam' || r.category === 'hidden')) {
      if (removed.text.length >= 6) expect(body).not.toContain(removed.text);
    }

    const summary = await panel.locator('.removed-summary').innerText();
    expect(summary.startsWith(t('removedLabel'))).toBe(true);
    expect(summary).toMatch(new RegExp(`${t('categoryPinyin')} \\d+`));
    expect(summary).toMatch(new RegExp(`${t('categorySpam')} \\d+`));

    // Figures: images load (absolute URLs on the page's origin), captions under them.
    await expect(panel.locator('.article-body figure img').first().evaluate((img: HTMLImageElement) => img.src)).resolves.toMatch(/^http:\/\/127\.0\.0\.1:\d+\/uploads\//);
    await expect(panel.locator('.article-body figcaption').count()).resolves.toBeGreaterThan(0);

    await noHorizontalOverflow(panel);
    const lineHeight = await panel.locator('.article-body p').first().evaluate((p) => {
      const style = getComputedStyle(p);
      return parseFloat(style.lineHeight) / parseFloat(style.fontSize);
    });
    expect(lineHeight).toBeCloseTo(1.8, 1);
    await panel.screenshot({ path: artifactPath('chromium-side-panel.png') });
    await panel.screenshot({ path: artifactPath('chromium-side-panel-full.png'), fullPage: true });
  });

  test('the side panel follows the active tab', async () => {
    const other = await chrome.context.newPage();
    await other.goto(server.urlFor('zh-news-pocket-parks--news-portal', 'follow'));
    await other.bringToFront();
    // Not asked for yet: activeTab is granted per tab, so the panel says how to ask.
    await panel.locator('.state-needs-permission').waitFor();
    await expect(panel.locator('.state-title').innerText()).resolves.toBe(t('needsPermissionTitle'));
    await panel.screenshot({ path: artifactPath('chromium-panel-needs-permission.png') });

    await seedPage.bringToFront();
    await panel.locator('.reader .article-title').waitFor();

    await chrome.clickToolbarButton(other);
    const reference = await referenceArticle(server, 'zh-news-pocket-parks--news-portal', other.url(), script);
    await expect.poll(async () => fold(await panel.locator('.article-title').innerText().catch(() => '')), { timeout: 30_000 }).toBe(fold(reference.title));
    await other.close();
  });

  test('navigating the tab replaces the article', async () => {
    const page = await chrome.context.newPage();
    await page.goto(server.urlFor('zh-int-city-marathon--news-portal', 'nav'));
    await chrome.clickToolbarButton(page);
    await panel.locator('.reader .article-title').waitFor();
    const before = await panel.locator('.article-title').innerText();
    await page.goto(server.urlFor('zh-int-after-school--news-portal', 'nav'));
    // Either the new article (same-origin navigation keeps activeTab) or the prompt to ask again.
    await expect.poll(async () => (await panel.locator('.article-title').count()) === 0 || (await panel.locator('.article-title').innerText()) !== before, { timeout: 30_000 }).toBe(true);
    await settled(panel);
    await page.close();
  });

  test('the side panel shows every fixture the way the command-line pipeline reads it', async () => {
    // Tabs stay open until the end: closing one would make the panel re-read the tab before it.
    const pages: Page[] = [];
    let current = '';
    onTestFailed(() => panel.screenshot({ path: artifactPath(`chromium-failed-${current}.png`) }).then(() => undefined));
    for (const fixture of server.fixtures) {
      current = fixture.id;
      const page = await chrome.context.newPage();
      pages.push(page);
      const url = server.urlFor(fixture.id, 'all');
      await page.goto(url);
      await chrome.clickToolbarButton(page);
      // The jsdom reference is computed while the browser extracts.
      const reference = await referenceArticle(server, fixture.id, url, script);
      if (reference.isArticle) {
        await expect.poll(async () => fold(await panel.locator('.reader .article-title').innerText().catch(() => null)), { message: fixture.id, interval: 50, timeout: 30_000 }).toBe(fold(reference.title));
        await settled(panel);
        await noHorizontalOverflow(panel);
      } else {
        await expect.poll(async () => fold(await panel.locator('.state-not-article .state-page-title').innerText().catch(() => null)), { message: fixture.id, interval: 50, timeout: 30_000 }).toBe(fold(reference.title));
      }
    }
    await seedPage.bringToFront();
    for (const page of pages) await page.close();
  }, 600_000);

  test('a page that is not an article says why and can be shown anyway', async () => {
    const page = await chrome.context.newPage();
    await page.goto(server.urlFor(LIST, 'anyway'));
    const view = await chrome.openPanelTab(await chrome.clickToolbarButton(page));
    await view.setViewportSize({ width: 360, height: 700 });
    await settled(view);
    await expect(view.locator('.state-not-article .state-title').innerText()).resolves.toBe(t('notArticleTitle'));
    await expect(view.locator('.state-not-article').innerText()).resolves.toContain(t('reasonListPage'));
    await view.screenshot({ path: artifactPath('chromium-panel-not-article.png') });
    await view.getByRole('button', { name: t('showAnyway') }).click();
    await view.locator('.reader .article-body').waitFor();
    await settled(view);
    await expect(view.locator('.article-body').innerText()).resolves.not.toBe('');
    await view.close();
    await page.close();
  });

  test('show original and the removed list let the reader check what was taken out (keyboard only)', async () => {
    const view = await chrome.openPanelTab(seedTab);
    await view.setViewportSize({ width: 360, height: 900 });
    await settled(view);

    // The removed list: a summary, groups by category, each entry expandable to its text.
    await view.locator('.removed-summary').focus();
    await view.keyboard.press('Enter');
    const pinyin = view.locator('.removed-group[data-category="pinyin"]');
    await pinyin.locator('summary').focus();
    await view.keyboard.press('Enter');
    const firstEntry = pinyin.locator('.removed-entry').first();
    await expect(firstEntry.locator('.entry-text').innerText()).resolves.toMatch(PINYIN_GLOSS);
    await firstEntry.locator('summary').focus();
    await view.keyboard.press('Enter');
    await expect(firstEntry.locator('.entry-full').isVisible()).resolves.toBe(true);
    await noHorizontalOverflow(view);
    await view.screenshot({ path: artifactPath('chromium-panel-removed-list.png') });

    // Show original: the extraction without cleaning, pinyin glosses and all.
    const original = view.getByRole('button', { name: t('showOriginal') });
    await original.focus();
    await view.keyboard.press('Enter');
    await view.locator('.reader-original').waitFor();
    await settled(view);
    await expect(original.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(view.locator('.original-banner').innerText()).resolves.toContain(t('originalBanner'));
    await expect(view.locator('.article-body').innerText()).resolves.toMatch(PINYIN_GLOSS);
    await view.screenshot({ path: artifactPath('chromium-panel-original.png') });

    await view.getByRole('button', { name: t('backToClean') }).click();
    await view.locator('.reader:not(.reader-original)').waitFor();
    await expect(view.locator('.article-body').innerText()).resolves.not.toMatch(PINYIN_GLOSS);
    await view.close();
  });

  test('export copies and downloads Markdown and plain text', async () => {
    const view = await chrome.openPanelTab(seedTab);
    await settled(view);
    const title = await view.locator('.article-title').innerText();
    // Extension pages cannot be granted clipboard-read: record what the panel writes instead.
    await view.evaluate(() => {
      const clipboard = navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      const copied: string[] = [];
      (window as unknown as { copied: string[] }).copied = copied;
      clipboard.writeText = (text: string) => (copied.push(text), write(text));
    });
    const copied = () => view.evaluate(() => (window as unknown as { copied: string[] }).copied);

    const menu = view.locator('details.menu > summary');
    await menu.click();
    await view.getByRole('button', { name: t('copyMarkdown') }).click();
    await expect.poll(() => view.locator('.toast').innerText(), { timeout: 10_000 }).toBe(t('copied'));
    const [markdown] = await copied();
    expect(markdown!.startsWith(`# ${title}`)).toBe(true);
    expect(markdown).not.toMatch(PINYIN_GLOSS);

    await menu.click();
    await view.getByRole('button', { name: t('copyText') }).click();
    await expect.poll(async () => (await copied()).length, { timeout: 10_000 }).toBe(2);
    const text = (await copied())[1]!;
    expect(text.startsWith(title)).toBe(true);

    for (const [key, ext, expected] of [['downloadMarkdown', '.md', markdown], ['downloadText', '.txt', text]] as const) {
      await menu.click();
      const file = await chrome.captureDownload(() => view.getByRole('button', { name: t(key) }).click());
      expect(file.suggestedFilename.endsWith(ext)).toBe(true);
      expect(file.suggestedFilename).toContain(title.slice(0, 8));
      expect(file.content).toBe(expected);
      fs.writeFileSync(artifactPath(`chromium-export${ext}`), file.content);
    }
    await view.close();
  });
});
