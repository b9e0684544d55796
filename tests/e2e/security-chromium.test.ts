import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, onTestFailed, test } from 'vitest';
import { artifactPath, ensureBuilt } from './support/build';
import { launchChromium, type ChromiumSession, type ExtensionApi } from './support/chromium';
import { judgeAll, type OpenedArticle, type RequestRecord } from './support/network-policy';
import { startPageServer, type PageServer } from './support/page-server';
import { QUIET_PAGE } from './support/quiet-page';
import { fold } from './support/reference';
import { firePayloads, judgeExpression, recordDialogs, witness, type Judgement, type Witness } from './support/xss-judge';
import { loadAttacks, violations } from '../security/helpers/xss';
import { READER_SCRIPTS, SETTINGS_DEFAULTS, THEMES } from '../../src/settings/defaults';
import { validateReadAloud, validateScript, validateTheme, validateTypography } from '../../src/settings/validate';
import { typographyVariables } from '../../src/reader/typography';
import { randomBytes } from '../helpers/random-bytes';

/**
 * Issue 7 in real Chromium (headless, the built extension, everything on 127.0.0.1), one
 * browser for the whole file, tests in order:
 *  - the attack corpus (tests/security/attacks/): each raw page first, where the payloads
 *    must be seen to fire (positive control); then the real side panel reads each page,
 *    clean and "show original" (and a few converted to 繁體): no flag, no dialog, nothing
 *    that runs or loads in the rendered DOM, and nothing fires again in the page itself;
 *  - privacy: every request the extension's pages and service worker made during the run
 *    (support/network-policy.ts), and what reading a page with trackers asks for;
 *  - bad input: a 1 MB page in full; an empty document, a frameset, binary garbage and
 *    20,000-deep nesting; a 10 MB page against the 3 s budget, with a heartbeat in the tab;
 *  - settings: corrupt stored values are repaired and never break the panel or options.
 */

const attacks = loadAttacks();
/** Attack pages also judged converted to 繁體. */
const CONVERTED = new Set(['metadata-and-captions.html', 'interview-speakers.html', 'literal-markup-text.html']);
const SETTLED = 'main.content:not([aria-busy]) > :is(.reader, .state:not(.state-loading))';
const FRESH = 'main.content:not([aria-busy]) > :is(.reader, .state:not(.state-loading)):not([data-test-stale])';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---- Bad input ----------------------------------------------------------------------
const SENTENCE = '城市公园改造工程今年春天正式启动，市民可以在家门口享受更多绿地，周末带孩子来玩的家庭明显增多。';
const HEAD = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>城市公园改造工程启动</title></head><body><div class="article"><h1>城市公园改造工程启动</h1><p class="info">2024-05-12 来源：城市晚报</p>';
const TAIL = '</div></body></html>';
const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p>第${i + 1}段：${SENTENCE}</p>`).join('\n');

/** `mb` MB of article: paragraphs of four sentences, as the CLI's bad-input test. */
function bigPage(mb: number): { html: string; paragraphs: number } {
  const parts: string[] = [];
  let bytes = Buffer.byteLength(HEAD + TAIL);
  let n = 0;
  while (bytes < mb * 1024 * 1024) {
    const p = `<p>第${++n}段：${SENTENCE.repeat(4)}</p>\n`;
    parts.push(p);
    bytes += Buffer.byteLength(p);
  }
  return { html: HEAD + parts.join('') + TAIL, paragraphs: n };
}


const BIG = bigPage(10);
const ONE_MB = bigPage(1);
const BAD_PAGES: Record<string, { body: string | Buffer; type?: string }> = {
  '/bad/big.html': { body: BIG.html },
  '/bad/1mb.html': { body: ONE_MB.html },
  '/bad/empty.html': { body: '' },
  '/bad/frameset.html': { body: '<!DOCTYPE html><html><head><title>框架页</title></head><frameset cols="20%,80%"><frame src="/bad/menu.html"><frame src="/bad/main.html"></frameset></html>' },
  '/bad/menu.html': { body: '<ul><li><a href="/">首页</a></li></ul>' },
  '/bad/main.html': { body: HEAD + paragraphs(6) + TAIL },
  '/bad/garbage.html': { body: Buffer.from(randomBytes(200_000, 7)), type: 'text/html' },
  '/bad/deep.html': { body: HEAD + '<div>'.repeat(20_000) + paragraphs(6) + '</div>'.repeat(20_000) + TAIL },
};

interface Beat {
  /** Longest gap between two ticks of a 16 ms interval in the page, ms. */
  maxGap: number;
  ticks: number;
}

interface View extends Judgement {
  name: string;
  jsdom: string[];
}

describe('Security in Chromium', () => {
  let server: PageServer;
  let chrome: ChromiumSession;
  let extensionOrigin: string;
  let panel: Page;
  const network: RequestRecord[] = [];
  const opened: OpenedArticle[] = [];
  const dialogsSeen: string[] = [];

  /** Who in the extension made `request`, or null for the web pages' own requests. */
  function requester(request: Request): string | null {
    const worker = request.serviceWorker();
    if (worker) return worker.url().startsWith(extensionOrigin) ? 'service worker' : null;
    let frameUrl = '';
    try {
      frameUrl = request.frame().url();
    } catch {
      return `unattributed (${request.url().slice(0, 60)})`;
    }
    if (frameUrl.startsWith(extensionOrigin)) return new URL(frameUrl).pathname.replace(/^\/|\.html$/g, '');
    // The navigation that opens an extension page starts from about:blank.
    if (request.isNavigationRequest() && request.url().startsWith(extensionOrigin)) return 'navigation';
    return null;
  }

  function recordFrom(source: { on(event: 'request', listener: (r: Request) => void): unknown }, fixed?: string) {
    source.on('request', (request: Request) => {
      const from = fixed ?? requester(request);
      if (from) network.push({ url: request.url(), from, type: request.resourceType(), referer: request.headers()['referer'] ?? '' });
    });
  }

  /** Every judge on the reader now shown in `view`, in one round trip. */
  async function judge(view: Page, name: string): Promise<View> {
    const j = (await view.evaluate(judgeExpression('main.content'))) as Judgement;
    if (j.link) opened.push({ pageUrl: j.link, images: j.images });
    return { ...j, name, jsdom: violations(j.body) };
  }

  function expectNothingRan(v: View): void {
    expect(v.witness, `${v.name}: a payload ran`).toEqual({ flag: false, dialogs: [] });
    expect(v.dom, `${v.name}: the rendered DOM`).toEqual([]);
    expect(v.jsdom, `${v.name}: the article body (jsdom's judge)`).toEqual([]);
  }

  /**
   * Open `url` in a new foreground tab, start a heartbeat in it, click the toolbar button
   * and wait for the side panel to draw something new. Returns the page and what it took.
   */
  async function readInPanel(url: string, options: { timeout?: number; before?: (page: Page) => Promise<void> } = {}): Promise<{ page: Page; ms: number; beat: Beat; panelMs: number | null }> {
    const page = await chrome.context.newPage();
    page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
    await page.goto(url);
    await page.bringToFront();
    await options.before?.(page);
    await page.evaluate(() => {
      const w = window as unknown as { __beat?: { maxGap: number; ticks: number; last: number } };
      const beat = { maxGap: 0, ticks: 0, last: performance.now() };
      w.__beat = beat;
      setInterval(() => {
        const now = performance.now();
        beat.maxGap = Math.max(beat.maxGap, now - beat.last);
        beat.last = now;
        beat.ticks++;
      }, 16);
    });
    await sleep(50);
    // What the panel shows now is the previous page's: wait for a view drawn after the click.
    await panel.evaluate(() => {
      document.querySelector('main.content > *')?.setAttribute('data-test-stale', '');
      performance.clearMarks();
    });
    const start = Date.now();
    await chrome.clickToolbarButton(page);
    await panel.locator(FRESH).waitFor({ timeout: options.timeout ?? 30_000 });
    const ms = Date.now() - start;
    const beat = await page.evaluate(() => {
      const b = (window as unknown as { __beat: Beat }).__beat;
      return { maxGap: Math.round(b.maxGap), ticks: b.ticks };
    });
    // The panel's own marks: extraction request → article laid out (src/reader/panel-app.ts).
    const panelMs = await panel.evaluate(() => {
      const [a] = performance.getEntriesByName('qingdu:extract-request');
      const [b] = performance.getEntriesByName('qingdu:article-rendered');
      return a && b ? Math.round(b.startTime - a.startTime) : null;
    });
    return { page, ms, beat, panelMs };
  }

  async function showAnywayIfAsked(): Promise<void> {
    if (await panel.locator('.state-not-article').count()) {
      await panel.locator('.state-not-article button').click();
      await panel.locator('main.content:not([aria-busy]) > .reader').waitFor();
    }
  }

  async function chooseScript(script: string): Promise<void> {
    await panel.locator(`[data-qingdu-script="${script}"]`).click();
    await panel.waitForFunction((s) => document.documentElement.dataset.qingduScriptApplied === s, script, { polling: 50 });
  }

  beforeAll(async () => {
    const dir = await ensureBuilt('chrome');
    server = await startPageServer({ '/privacy/quiet.html': QUIET_PAGE, '/track/style.css': { body: 'p{}', type: 'text/css' }, '/track/frame.html': '<p>frame</p>', ...BAD_PAGES });
    for (const a of attacks) server.set(`/attacks/${a.file}`, { body: a.html });
    chrome = await launchChromium(dir);
    extensionOrigin = `chrome-extension://${chrome.extensionId}`;
    // Before any page's own code, in web pages and extension pages alike.
    await chrome.context.addInitScript(recordDialogs);
    recordFrom(chrome.context);
    // The real side panel, opened from an extension page (a user gesture for sidePanel.open).
    const launcher = await chrome.context.newPage();
    await launcher.goto(`${extensionOrigin}/sidepanel.html?tab=0`);
    await launcher.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
      await api.sidePanel.open({ windowId: (await api.windows.getCurrent()).id! });
    });
    panel = await chrome.sidePanel();
    recordFrom(panel, 'side panel');
    panel.on('dialog', (d) => {
      dialogsSeen.push(`side panel ${d.type()}: ${d.message()}`);
      void d.dismiss().catch(() => undefined);
    });
    await panel.evaluate(recordDialogs);
    await launcher.close();
  }, 180_000);

  afterAll(async () => {
    await chrome?.close();
    await server?.close();
  });

  test('positive controls: in a real browser the payloads fire on the raw pages, and the judges see it', async () => {
    const results: Record<string, { witness: Witness; dialogs: string[]; fetchedOffSite: number; clicked: number }> = {};
    // The recorder sees Referer headers (a web page's own requests carry one), so the
    // privacy check below that extension requests carry none means something.
    let pageReferers = 0;
    // All pages at once: their waits overlap.
    await Promise.all(attacks.map(async (a) => {
      const page = await chrome.context.newPage();
      const dialogs: string[] = [];
      let fetchedOffSite = 0;
      page.on('dialog', (d) => {
        dialogs.push(d.type());
        void d.dismiss().catch(() => undefined);
      });
      page.on('request', (r) => {
        if (!r.url().startsWith(server.origin) && /^https?:/.test(r.url())) fetchedOffSite++;
        if (r.headers()['referer']) pageReferers++;
      });
      await page.goto(server.url(`/attacks/${a.file}`));
      const { clicked } = await page.evaluate(firePayloads, 'body');
      await sleep(300);
      results[a.file] = { witness: await page.evaluate(witness), dialogs, fetchedOffSite, clicked };
      await page.close();
    }));
    expect(pageReferers).toBeGreaterThan(0);
    for (const a of attacks) {
      const r = results[a.file]!;
      const fired = r.witness.flag || r.witness.dialogs.length > 0 || r.dialogs.length > 0;
      if (a.file === 'literal-markup-text.html') {
        // Markup written as text (entities) must stay text even on the raw page: a negative control.
        expect(fired, a.file).toBe(false);
      } else if (a.file === 'fetching-styles.html') {
        // Its payloads are style sheets, fonts and backgrounds fetched from another site.
        expect(r.fetchedOffSite, a.file).toBeGreaterThan(5);
      } else {
        expect(fired, `${a.file}: ${JSON.stringify(r)}`).toBe(true);
      }
    }
  }, 120_000);

  test('the side panel reads every attack page, clean and original, and nothing runs in it or again in the page', async () => {
    const missing: string[] = [];
    const pageSide: Record<string, Witness> = {};
    for (const a of attacks) {
      const url = server.url(`/attacks/${a.file}?panel`);
      // The page's own payloads run when it loads (they are its code): let them, then reset
      // its witnesses. Reading the page must not make anything fire there again.
      const { page } = await readInPanel(url, {
        before: async (p) => {
          await p.evaluate(firePayloads, 'body');
          await sleep(200);
          await p.evaluate(() => {
            const w = window as unknown as { __qingduPwned?: unknown; __qingduDialogs?: string[] };
            w.__qingduPwned = undefined;
            if (w.__qingduDialogs) w.__qingduDialogs.length = 0;
          });
        },
      });
      onTestFailed(() => panel.screenshot({ path: artifactPath(`security-chromium-${a.file}.png`), fullPage: true }).then(() => undefined));
      await showAnywayIfAsked();
      const clean = await judge(panel, `${a.file}, clean`);
      expect(clean.link, a.file).toBe(page.url());
      expectNothingRan(clean);
      // The payloads went through extraction: the sentences around them are shown.
      missing.push(...a.mustContain.filter((s) => !fold(clean.text).includes(fold(s))).map((s) => `${a.file}: ${s}`));

      await panel.locator('button.toggle').click();
      await panel.locator('main.content:not([aria-busy]) > .reader-original').waitFor();
      expectNothingRan(await judge(panel, `${a.file}, original`));
      if (CONVERTED.has(a.file)) {
        // Conversion writes text node data only (src/reader/scripted-text.ts); the pages with
        // markup in titles, captions, speaker names and prose are the ones to check.
        await chooseScript('tw');
        expectNothingRan(await judge(panel, `${a.file}, original, 繁體（台灣）`));
        await chooseScript('original');
      }
      await sleep(100);
      pageSide[a.file] = await page.evaluate(witness);
      await page.close();
    }
    expect(missing).toEqual([]);
    expect(pageSide).toEqual(Object.fromEntries(attacks.map((a) => [a.file, { flag: false, dialogs: [] }])));
    await panel.screenshot({ path: artifactPath('security-chromium-side-panel.png') });
    expect(dialogsSeen).toEqual([]);
  }, 180_000);

  test('reading a page with trackers: the page asks for nothing new, the reader loads only the article images', async () => {
    const fromPage: string[] = [];
    let before = 0;
    const { page } = await readInPanel(server.url('/privacy/quiet.html'), {
      before: async (p) => {
        // The page has loaded what it loads (its style sheet, frame, images …).
        await p.waitForLoadState('networkidle');
        p.on('request', (r) => fromPage.push(r.url()));
        before = server.requested.length;
      },
    });
    await panel.locator('.reader .article-body').waitFor();
    await panel.evaluate(() => window.scrollTo(0, document.body.scrollHeight)); // lazy images load
    const article = await judge(panel, 'quiet page');
    expectNothingRan(article);
    await sleep(500);
    // The page's own frame made no request while the extension read it.
    expect(fromPage).toEqual([]);
    // What reached the server: the page, then only images the reader shows.
    const rendered = article.images.map((src) => new URL(src).pathname);
    expect(rendered).toContain('/img/lead.jpg');
    const after = server.requested.slice(before);
    expect(after.filter((p) => !rendered.includes(p))).toEqual([]);
    expect(after.filter((p) => p.startsWith('/track/'))).toEqual([]);
    await page.close();
  }, 60_000);

  test('the options page loads nothing from the network', async () => {
    const options = await chrome.context.newPage();
    await options.goto(`${extensionOrigin}/options.html`);
    await options.locator('#script-choice').waitFor();
    await options.close();
  });

  test('privacy: the extension requested nothing but its own files and the images of the articles opened, without a Referer', () => {
    const verdicts = judgeAll(network, extensionOrigin, opened);
    // The recorder worked: the panel's own scripts and the article images were seen.
    expect(verdicts.internal.some((r) => r.includes('/chunks/'))).toBe(true);
    expect(verdicts['article image'].length).toBeGreaterThan(0);
    expect(verdicts['not allowed']).toEqual([]);
    // Nothing tells a web server that the request came from Qingdu, or from which page.
    expect(network.filter((r) => /^https?:/.test(r.url) && r.referer).map((r) => `${r.from} → ${r.url} (Referer: ${r.referer})`)).toEqual([]);
  });

  test('privacy: article images from other hosts are the article’s own (the page showed them already)', () => {
    // Issue 7 lets the panel load "the images of the article the user opened". News photos
    // usually sit on the site's image host (here img.example-*.cn, which never resolves:
    // the browser maps every host but 127.0.0.1 to nothing); they are requested only when
    // the article the reader opened shows them, and without a Referer (above).
    const other = judgeAll(network, extensionOrigin, opened)['article image from another origin'];
    expect(other.length).toBeGreaterThan(0);
    for (const r of other) expect(r).toMatch(/^(?:side panel|sidepanel) → image https:\/\/img\.example-[a-z]+\.cn\//);
  });

  describe('bad input', () => {
    test('a 1 MB page: the whole article, and what the tab and the panel took', async () => {
      const { page, ms, beat, panelMs } = await readInPanel(server.url('/bad/1mb.html'), { timeout: 60_000 });
      console.log(`[issue 7] 1 MB page in Chromium: toolbar click → panel drawn ${ms} ms (panel marks: ${panelMs} ms); page heartbeat: longest gap ${beat.maxGap} ms`);
      await expect(panel.locator(FRESH).getAttribute('class')).resolves.toMatch(/\breader\b/);
      await expect(panel.locator('.article-body p').count()).resolves.toBeGreaterThanOrEqual(ONE_MB.paragraphs);
      await expect(panel.locator('.article-body p').last().innerText()).resolves.toContain(`第${ONE_MB.paragraphs}段`);
      // Under the bounded-read threshold: read in full, without a notice.
      await expect(panel.locator('.truncated-notice').count()).resolves.toBe(0);
      // The page answers again once the read is over.
      await expect(page.evaluate(() => document.title)).resolves.toBe('城市公园改造工程启动');
      await page.close();
    }, 90_000);

    test.each([
      ['an empty document', '/bad/empty.html', /state-not-article/],
      ['a frameset', '/bad/frameset.html', /state-not-article/],
      ['binary garbage served as HTML', '/bad/garbage.html', /state-unreadable/],
    ])('%s: a clear message in the panel, quickly', async (_name, path, expected) => {
      const { page, ms, beat } = await readInPanel(server.url(path));
      const shown = panel.locator(FRESH);
      expect(await shown.getAttribute('class')).toMatch(expected);
      expect((await shown.locator('.state-title').innerText()).trim().length).toBeGreaterThan(0);
      expect((await shown.locator('.state-text').first().innerText()).trim().length).toBeGreaterThan(10);
      expect(ms).toBeLessThan(3_000);
      expect(beat.maxGap).toBeLessThan(1_000);
      await page.close();
    }, 60_000);

    test('20,000-deep nesting: the article, with the text at the bottom, without a hang', async () => {
      const { page, ms, beat } = await readInPanel(server.url('/bad/deep.html'));
      console.log(`[issue 7] 20,000-deep page in Chromium: toolbar click → panel drawn ${ms} ms; page heartbeat: longest gap ${beat.maxGap} ms`);
      await showAnywayIfAsked();
      await expect(panel.locator('.reader .article-body').innerText()).resolves.toContain(`第6段：${SENTENCE}`);
      // About 2 s on a busy 2-core machine (Chromium's parser stops nesting at 512 and
      // the rest become siblings: some 20,000 elements). A hang or a regression, not a
      // busy machine, fails this; the tab's heartbeat gap is the same single task.
      expect(ms).toBeLessThan(5_000);
      await page.close();
    }, 60_000);
  });

  describe('settings: old and corrupt stored values are repaired and never break the panel', () => {
    type Stored = { sync: Record<string, unknown>; local: Record<string, unknown> };
    const storage = {
      reset: () =>
        chrome.worker.evaluate(async () => {
          const c = (globalThis as unknown as { chrome: { storage: Record<'sync' | 'local', { clear(): Promise<void> }> } }).chrome;
          await c.storage.sync.clear();
          await c.storage.local.clear();
        }),
      write: (values: Stored) =>
        chrome.worker.evaluate(async (v) => {
          const c = (globalThis as unknown as { chrome: { storage: Record<'sync' | 'local', { set(items: object): Promise<void> }> } }).chrome;
          await c.storage.sync.set(v.sync);
          await c.storage.local.set(v.local);
        }, values),
      read: () =>
        chrome.worker.evaluate(async () => {
          const c = (globalThis as unknown as { chrome: { storage: Record<'sync' | 'local', { get(keys: null): Promise<Record<string, unknown>> }> } }).chrome;
          return { sync: await c.storage.sync.get(null), local: await c.storage.local.get(null) };
        }),
    };

    /** The values the panel and the options page must show for what is stored. */
    function repaired(stored: Stored) {
      return {
        script: validateScript(stored.sync.script),
        typography: validateTypography(stored.sync.typography),
        theme: validateTheme(stored.sync.theme),
        readAloud: validateReadAloud(stored.sync.readAloud),
      };
    }

    let round = 0;
    async function expectPanelAndOptions(stored: Stored): Promise<void> {
      const want = repaired(stored);
      const page = await chrome.context.newPage();
      await page.goto(server.url(`/privacy/quiet.html?settings=${++round}`));
      // A panel page started now reads what is stored (the side panel has it in memory already).
      const view = await chrome.openPanelTab(await chrome.clickToolbarButton(page));
      await view.locator(SETTLED).first().waitFor({ timeout: 30_000 });
      const title = want.script.choice === 'tw' || want.script.choice === 'hk' ? '城區新建三座口袋公園' : '城区新建三座口袋公园';
      await expect(view.locator('.reader .article-title').innerText()).resolves.toBe(title);
      const shown = await view.evaluate(() => {
        const root = document.documentElement;
        return {
          vars: Object.fromEntries(['--reader-font-size', '--reader-line-height', '--reader-max-width'].map((n) => [n, root.style.getPropertyValue(n)])),
          font: root.dataset.font,
          theme: root.dataset.theme,
          script: document.querySelector('.script-choice [aria-pressed="true"]')?.getAttribute('data-qingdu-script'),
        };
      });
      expect(shown.vars).toEqual(typographyVariables(want.typography));
      expect(shown.font).toBe(want.typography.fontFamily);
      expect(THEMES).toContain(shown.theme);
      expect(shown.theme).toBe(want.theme.theme);
      expect(READER_SCRIPTS).toContain(shown.script);
      if (want.script.choice !== 'follow-ui') expect(shown.script).toBe(want.script.choice);
      await view.close();
      await page.close();

      const options = await chrome.context.newPage();
      await options.goto(`${extensionOrigin}/options.html`);
      await options.locator('#script-choice').waitFor();
      await expect(options.locator('#script-choice').inputValue()).resolves.toBe(want.script.choice);
      await expect(options.locator('input[name="font-size"]').inputValue()).resolves.toBe(String(want.typography.fontSize));
      await expect(options.locator('input[name="line-height"]').inputValue()).resolves.toBe(String(want.typography.lineHeight));
      await expect(options.locator('#read-aloud-rate').inputValue()).resolves.toBe(String(want.readAloud.rate));
      await expect(options.locator('#auto-detect').isChecked()).resolves.toBe(false);
      // A change made now stores a whole, valid value.
      await options.locator('input[name="font-size"]').focus();
      await options.keyboard.press('ArrowRight');
      await expect
        .poll(async () => ((await storage.read()).sync.typography as { fontSize?: unknown } | undefined)?.fontSize, { timeout: 10_000 })
        .toBe(Math.min(32, want.typography.fontSize + 1));
      const typography = (await storage.read()).sync.typography;
      expect(validateTypography(typography)).toEqual(typography);
      await options.close();
    }

    test('garbage in every key and in the version records: the panel renders with repaired values', async () => {
      await storage.reset();
      const stored: Stored = {
        sync: {
          script: { choice: 42, extra: '<img src=x onerror=alert(1)>' },
          typography: { fontSize: 'huge', lineHeight: -3, width: 1e308, fontFamily: { evil: true } },
          theme: ['dark'],
          readAloud: 'x'.repeat(7000),
          // @wxt-dev/storage's version records: a string, a non-number, a newer version, and
          // a negative one (WXT would build an array of a hundred million migration steps).
          script$: 'not a record',
          typography$: { v: 'abc' },
          theme$: { v: 99 },
          readAloud$: { v: -1e8 },
        },
        local: { autoDetect: { enabled: 'yes' }, autoDetect$: { v: Number.MAX_SAFE_INTEGER } },
      };
      await storage.write(stored);
      expect(repaired(stored)).toEqual({ script: SETTINGS_DEFAULTS.script, typography: { fontSize: 17, lineHeight: 1.4, width: 60, fontFamily: 'sans' }, theme: SETTINGS_DEFAULTS.theme, readAloud: SETTINGS_DEFAULTS.readAloud });
      await expectPanelAndOptions(stored);
    }, 90_000);
  });

  /*
   * Issue 7's budget for the largest input: a 10 MB page read, or stopped with a message,
   * within 3 s in Chromium, the tab responsive meanwhile. The content script reads a page
   * this large up to a text budget (src/extension/bounded-read.ts) and gives the page's
   * main thread back between the pipeline's stages (runPipelineAsync): the panel shows the
   * page's beginning in order under a notice with a button for the full read. Last in the
   * file: a read still running when the wait gives up is ended with the browser.
   */
  test('a 10 MB page: the whole article (or a clear stop) within 3 s, the tab’s heartbeat never stopping for more than 250 ms', async () => {
    let result: Awaited<ReturnType<typeof readInPanel>> | null = null;
    const started = Date.now();
    try {
      result = await readInPanel(server.url('/bad/big.html'), { timeout: 10_000 });
    } finally {
      console.log(
        result
          ? `[issue 7] 10 MB page in Chromium: toolbar click → panel drawn ${result.ms} ms (panel marks: ${result.panelMs} ms); page heartbeat: longest gap ${result.beat.maxGap} ms`
          : `[issue 7] 10 MB page in Chromium: nothing drawn ${Date.now() - started} ms after loading it and clicking (gave up waiting)`,
      );
    }
    const state = (await panel.locator(FRESH).getAttribute('class')) ?? '';
    expect(state).toMatch(/\breader\b/);
    const paragraphs = panel.locator('.article-body p');
    await expect(paragraphs.filter({ hasText: /^第1段：/ }).count()).resolves.toBe(1);
    const notice = panel.locator('.reader > .truncated-notice');
    if (await notice.count()) {
      // A clear stop: the page's beginning, in order, under a notice offering the rest.
      const last = await paragraphs.last().innerText();
      const n = Number(/第(\d+)段/.exec(last)?.[1]);
      expect(n).toBeGreaterThan(100);
      expect(n).toBeLessThan(BIG.paragraphs);
      await expect(paragraphs.count()).resolves.toBeGreaterThanOrEqual(n);
      await expect(notice.locator('p').innerText()).resolves.toMatch(/\S/);
      await expect(notice.locator('button').count()).resolves.toBe(1);
    } else {
      await expect(paragraphs.last().innerText()).resolves.toContain(`第${BIG.paragraphs}段`);
    }
    expect(result.ms).toBeLessThanOrEqual(3_000);
    expect(result.beat.maxGap).toBeLessThanOrEqual(250);
  }, 60_000);
});
