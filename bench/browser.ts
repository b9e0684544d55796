/**
 * 5. In the browser: headless Chromium with the built extension (the e2e tests' launcher,
 * tests/e2e/support/chromium.ts), on the seed page and on the generated 1 MB page:
 *   - plain Readability injected into the page: clone + parse + insert the article into a
 *     container + force layout, timed in the page;
 *   - the extension: the panel page opened as a tab pinned to the page's tab
 *     (`sidepanel.html?tab=<id>`; activeTab granted by a toolbar click over CDP) reads the
 *     tab on load; time = performance.measure(`qingdu:extract-request` →
 *     `qingdu:article-rendered`) in the panel (request → background → content script
 *     pipeline → message → rendered and laid out), median over panel reloads;
 *   - the first script toggle 2 s after the article is rendered: `qingdu:script-toggle`
 *     (click) → `qingdu:script-applied` (converted text on screen).
 * Runs are interleaved (Readability, the pipeline probe, a panel read, again; 11 on the
 * seed page, 5 on the 1 MB page, medians), and before
 * each timed run the page's and the panel's heaps are collected (CDP
 * `HeapProfiler.collectGarbage`): the content script shares the page's V8 heap with
 * Readability and the probe, so without it each run would pay for the garbage the one
 * before left. Every run still pays for the collections its own allocations cause. The
 * panel's reloads are awaited without Playwright code in the panel (reloadAndRead), the
 * real side panel is closed once it has read the page, and the script picked for the
 * toggle is put back before the next page.
 *
 * The panel's read is split with two more marks: `qingdu:article-received` (the article
 * back in the panel and rebuilt from its wire form; its pipeline time in the mark's
 * detail) and `qingdu:article-built` (the view in the DOM, before layout). So the
 * extension's time is reported as: pipeline (in the content script) + the rest of the
 * request (clone, computed-style oracle, messages) + building the view (sanitizing,
 * rendering) + layout.
 *
 * The hooks the panel provides for this (src/reader/panel-app.ts), checked in the build:
 *   the `?tab=` (or `?tabId=`) parameter, the four performance marks above,
 *   `data-qingdu-state` on the root (`loading` → `rendered` | other status),
 *   `data-qingdu-script="<target>"` on the script buttons and
 *   `data-qingdu-script-applied="<target>"` on the root.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { median, medianRecord, round } from './lib/measure';
import { ROOT } from './lib/pages';

export interface BrowserPageResult {
  /** The extension: extraction request → article rendered in the panel, ms. */
  ms: number | null;
  /** Plain Readability injected into the page (clone + parse + insert + layout), ms. */
  readabilityMs: number | null;
  /** ms / readabilityMs (target ≤ 2). */
  ratio: number | null;
  /**
   * The pipeline alone in the page (clone + computed-style oracle + runPipeline, as the
   * content script runs it, bench/browser-probe.ts), ms, with its step timings: the rest of
   * `ms` is injection, messaging and the panel's rendering.
   */
  pipelineInPageMs?: number | null;
  pipelineSteps?: Record<string, number>;
  /** The extension's time split by the panel's marks (medians, ms); see the file comment. */
  extensionSteps?: ExtensionSteps;
}

export interface ExtensionSteps {
  /** runPipeline in the content script (the article's `timings.total`). */
  pipeline: number | null;
  /** Request → article back in the panel, less the pipeline: clone, computed-style oracle, messages, wire form. */
  request: number;
  /** Article received → its view in the panel's DOM (sanitizing, rendering). */
  build: number;
  /** View in the DOM → laid out. */
  layout: number;
}

export interface BrowserResult {
  seed: BrowserPageResult;
  large: BrowserPageResult;
  firstToggleMs: number | null;
  /** Why a number is null. */
  notes: string[];
  runs: number;
}

export interface BrowserPages {
  seed: { html: Buffer | string; path: string };
  large: { html: Buffer | string; path: string };
}

const EMPTY: BrowserPageResult = { ms: null, readabilityMs: null, ratio: null };

/** The hooks the extension part relies on, looked up in the built side panel. */
export function extensionHooks(extensionDir: string | null): { ok: boolean; missing: string[] } {
  if (!extensionDir || !fs.existsSync(extensionDir)) return { ok: false, missing: ['a built extension'] };
  const panelJs = walkJs(extensionDir).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  const missing = ['qingdu:extract-request', 'qingdu:article-rendered', 'qingdu:script-toggle', 'qingdu:script-applied', 'qingduState', 'qingduScriptApplied', 'data-qingdu-script'].filter((m) => !panelJs.includes(m));
  return { ok: missing.length === 0, missing };
}

function walkJs(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walkJs(path.join(dir, e.name)) : e.name.endsWith('.js') ? [path.join(dir, e.name)] : []));
}

function serve(pages: BrowserPages): Promise<{ server: http.Server; origin: string }> {
  const routes = new Map<string, Buffer | string>([
    [pages.seed.path, pages.seed.html],
    [pages.large.path, pages.large.html],
  ]);
  const server = http.createServer((req, res) => {
    const body = routes.get((req.url ?? '').split('?')[0] ?? '');
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

/** In-page Readability: clone + parse + insert into a container + force layout, ms per run. */
const READABILITY_RUN = `(() => {
  const t0 = performance.now();
  const article = new Readability(document.cloneNode(true)).parse();
  const holder = document.createElement('div');
  holder.id = '__bench_readability';
  holder.innerHTML = article ? article.content : '';
  document.body.appendChild(holder);
  void holder.offsetHeight;
  const ms = performance.now() - t0;
  holder.remove();
  return ms;
})()`;

type Session = Awaited<ReturnType<typeof import('../tests/e2e/support/chromium').launchChromium>>;
type Page = Awaited<ReturnType<Session['openPanelTab']>>;

/** The panel's state once a read is over (`loading` until then). */
async function readDone(panel: Page, timeoutMs: number): Promise<string> {
  // Functions without named inner functions (tsx's __name helper does not exist in the page);
  // strings would need eval, which the extension's CSP forbids for waitForFunction.
  await panel.waitForFunction(() => !!document.documentElement.dataset.qingduState && document.documentElement.dataset.qingduState !== 'loading', null, { timeout: timeoutMs });
  return panel.evaluate<string>(`document.documentElement.dataset.qingduState ?? ''`);
}

/** Extraction request → rendered article, in the panel page, ms, with its split when the panel has the marks. */
const panelRead = (panel: Page): Promise<{ ms: number; steps: ExtensionSteps | null }> =>
  panel.evaluate(`(() => {
    const at = (name) => performance.getEntriesByName(name, 'mark').at(-1);
    const request = at('qingdu:extract-request'), received = at('qingdu:article-received'), built = at('qingdu:article-built'), rendered = at('qingdu:article-rendered');
    const ms = rendered.startTime - request.startTime;
    if (!received || !built || received.startTime < request.startTime) return { ms, steps: null };
    const pipeline = typeof received.detail?.pipelineMs === 'number' ? received.detail.pipelineMs : null;
    return { ms, steps: { pipeline, request: received.startTime - request.startTime - (pipeline ?? 0), build: built.startTime - received.startTime, layout: rendered.startTime - built.startTime } };
  })()`);

/**
 * Reload the panel and wait for its read to end, without Playwright's own machinery in the
 * panel while it reads: `waitForFunction` first injects Playwright's script (~300 KB
 * evaluated in the fresh page) and then polls every frame, work the panel's renderer would
 * do during the very read being timed. A mutation observer set up over CDP costs nothing
 * until the state attribute changes.
 */
async function reloadAndRead(session: Session, panel: Page, timeoutMs: number): Promise<string> {
  const cdp = await session.context.newCDPSession(panel);
  try {
    await panel.reload({ waitUntil: 'commit' });
    const { result } = await cdp.send('Runtime.evaluate', { expression: STATE_SETTLED, awaitPromise: true, returnByValue: true, timeout: timeoutMs });
    return typeof result.value === 'string' ? result.value : '';
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Resolves with `data-qingdu-state` once it is there and not `loading`. */
const STATE_SETTLED = `new Promise((resolve) => {
  const settled = () => {
    const state = document.documentElement?.dataset.qingduState;
    if (!state || state === 'loading') return false;
    observer.disconnect();
    resolve(state);
    return true;
  };
  const observer = new MutationObserver(settled);
  if (!settled()) observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-qingdu-state'] });
})`;

/** Collect garbage in a page's renderer (its V8 heap is shared by the page and our content script). */
async function collectGarbage(session: Session, page: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Everything measured on one page. */
interface PageRuns {
  readability: number[];
  pipeline: number[];
  steps: Record<string, number>[];
  extension: number[];
  extensionSteps: ExtensionSteps[];
  toggleMs: number | null;
}

/**
 * One page, interleaved: plain Readability, the pipeline probe, and a panel read (panel
 * reloads), `runs` times after one warm-up round; then the first toggle (seed only).
 */
async function measurePage(session: Session, page: Page, probeJs: string | null, withExtension: boolean, runs: number, toggle: boolean, notes: string[]): Promise<PageRuns> {
  const timeout = 120_000;
  const out: PageRuns = { readability: [], pipeline: [], steps: [], extension: [], extensionSteps: [], toggleMs: null };
  let panel: Page | null = null;
  if (withExtension) {
    const tabId = await session.clickToolbarButton(page); // grants activeTab; the real panel opens and reads
    try {
      // Let it finish, then close it: it must not compete with the timed reads, and it would
      // follow the panel tab opened next (the active tab) and read that tab again, through
      // the background, on every reload of it.
      const sidePanel = await session.sidePanel();
      await readDone(sidePanel, timeout);
      await sidePanel.close();
    } catch {
      // no real side panel (or it did not finish): the panel tab still works
    }
    panel = await session.openPanelTab(tabId);
    const state = await readDone(panel, timeout); // warm-up read (content script injection, converters)
    if (state !== 'rendered') {
      notes.push(`extension: the panel ended in state "${state}" on ${page.url()}`);
      await panel.close();
      panel = null;
    }
  }
  await page.evaluate(READABILITY_RUN); // warm-up
  if (probeJs) await page.evaluate(PROBE_RUN);
  for (let i = 0; i < runs; i++) {
    await collectGarbage(session, page);
    out.readability.push(await page.evaluate<number>(READABILITY_RUN));
    if (probeJs) {
      await collectGarbage(session, page);
      const p = await page.evaluate<{ ms: number; cloneMs: number; oracleMs: number; timings: Record<string, number> }>(PROBE_RUN);
      out.pipeline.push(p.ms);
      out.steps.push({ clone: p.cloneMs, oracle: p.oracleMs, ...p.timings });
    }
    if (panel) {
      await collectGarbage(session, page);
      await collectGarbage(session, panel);
      const state = await reloadAndRead(session, panel, timeout);
      if (state === 'rendered') {
        const read = await panelRead(panel);
        out.extension.push(read.ms);
        if (read.steps) out.extensionSteps.push(read.steps);
      }
    }
  }
  if (panel && toggle) {
    await panel.waitForTimeout(2000);
    const current = await panel.evaluate<string | null>(`document.querySelector('[data-qingdu-script][aria-pressed="true"]')?.getAttribute('data-qingdu-script') ?? null`);
    const target = current === 'hans' ? 'tw' : 'hans';
    await panel.click(`[data-qingdu-script="${target}"]`);
    await panel.waitForFunction((t) => document.documentElement.dataset.qingduScriptApplied === t, target, { timeout });
    // (a string: a function with a named helper inside would need tsx's __name in the page)
    out.toggleMs = await panel.evaluate<number>(
      `(performance.getEntriesByName('qingdu:script-applied').at(-1)?.startTime ?? NaN) - (performance.getEntriesByName('qingdu:script-toggle').at(-1)?.startTime ?? NaN)`,
    );
    // The pick is stored: put the script back, so the next page is read with the same
    // settings (with a script other than the page's, the panel also loads a converter at
    // start, which would compete with the read being timed).
    if (current) {
      await panel.click(`[data-qingdu-script="${current}"]`);
      await panel.waitForFunction((t) => document.documentElement.dataset.qingduScriptApplied === t, current, { timeout });
    }
  }
  if (panel) await panel.close();
  return out;
}

const PROBE_RUN = 'globalThis.__qingduBenchPipeline()';

/** bench/browser-probe.ts as one script for the page (null when esbuild is missing). */
async function buildProbe(notes: string[]): Promise<string | null> {
  try {
    const esbuild = await import('esbuild');
    const r = await esbuild.build({ entryPoints: [path.join(import.meta.dirname, 'browser-probe.ts')], bundle: true, format: 'iife', write: false, minify: true, target: 'chrome120', logLevel: 'silent', loader: { '.txt': 'text' } });
    return r.outputFiles[0]?.text ?? null;
  } catch (e) {
    notes.push(`pipeline in the page: not measured (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
    return null;
  }
}

export async function benchBrowser(extensionDir: string | null, pages: BrowserPages, runs: number, log: (s: string) => void): Promise<BrowserResult> {
  const notes: string[] = [];
  const result: BrowserResult = { seed: { ...EMPTY }, large: { ...EMPTY }, firstToggleMs: null, notes, runs };
  if (!extensionDir) {
    notes.push('not measured: no built extension');
    return result;
  }
  let launcher: typeof import('../tests/e2e/support/chromium');
  try {
    launcher = await import('../tests/e2e/support/chromium');
  } catch (e) {
    notes.push(`not measured: cannot load the Chromium launcher of the e2e tests (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
    return result;
  }
  if (!launcher.findChromium()) {
    notes.push('not measured: no Chromium (apt-get install chromium, or set CHROME_PATH)');
    return result;
  }
  const hooks = extensionHooks(extensionDir);
  if (!hooks.ok) notes.push(`extension (ms, ratio, firstToggleMs): not measured yet: the built panel lacks ${hooks.missing.join(', ')} (see bench/browser.ts)`);
  const probeJs = await buildProbe(notes);

  const { server, origin } = await serve(pages);
  const session = await launcher.launchChromium(extensionDir, { locale: 'en-US' });
  const readabilityJs = fs.readFileSync(path.join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
  try {
    for (const key of ['seed', 'large'] as const) {
      const page = await session.context.newPage();
      page.on('dialog', (d) => void d.dismiss());
      await page.goto(origin + pages[key].path, { waitUntil: 'load' });
      // Both in the page's main world; the content script lives in its own world.
      await page.addScriptTag({ content: readabilityJs });
      if (probeJs) await page.addScriptTag({ content: probeJs });
      // The 1 MB page's runs take seconds each: fewer of them, but never fewer than 3.
      const n = key === 'seed' ? runs : Math.max(3, Math.min(runs, 5));
      const r = await measurePage(session, page, probeJs, hooks.ok, n, key === 'seed', notes);
      await page.close();
      const res = result[key];
      res.readabilityMs = round(median(r.readability));
      if (r.pipeline.length) {
        res.pipelineInPageMs = round(median(r.pipeline));
        res.pipelineSteps = medianRecord(r.steps);
      }
      if (r.extension.length) {
        res.ms = round(median(r.extension));
        res.ratio = round(median(r.extension) / median(r.readability));
      }
      if (r.extensionSteps.length) {
        const pipelines = r.extensionSteps.map((s) => s.pipeline).filter((v): v is number => v !== null);
        res.extensionSteps = {
          pipeline: pipelines.length ? round(median(pipelines)) : null,
          request: round(median(r.extensionSteps.map((s) => s.request))),
          build: round(median(r.extensionSteps.map((s) => s.build))),
          layout: round(median(r.extensionSteps.map((s) => s.layout))),
        };
      }
      if (key === 'seed' && r.toggleMs !== null) result.firstToggleMs = round(r.toggleMs);
      log(`  ${key} (×${n}): extension ${res.ms ?? '—'} ms, in-page pipeline ${res.pipelineInPageMs ?? '—'} ms, in-page Readability ${res.readabilityMs} ms${key === 'seed' ? `, first toggle ${result.firstToggleMs ?? '—'} ms` : ''}`);
    }
  } finally {
    await session.close();
    server.close();
  }
  return result;
}
