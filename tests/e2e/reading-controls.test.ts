import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConverter } from '../../src/convert/opencc-converters';
import { scriptForUiLanguage } from '../../src/settings/script-choice';
import { artifactPath, ensureBuilt } from './support/build';
import { launchChromium, type ChromiumSession, type ExtensionApi } from './support/chromium';
import { referenceArticle, stringsFor, type Strings } from './support/reference';
import { startFixtureServer, type FixtureServer } from './support/server';

/**
 * Issue 5's reading controls in real Chromium, on the panel page opened as a tab (and the
 * real side panel for the settings it starts with): the script toggle, typography and
 * themes that persist, the export in the chosen script, read aloud, keyboard access, the
 * options page, and auto-detect's badge. Screenshots go to test-results/e2e/ (every theme).
 */

const SEED = 'seed-interview';
const SIMPLIFIED = 'zh-news-pocket-parks--news-portal';
const LIST = 'na-gov-news-list';
const ALL_SITES = ['http://*/*', 'https://*/*'];

let server: FixtureServer;

async function settled(page: Page): Promise<void> {
  await page.locator('main.content:not([aria-busy]) > :is(.reader, .state:not(.state-loading))').first().waitFor();
}

async function pickScript(view: Page, script: string): Promise<void> {
  await view.locator(`[data-qingdu-script="${script}"]`).click();
  await view.waitForFunction(
    (s) => document.documentElement.dataset.qingduScriptApplied === s && document.querySelector(`[data-qingdu-script="${s}"]`)?.getAttribute('aria-pressed') === 'true',
    script,
    { polling: 50 },
  );
}

const readerText = (view: Page) => view.locator('.reader').innerText();

/** What the panel's own computed styles say about the reading settings. */
function readingStyles(view: Page) {
  return view.evaluate(() => {
    const body = document.querySelector('.article-body');
    const style = body ? getComputedStyle(body) : null;
    return {
      fontSize: style?.fontSize ?? null,
      lineHeight: style ? Math.round((parseFloat(style.lineHeight) / parseFloat(style.fontSize)) * 10) / 10 : null,
      fontFamily: style?.fontFamily ?? null,
      maxWidth: getComputedStyle(document.querySelector('.content')!).maxWidth,
      background: getComputedStyle(document.documentElement).backgroundColor,
      color: getComputedStyle(document.documentElement).color,
      theme: document.documentElement.dataset.theme,
      rootFontSize: getComputedStyle(document.documentElement).getPropertyValue('--reader-font-size').trim(),
    };
  });
}

describe('Reading controls (Chromium)', () => {
  let chrome: ChromiumSession;
  let t: Strings;
  let ui: string;
  let seedPage: Page;
  let seedTab: number;

  beforeAll(async () => {
    const dir = await ensureBuilt('chrome');
    server = await startFixtureServer();
    chrome = await launchChromium(dir, { locale: 'zh-CN' });
    seedPage = await chrome.context.newPage();
    await seedPage.goto(server.urlFor(SEED, 'controls'));
    seedTab = await chrome.clickToolbarButton(seedPage);
  }, 180_000);

  afterAll(async () => {
    await chrome?.close();
    await server?.close();
  });

  const storedTypography = () =>
    chrome.worker.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.sync.get('typography')).typography);

  async function panelTab(tabId = seedTab): Promise<Page> {
    // 400 × 800 (resizing a loaded page would slow its animation frames to 1 per second in
    // headless Chromium, and with them every click's stability check).
    const view = await chrome.openPanelTab(tabId);
    await settled(view);
    ui = await view.evaluate(() => document.documentElement.lang);
    t = stringsFor(ui);
    return view;
  }

  test('the toggle converts the seed article (Traditional on the page) to 简体 and back to exactly the same text: title, body, captions, speakers and removed items alike', async () => {
    const view = await panelTab();
    // A reader who never chose: the browser's UI language decides.
    await expect(view.locator('.script-choice [aria-pressed="true"]').getAttribute('data-qingdu-script')).resolves.toBe(scriptForUiLanguage(ui));
    // The removed list is built when opened: open a group so its entries follow the toggle too.
    await view.locator('.removed-summary').click();
    await view.locator('.removed-group[data-category="spam"] > summary').click();
    const spamEntry = view.locator('.removed-group[data-category="spam"] .entry-full').first();

    await pickScript(view, 'original');
    const original = await readerText(view);
    const originalCaption = await view.locator('.article-body figcaption').first().innerText();
    const spamOriginal = (await spamEntry.textContent())!;
    const reference = await referenceArticle(server, SEED, seedPage.url());
    expect(reference.originalScript).toBe('hant');
    const toHans = await loadConverter('hant', 'tw', 'hans');

    await pickScript(view, 'hans');
    const simplified = await readerText(view);
    expect(simplified).not.toBe(original);
    await expect(view.locator('.article-title').innerText()).resolves.toBe(toHans(reference.title!));
    expect(simplified).toContain(toHans(reference.source!));
    // Speaker labels and captions are text of the article too.
    for (const speaker of new Set(reference.interview!.turns.map((turn) => turn.speaker))) expect(simplified).toContain(toHans(speaker));
    await expect(view.locator('.article-body figcaption').first().innerText()).resolves.toBe(toHans(originalCaption));
    await expect(spamEntry.textContent()).resolves.toBe(toHans(spamOriginal));
    // Text nodes only: images keep their URLs.
    await expect(view.locator('.article-body figure img').first().getAttribute('src')).resolves.toMatch(/^http:\/\/127\.0\.0\.1:\d+\/uploads\//);
    // lang drives the glyphs and the font stack of each written form.
    await expect(view.locator('.reader').getAttribute('lang')).resolves.toBe('zh-Hans');
    expect((await readingStyles(view)).fontFamily).toMatch(/^"PingFang SC"/);
    await view.screenshot({ path: artifactPath('controls-script-hans.png') });

    // Back to 繁體 (台灣, the page's own form): exactly the page's text, not 简 → 繁 re-converted.
    await pickScript(view, 'tw');
    await expect(readerText(view)).resolves.toBe(original);
    await expect(view.locator('.reader').getAttribute('lang')).resolves.toBe('zh-Hant-TW');
    expect((await readingStyles(view)).fontFamily).toMatch(/^"PingFang TC"/);
    await view.screenshot({ path: artifactPath('controls-script-tw.png') });

    await pickScript(view, 'hk');
    await expect(view.locator('.article-title').innerText()).resolves.toBe((await loadConverter('hant', 'tw', 'hk'))(reference.title!));
    await expect(view.locator('.reader').getAttribute('lang')).resolves.toBe('zh-Hant-HK');
    expect((await readingStyles(view)).fontFamily).toMatch(/^"PingFang HK"/);

    await pickScript(view, 'hans');
    await expect(readerText(view)).resolves.toBe(simplified);
    await pickScript(view, 'original');
    await expect(readerText(view)).resolves.toBe(original);
    await expect(spamEntry.textContent()).resolves.toBe(spamOriginal);
    await view.close();
  });

  test('a Simplified article converts to 繁體 and back to exactly the same text', async () => {
    const page = await chrome.context.newPage();
    await page.goto(server.urlFor(SIMPLIFIED, 'controls'));
    const view = await panelTab(await chrome.clickToolbarButton(page));
    await pickScript(view, 'original');
    const original = await readerText(view);
    const [title, body] = [await view.locator('.article-title').innerText(), await view.locator('.article-body').innerText()];
    await pickScript(view, 'tw');
    const traditional = await readerText(view);
    expect(traditional).not.toBe(original);
    // The article's text is converted; the panel's own words (已移除, 原网页) stay in the UI language.
    const toTw = await loadConverter('hans', 'tw', 'tw');
    await expect(view.locator('.article-title').innerText()).resolves.toBe(toTw(title));
    await expect(view.locator('.article-body').innerText()).resolves.toBe(toTw(body));
    await expect(view.locator('.removed-summary').innerText()).resolves.toMatch(new RegExp(`^${t('removedLabel')}`));
    await view.screenshot({ path: artifactPath('controls-script-tw-from-hans.png') });
    await pickScript(view, 'hans');
    await expect(readerText(view)).resolves.toBe(original);
    await pickScript(view, 'hk');
    await pickScript(view, 'original');
    await expect(readerText(view)).resolves.toBe(original);
    await view.close();
    await page.close();
  });

  test('the export follows the chosen script', async () => {
    const view = await panelTab();
    await view.evaluate(() => {
      const clipboard = navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      const copied: string[] = [];
      (window as unknown as { copied: string[] }).copied = copied;
      clipboard.writeText = (text: string) => (copied.push(text), write(text));
    });
    const copied = () => view.evaluate(() => (window as unknown as { copied: string[] }).copied);
    const reference = await referenceArticle(server, SEED, seedPage.url());
    const toHans = await loadConverter('hant', 'tw', 'hans');
    const title = reference.title!;
    const menu = view.locator('details.menu:not(.reading-menu) > summary');

    await pickScript(view, 'hans');
    await menu.click();
    await view.getByRole('button', { name: t('copyMarkdown') }).click();
    await expect.poll(async () => (await copied()).length, { timeout: 10_000 }).toBe(1);
    const markdown = (await copied())[0]!;
    expect(markdown.startsWith(`# ${toHans(title)}\n`)).toBe(true);
    expect(markdown).not.toContain(title);
    expect(markdown).toContain(toHans(reference.source!));
    // The words the export adds follow the script too (来源 / 主持人, not 來源).
    expect(markdown).toContain('来源');

    await menu.click();
    const file = await chrome.captureDownload(() => view.getByRole('button', { name: t('downloadMarkdown') }).click());
    expect(file.suggestedFilename).toContain(toHans(title).slice(0, 10));
    expect(file.content).toBe(markdown);
    fs.writeFileSync(artifactPath('controls-export-hans.md'), file.content);

    await pickScript(view, 'tw');
    await menu.click();
    await view.getByRole('button', { name: t('copyText') }).click();
    await expect.poll(async () => (await copied()).length, { timeout: 10_000 }).toBe(2);
    const text = (await copied())[1]!;
    expect(text.startsWith(title)).toBe(true);
    expect(text).toContain('來源');
    await view.close();
  });

  test('font size, line height, width, typeface and theme change computed styles at once and persist after the panel is closed and reopened', async () => {
    let view = await panelTab();
    const before = await readingStyles(view);
    expect(before).toMatchObject({ fontSize: '17px', lineHeight: 1.8, theme: 'system', maxWidth: `${17 * 36 + 40}px` });

    // Keyboard only: open the reading menu, A+ twice, the width slider three steps down.
    const summary = view.locator('.reading-menu > summary');
    await summary.focus();
    await view.keyboard.press('Enter');
    await view.locator('.font-larger').focus();
    await view.keyboard.press('Enter');
    await view.keyboard.press('Enter');
    await view.locator('input[name="width"]').focus();
    for (let i = 0; i < 3; i++) await view.keyboard.press('ArrowLeft');
    await view.locator('input[name="line-height"]').focus();
    await view.keyboard.press('ArrowRight');
    await view.getByRole('button', { name: t('fontSerif'), exact: true }).click();
    expect(await readingStyles(view)).toMatchObject({ fontSize: '19px', lineHeight: 1.9, maxWidth: `${19 * 30 + 40}px` });
    expect((await readingStyles(view)).fontFamily).toMatch(/Songti|Serif|serif/);

    // Every theme, with the menu open: look at these.
    const backgrounds: Record<string, string> = {};
    for (const theme of ['light', 'sepia', 'dark']) {
      await view.locator(`[data-theme-option="${theme}"]`).click();
      backgrounds[theme] = (await readingStyles(view)).background;
      await view.screenshot({ path: artifactPath(`controls-theme-${theme}-menu.png`) });
    }
    expect(backgrounds).toEqual({ light: 'rgb(251, 250, 247)', sepia: 'rgb(244, 236, 216)', dark: 'rgb(25, 27, 29)' });
    await view.keyboard.press('Escape');
    for (const theme of ['light', 'sepia', 'dark']) {
      await view.locator('.reading-menu > summary').click();
      await view.locator(`[data-theme-option="${theme}"]`).click();
      await view.keyboard.press('Escape');
      await view.screenshot({ path: artifactPath(`controls-theme-${theme}.png`) });
    }

    // Ctrl + = in the panel: the text, not the page zoom.
    await view.locator('main.content').focus();
    await view.keyboard.press('Control+Equal');
    const changed = await readingStyles(view);
    expect(changed).toMatchObject({ fontSize: '20px', theme: 'dark', background: 'rgb(25, 27, 29)', maxWidth: `${20 * 30 + 40}px` });
    // Stored (slider moves are saved a moment later, or when the panel closes).
    await expect.poll(() => storedTypography(), { timeout: 10_000 }).toMatchObject({ fontSize: 20, width: 30, lineHeight: 1.9, fontFamily: 'serif' });
    await view.close();

    view = await panelTab();
    expect(await readingStyles(view)).toEqual(changed);
    await view.close();

    // The real side panel starts with the same settings.
    const launcher = await chrome.context.newPage();
    await launcher.goto(`chrome-extension://${chrome.extensionId}/sidepanel.html?tab=0`);
    await launcher.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
      await api.sidePanel.open({ windowId: (await api.windows.getCurrent()).id! });
    });
    const panel = await chrome.sidePanel();
    await settled(panel);
    expect(await readingStyles(panel)).toMatchObject({ background: 'rgb(25, 27, 29)', theme: 'dark', rootFontSize: '20px' });
    await panel.screenshot({ path: artifactPath('controls-side-panel-dark.png') });

    // Back to the defaults for the next tests, from the menu's reset and the system theme.
    view = await panelTab();
    await view.locator('.reading-menu > summary').click();
    await view.getByRole('button', { name: t('resetTypography') }).click();
    expect(await readingStyles(view)).toMatchObject({ fontSize: '17px', lineHeight: 1.8, theme: 'system', maxWidth: `${17 * 36 + 40}px` });
    await expect.poll(() => storedTypography(), { timeout: 10_000 }).toMatchObject({ fontSize: 17, width: 36 });
    await view.close();
    await launcher.close();
  });

  test('every control is reachable by keyboard, has an accessible name and a visible focus ring', async () => {
    const view = await panelTab();
    const controls = await view.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('header.toolbar :is(button, summary, select, input)'))
        .filter((el) => el.offsetParent !== null)
        .map((el) => {
          const labelled = el.getAttribute('aria-labelledby');
          const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
          const name = el.getAttribute('aria-label') || (labelled && document.getElementById(labelled)?.textContent) || label || el.textContent || '';
          return { tag: el.tagName, name: name.trim() };
        }),
    );
    expect(controls.length).toBeGreaterThanOrEqual(9);
    expect(controls.filter((c) => !c.name)).toEqual([]);

    // Tab from the first toolbar control reaches the others in order, each showing a focus ring.
    await view.locator('.reading-menu > summary').focus();
    const reached: string[] = [t('readingSettings')];
    for (let i = 0; i < 9; i++) {
      await view.keyboard.press('Tab');
      const focus = await view.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { name: el.getAttribute('aria-label') || el.textContent?.trim() || el.tagName, ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2, script: el.dataset.qingduScript ?? null };
      });
      expect(focus.ring, focus.name).toBe(true);
      reached.push(focus.script ?? focus.name);
    }
    expect(reached).toEqual(expect.arrayContaining([t('readingSettings'), t('readAloud'), t('exportMenu'), 'original', 'hans', 'tw', 'hk']));

    // Arrow keys move between the scripts; Enter picks one.
    await view.locator('[data-qingdu-script="original"]').focus();
    await view.keyboard.press('ArrowRight');
    await view.keyboard.press('ArrowRight');
    await view.keyboard.press('Enter');
    await view.waitForFunction(() => document.documentElement.dataset.qingduScriptApplied === 'tw');
    await view.locator('[data-qingdu-script="tw"]').focus();
    await view.screenshot({ path: artifactPath('controls-keyboard-focus.png') });
    await pickScript(view, scriptForUiLanguage(ui));
    await view.close();
  });

  test('read aloud reads the article with a voice for the script, or says plainly that the system has none', async () => {
    const view = await panelTab();
    const voices = await view.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const now = speechSynthesis.getVoices().length;
          if (now) return resolve(now);
          speechSynthesis.addEventListener('voiceschanged', () => resolve(speechSynthesis.getVoices().length), { once: true });
          setTimeout(() => resolve(speechSynthesis.getVoices().filter((v) => v.lang.startsWith('zh')).length), 2000);
        }),
    );
    await view.locator('.read-aloud-button').click();
    const status = view.locator('.read-aloud-status');
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).not.toBe('');
    if (voices === 0) {
      // Headless Chromium on Linux without speech-dispatcher: no voice at all, and the bar says so.
      const [before, after] = t('readAloudNoVoice', '\u0000').split('\u0000');
      const message = await status.innerText();
      expect(message.startsWith(before!) && message.endsWith(after!), message).toBe(true);
      await expect(status.getAttribute('class')).resolves.toContain('alert');
    } else {
      await view.locator('.reader .speaking').waitFor();
    }
    await view.screenshot({ path: artifactPath('controls-read-aloud.png') });
    await view.locator('.read-aloud-bar').getByRole('button', { name: t('readAloudStop') }).click();
    await expect(view.locator('.read-aloud-bar').isHidden()).resolves.toBe(true);
    await expect(view.locator('.reader .speaking').count()).resolves.toBe(0);
    await view.close();
  });

  test('the options page is reachable from the panel, and the open panel follows what is changed there', async () => {
    const view = await panelTab();
    await view.locator('.reading-menu > summary').click();
    const [options] = await Promise.all([chrome.context.waitForEvent('page'), view.getByRole('button', { name: t('moreSettings') }).click()]);
    await options.waitForURL(/\/options\.html/);
    await options.locator('#script-choice').waitFor();
    await options.setViewportSize({ width: 900, height: 1100 });

    await options.locator('#script-choice').selectOption('hk');
    await view.waitForFunction(() => document.documentElement.dataset.qingduScriptApplied === 'hk');
    await expect(view.locator('[data-qingdu-script="hk"]').getAttribute('aria-pressed')).resolves.toBe('true');

    for (const theme of ['light', 'sepia', 'dark']) {
      await options.locator(`[data-theme-option="${theme}"]`).click();
      await expect.poll(() => view.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      await options.screenshot({ path: artifactPath(`controls-options-${theme}.png`), fullPage: true });
    }
    const size = options.locator('input[name="font-size"]');
    await size.focus();
    await options.keyboard.press('ArrowRight');
    await expect.poll(async () => (await readingStyles(view)).fontSize, { timeout: 10_000 }).toBe('18px');

    await options.getByRole('button', { name: t('optionsResetAll') }).click();
    await expect.poll(async () => (await readingStyles(view)).fontSize, { timeout: 10_000 }).toBe('17px');
    await expect.poll(() => view.evaluate(() => document.documentElement.dataset.theme)).toBe('system');
    await view.waitForFunction((s) => document.documentElement.dataset.qingduScriptApplied === s, scriptForUiLanguage(ui));
    await options.close();
    await view.close();
  });
});

describe('Auto-detect (Chromium)', () => {
  let chrome: ChromiumSession;
  let server: FixtureServer;
  let t: Strings;

  beforeAll(async () => {
    const dir = await ensureBuilt('chrome');
    server = await startFixtureServer();
    // Host access granted in the profile, as if the reader had accepted the browser's
    // prompt before: the options page's request then resolves without one.
    chrome = await launchChromium(dir, { locale: 'zh-CN', grantedOrigins: ALL_SITES });
  }, 180_000);

  afterAll(async () => {
    await chrome?.close();
    await server?.close();
  });

  const badge = (tabId: number) => chrome.worker.evaluate((id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }), tabId);
  const registered = () => chrome.worker.evaluate(async () => (await (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> } } }).chrome.scripting.getRegisteredContentScripts()));
  /** The probe's reports, recorded by a listener the test adds in the service worker. */
  const reports = () => chrome.worker.evaluate(() => (globalThis as unknown as { reports: { tabId?: number; isArticle: boolean }[] }).reports);

  async function tabOf(page: Page): Promise<number> {
    const url = page.url();
    return chrome.worker.evaluate(async (u) => {
      const tabs = await (globalThis as unknown as { chrome: ExtensionApi }).chrome.tabs.query({});
      return tabs.find((tab) => tab.url === u)!.id!;
    }, url);
  }

  test('the badge appears on an article and not on a list page once the reader turns it on, and goes when turned off', async () => {
    const options = await chrome.context.newPage();
    await options.goto(`chrome-extension://${chrome.extensionId}/options.html`);
    await options.locator('#auto-detect').waitFor();
    t = stringsFor(await options.evaluate(() => document.documentElement.lang));
    expect(await options.locator('#auto-detect').isChecked()).toBe(false);
    expect(await registered()).toEqual([]);
    await chrome.worker.evaluate(() => {
      const g = globalThis as unknown as { reports: unknown[]; chrome: { runtime: { onMessage: { addListener(l: (m: { type?: string; data?: { isArticle: boolean } }, s: { tab?: { id?: number } }) => void): void } } } };
      g.reports = [];
      g.chrome.runtime.onMessage.addListener((message, sender) => {
        if (message.type === 'pageChecked') g.reports.push({ tabId: sender.tab?.id, isArticle: message.data!.isArticle });
      });
    });

    // A real click: the permission request runs inside the user's gesture.
    await options.locator('#auto-detect').click();
    await expect.poll(async () => (await registered()).map((s) => s.id), { timeout: 10_000 }).toEqual(['qingdu-detector']);
    expect(await options.locator('#auto-detect').isChecked()).toBe(true);
    await options.screenshot({ path: artifactPath('controls-options-auto-detect.png'), fullPage: true });

    const list = await chrome.context.newPage();
    await list.goto(server.urlFor(LIST, 'detect'));
    const listTab = await tabOf(list);
    const article = await chrome.context.newPage();
    await article.goto(server.urlFor(SEED, 'detect'));
    const articleTab = await tabOf(article);

    await expect.poll(() => badge(articleTab), { timeout: 15_000 }).toBe(t('badgeArticle'));
    await expect.poll(async () => (await reports()).find((r) => r.tabId === listTab), { timeout: 15_000 }).toEqual({ tabId: listTab, isArticle: false });
    expect(await badge(listTab)).toBe('');

    // Off: the probe is unregistered, the access handed back, the badge cleared.
    await options.bringToFront();
    await options.locator('#auto-detect').click();
    await expect.poll(async () => (await registered()).length, { timeout: 10_000 }).toBe(0);
    await expect.poll(() => badge(articleTab), { timeout: 10_000 }).toBe('');
    const origins = await chrome.worker.evaluate(async () => (await (globalThis as unknown as { chrome: { permissions: { getAll(): Promise<{ origins?: string[] }> } } }).chrome.permissions.getAll()).origins);
    expect(origins).toEqual([]);
    for (const page of [options, list, article]) await page.close();
  });
});
