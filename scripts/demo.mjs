#!/usr/bin/env node
// npm run demo: build the extension, load it into headless Chromium, serve the bundled seed
// page on 127.0.0.1, click Qingdu's toolbar button, and write what the reader shows to
// demo-output/: a screenshot of the side panel (and of the page it cleaned) and the
// article exported as Markdown from the panel's export menu. No network besides 127.0.0.1.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'demo-output');
const EXTENSION = path.join(ROOT, '.output', 'chrome-mv3');
const SEED = path.join(ROOT, 'tests', 'fixtures', 'seed-interview', 'page.html');
/** The seed page's own path, so its date-in-URL reads as on the real site. */
const SEED_PATH = '/news/mtbd/202403/t20240308_1234.html';

const CHROME_CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const step = (text) => console.log(`• ${text}`);

function findChrome() {
  const found = CHROME_CANDIDATES.find((p) => p && fs.existsSync(p));
  if (found) return found;
  console.error(
    [
      'No Chromium or Chrome found. Install one, or point CHROME_PATH at it:',
      '  Debian/Ubuntu:  sudo apt-get install chromium fonts-wqy-microhei   (chromium-l10n for a Chinese UI)',
      '  Fedora:         sudo dnf install chromium',
      '  macOS:          brew install --cask chromium   (or Google Chrome from google.com/chrome)',
      '  any system:     CHROME_PATH=/path/to/chrome npm run demo',
      'Note: Chrome 137+ release builds ignore --load-extension; Chromium, Chrome for Testing or a dev/canary build work.',
    ].join('\n'),
  );
  process.exit(1);
}

async function main() {
  const chromePath = findChrome();

  step('building the extension (wxt build)');
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    process.exit(1);
  }

  const page = fs.readFileSync(SEED);
  const server = http.createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://127.0.0.1').pathname === SEED_PATH) {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(page);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}${SEED_PATH}`;
  step(`serving the seed page at ${url}`);

  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'qingdu-demo-'));
  step(`starting headless ${path.basename(chromePath)} with the extension`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath,
    headless: true,
    viewport: { width: 1100, height: 860 },
    // Chinese UI where the browser has the translation (Debian: chromium-l10n), else English.
    env: { ...process.env, LANGUAGE: 'zh_CN' },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      // Only 127.0.0.1: other hosts fail at once, without a DNS query.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      '--enable-unsafe-extension-debugging',
      '--remote-debugging-port=0',
    ],
  });
  const viewers = [];
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const tab = context.pages()[0] ?? (await context.newPage());
    await tab.goto(url);

    // Click the toolbar button the way the browser does (activeTab + user gesture).
    const portFile = path.join(profile, 'DevToolsActivePort');
    while (!fs.existsSync(portFile) || !fs.readFileSync(portFile, 'utf8').includes('\n')) await sleep(50);
    const endpoint = `http://127.0.0.1:${fs.readFileSync(portFile, 'utf8').split('\n')[0]}`;
    const control = await chromium.connectOverCDP(endpoint);
    viewers.push(control);
    const cdp = await control.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const target = targetInfos.find((t) => t.url === url);
    step('clicking the Qingdu toolbar button');
    await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: target.targetId });

    let panel;
    for (let i = 0; i < 100 && !panel; i++) {
      const viewer = await chromium.connectOverCDP(endpoint);
      viewers.push(viewer);
      panel = viewer
        .contexts()
        .flatMap((c) => c.pages())
        .find((p) => p.url().startsWith(`chrome-extension://${extensionId}/sidepanel.html`));
      if (!panel) await sleep(100);
    }
    if (!panel) throw new Error('the side panel did not open');
    await panel.locator('main.content:not([aria-busy]) > .reader .article-title').waitFor({ timeout: 30_000 });
    await panel.evaluate(() => document.fonts.ready);

    fs.rmSync(OUT, { recursive: true, force: true });
    fs.mkdirSync(OUT, { recursive: true });
    await panel.screenshot({ path: path.join(OUT, 'panel.png') });
    await panel.screenshot({ path: path.join(OUT, 'panel-full.png'), fullPage: true });
    await tab.screenshot({ path: path.join(OUT, 'page.png') });

    // Export through the panel's own menu; the download lands in demo-output/.
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: OUT, eventsEnabled: true });
    const download = new Promise((resolve, reject) => {
      let begin;
      cdp.on('Browser.downloadWillBegin', (event) => (begin = event));
      cdp.on('Browser.downloadProgress', (event) => {
        if (event.state === 'completed' && begin?.guid === event.guid) resolve(begin);
        if (event.state === 'canceled') reject(new Error('the download was canceled'));
      });
    });
    await panel.locator('details.menu > summary').click();
    await panel.locator('[data-action="downloadMarkdown"]').click();
    const { guid, suggestedFilename } = await download;
    const markdownFile = path.join(OUT, 'article.md');
    fs.renameSync(path.join(OUT, guid), markdownFile);

    const title = await panel.locator('.article-title').innerText();
    const summary = await panel.locator('.removed-summary').innerText();
    const markdown = fs.readFileSync(markdownFile, 'utf8');
    const leftovers = [/\p{Script=Han}\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/u, /黄网站|在线观看|无码/, /当前位置|當前位置|浏览量|瀏覽量|扫一扫|掃一掃/].filter((re) => re.test(markdown));

    console.log('');
    console.log(`Article: ${title}`);
    console.log(summary.replace(/^\s*▸?\s*/, ''));
    console.log(`Markdown clean (no pinyin glosses, spam or page clutter): ${leftovers.length ? `NO, found ${leftovers.join(' ')}` : 'yes'}`);
    console.log('');
    console.log('Wrote:');
    console.log(`  demo-output/panel.png       the side panel as the reader sees it (${panel.viewportSize()?.width ?? 360} px wide)`);
    console.log('  demo-output/panel-full.png  the whole article in the panel');
    console.log('  demo-output/page.png        the page it was read from');
    console.log(`  demo-output/article.md      the Markdown export (the panel offers it as "${suggestedFilename}")`);
    if (leftovers.length) process.exitCode = 1;
  } finally {
    for (const v of viewers) await v.close().catch(() => undefined);
    await context.close();
    server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
