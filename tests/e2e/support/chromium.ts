import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

/** Chromium or Chrome: CHROME_PATH, then the usual install locations. */
export function findChromium(): string | null {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
  return candidates.find((p): p is string => !!p && fs.existsSync(p)) ?? null;
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Click Qingdu's toolbar button on the page's tab (grants activeTab); returns the tab id. */
  clickToolbarButton(page: Page): Promise<number>;
  /** The real side panel (not a tab), once it is open. */
  sidePanel(): Promise<Page>;
  /**
   * Run `action` and return the file it downloads. Done over CDP: Playwright's own download
   * tracking is reset by the extra DevTools connections the side panel needs.
   */
  captureDownload(action: () => Promise<void>): Promise<{ suggestedFilename: string; content: string }>;
  /** The panel page opened as a tab, pinned to `tabId`. */
  openPanelTab(tabId: number): Promise<Page>;
  close(): Promise<void>;
}

/** The slice of the extension API the harness calls inside the browser. */
export interface ExtensionApi {
  tabs: { query(query: object): Promise<{ id?: number; url?: string; windowId?: number }[]> };
  sidePanel: { open(options: { windowId: number }): Promise<void> };
  windows: { getCurrent(): Promise<{ id?: number }> };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Chromium with the built extension, headless. Besides Playwright's own pipe it listens on
 * a DevTools port: the toolbar button is clicked with CDP `Extensions.triggerAction` (which
 * grants activeTab and counts as a user gesture, exactly like a real click), and the side
 * panel, which Playwright's persistent context does not list, is reached over that port.
 */
export async function launchChromium(extensionDir: string, options: { locale?: string; grantedOrigins?: string[] } = {}): Promise<ChromiumSession> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: apt-get install chromium (or set CHROME_PATH)');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'qingdu-chromium-'));
  if (options.grantedOrigins) await grantHostPermissions(executablePath, profile, extensionDir, options.grantedOrigins);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1100, height: 800 },
    locale: options.locale,
    // The UI language (and so browser.i18n) comes from LANGUAGE on Linux.
    env: options.locale ? { ...process.env, LANGUAGE: options.locale.replace('-', '_') } : undefined,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      // Tests stay on 127.0.0.1: any other host (an article image's original site, say)
      // fails at once without a DNS query leaving the machine.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      '--enable-unsafe-extension-debugging',
      '--remote-debugging-port=0',
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  const portFile = path.join(profile, 'DevToolsActivePort');
  while (!fs.existsSync(portFile) || !fs.readFileSync(portFile, 'utf8').includes('\n')) await sleep(50);
  const endpoint = `http://127.0.0.1:${fs.readFileSync(portFile, 'utf8').split('\n')[0]}`;
  const control: Browser = await chromium.connectOverCDP(endpoint);
  const session: CDPSession = await control.newBrowserCDPSession();
  const viewers: Browser[] = [];

  async function tabTargetOf(page: Page): Promise<string> {
    const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const matches = targetInfos.filter((t) => t.url === page.url());
    if (matches.length !== 1) throw new Error(`expected one tab at ${page.url()}, found ${matches.length}`);
    return matches[0]!.targetId;
  }

  return {
    context,
    extensionId,
    worker,
    async clickToolbarButton(page) {
      await page.bringToFront();
      await session.send('Extensions.triggerAction', { id: extensionId, targetId: await tabTargetOf(page) });
      // activeTab now shows the tab's URL to the extension: that is how we find its id.
      const url = page.url();
      return worker.evaluate(async (u) => {
        const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
        const tabs = await api.tabs.query({});
        const tab = tabs.find((t) => t.url === u);
        if (tab?.id === undefined) throw new Error(`no tab for ${u}`);
        return tab.id;
      }, url);
    },
    async sidePanel() {
      // Targets created after a CDP connection are not picked up: connect again each time.
      for (let i = 0; i < 100; i++) {
        const viewer = await chromium.connectOverCDP(endpoint);
        viewers.push(viewer);
        const panel = viewer
          .contexts()
          .flatMap((c) => c.pages())
          .find((p) => p.url().startsWith(`chrome-extension://${extensionId}/sidepanel.html`) && !p.url().includes('?'));
        if (panel) return panel;
        await viewer.close();
        viewers.pop();
        await sleep(100);
      }
      throw new Error('the side panel did not open');
    },
    async captureDownload(action) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingdu-downloads-'));
      await session.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: dir, eventsEnabled: true });
      let suggestedFilename = '';
      let guid = '';
      let settle: (error?: Error) => void = () => undefined;
      const done = new Promise<void>((resolve, reject) => (settle = (error) => (error ? reject(error) : resolve())));
      const begin = (event: { guid: string; suggestedFilename: string }) => {
        suggestedFilename = event.suggestedFilename;
        guid = event.guid;
      };
      const progress = (event: { guid: string; state: string }) => {
        if (event.guid === guid && event.state === 'completed') settle();
        if (event.guid === guid && event.state === 'canceled') settle(new Error('download canceled'));
      };
      session.on('Browser.downloadWillBegin', begin);
      session.on('Browser.downloadProgress', progress);
      try {
        await action();
        await done;
      } finally {
        session.off('Browser.downloadWillBegin', begin);
        session.off('Browser.downloadProgress', progress);
      }
      const content = fs.readFileSync(path.join(dir, guid), 'utf8');
      fs.rmSync(dir, { recursive: true, force: true });
      return { suggestedFilename, content };
    },
    async openPanelTab(tabId) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 800 });
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
      return page;
    },
    async close() {
      for (const v of viewers) await v.close().catch(() => undefined);
      await control.close().catch(() => undefined);
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Start the profile with optional host permissions already granted, as if the reader had
 * accepted the browser's permission prompt earlier. Headless Chromium shows that prompt
 * where nothing can click it (no launch flag accepts it), so the grant is written where
 * Chromium keeps it: the extension's granted and active permissions in the profile's
 * Preferences (not MAC-enforced on Linux). A first launch installs the extension and
 * creates the entry. `permissions.request` for these origins then resolves at once.
 */
async function grantHostPermissions(executablePath: string, profile: string, extensionDir: string, origins: string[]): Promise<void> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-first-run', '--disable-background-networking'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  await context.close();
  const file = path.join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(fs.readFileSync(file, 'utf8')) as { extensions: { settings: Record<string, Record<string, { explicit_host?: string[] }>> } };
  const settings = prefs.extensions.settings[id];
  if (!settings?.granted_permissions || !settings.active_permissions) throw new Error(`no permission entries for ${id} in ${file}`);
  for (const key of ['granted_permissions', 'active_permissions']) settings[key]!.explicit_host = [...new Set([...(settings[key]!.explicit_host ?? []), ...origins])];
  fs.writeFileSync(file, JSON.stringify(prefs));
}
