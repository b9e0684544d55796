import fs from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const ADDON_ID = 'qingdu@qingdu.example';
/** Fixed so the tests know the extension's moz-extension:// origin in advance. */
const UUID = '5f1c2a7e-9b3d-4c8e-a6f0-2d4b8e1c7a95';

export function findFirefox(): string | null {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];
  return candidates.find((p): p is string => !!p && fs.existsSync(p)) ?? null;
}

export interface FirefoxSession {
  browser: Browser;
  origin: string;
  /** Click Qingdu's toolbar button on the tab showing `url` (grants activeTab, opens the sidebar). */
  clickToolbarButton(url: string): Promise<void>;
  /** A PNG of the whole first browser window, sidebar included (the chrome-scope view). */
  windowScreenshot(file: string): Promise<void>;
  /**
   * An extension page in a second window, to look at the sidebar of the first window
   * (through `extension.getViews`) without changing its active tab.
   */
  probe(): Promise<Page>;
  /** Evaluate `expression` (awaited) in the first browser window's privileged chrome scope. */
  chromeEval(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

/** BiDi `script.evaluate` result for a string. */
interface EvaluateResult {
  result: { type: 'success'; result: { value?: unknown } } | { type: 'exception'; exceptionDetails: { text: string } };
}

interface RawConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/**
 * Firefox ESR over WebDriver BiDi with the built extension installed. The toolbar click is
 * Firefox's own `browserActionFor(extension).triggerAction(window)`, evaluated in the
 * browser's chrome scope (allowed by `--remote-allow-system-access`): it grants activeTab
 * and handles the click as user input, as a real click does.
 */
export async function launchFirefox(extensionDir: string, options: { prefs?: Record<string, unknown> } = {}): Promise<FirefoxSession> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found: apt-get install firefox-esr (or set FIREFOX_PATH)');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    headless: true,
    executablePath,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      // Tests stay on 127.0.0.1: everything else goes to a closed local port through a
      // proxy (which also keeps DNS queries for other hosts off the network).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.socks_remote_dns': true,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      ...options.prefs,
    },
  });
  await browser.installExtension(extensionDir);
  const connection = (browser as unknown as { connection: RawConnection }).connection;

  async function firstWindowContext(): Promise<string> {
    const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string; url: string }[] };
    const top = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!top) throw new Error('no browser window in chrome scope');
    return top.context;
  }

  async function chromeEval(expression: string): Promise<unknown> {
    const context = await firstWindowContext();
    const reply = (await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true })) as EvaluateResult;
    if (reply.result.type === 'exception') throw new Error(reply.result.exceptionDetails.text);
    return reply.result.result.value;
  }

  let probePage: Page | null = null;
  return {
    browser,
    origin: `moz-extension://${UUID}`,
    async clickToolbarButton(pageUrl) {
      const url = JSON.stringify(pageUrl);
      const outcome = await chromeEval(`(async () => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(ADDON_ID)});
        for (const win of Services.wm.getEnumerator('navigator:browser')) {
          const tab = win.gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${url});
          if (!tab) continue;
          // sidebarAction.open() acts on the focused window, as after a real click.
          win.focus();
          win.gBrowser.selectedTab = tab;
          await ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(win);
          return 'clicked';
        }
        return 'no tab';
      })()`);
      if (outcome !== 'clicked') throw new Error(`toolbar click failed: ${String(outcome)} for ${pageUrl}`);
    },
    async windowScreenshot(file) {
      // BiDi cannot capture chrome-scope contexts; the window global's snapshot can.
      const data = await chromeEval(`(async () => {
        const win = Services.wm.getEnumerator('navigator:browser').getNext();
        const { innerWidth: w, innerHeight: h } = win;
        const bitmap = await win.browsingContext.currentWindowGlobal.drawSnapshot(new win.DOMRect(0, 0, w, h), 1, 'white');
        const canvas = win.document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
        canvas.width = w;
        canvas.height = h;
        canvas.getContext('2d').drawImage(bitmap, 0, 0);
        return canvas.toDataURL('image/png');
      })()`);
      fs.writeFileSync(file, Buffer.from(String(data).replace(/^data:image\/png;base64,/, ''), 'base64'));
    },
    async probe() {
      if (!probePage) {
        probePage = await browser.newPage({ type: 'window' });
        await probePage.goto(`moz-extension://${UUID}/sidepanel.html?tab=0`, { waitUntil: [] });
      }
      return probePage;
    },
    chromeEval,
    async close() {
      await browser.close();
    },
  };
}
