import { browser } from '#imports';
import { onMessage, type ReadResult } from '../messaging';
import { errorMessage } from '../extension/tab-access';
import { readResultFromWire } from '../messaging/wire-article';
import { createTabReader } from '../extension/read-from-panel';
import { readAloudSetting, scriptSetting, themeSetting, typographySetting } from '../settings/items';
import type { Article } from '../shared/types';
import { createAppearanceControls } from './appearance-controls';
import { renderArticleView } from './article-view';
import { builder, replaceContent } from './dom';
import { exportArticle, exportFileName, mimeType, type ExportFormat } from './export-adapter';
import type { Translate } from './i18n';
import { icon } from './icons';
import { readableBlocks } from './read-aloud/read-aloud';
import { createReadAloudControls } from './read-aloud/read-aloud-controls';
import { speechLang } from './read-aloud/voice-select';
import { ScriptController } from './script-controller';
import { createScriptToggle } from './script-toggle';
import { ScriptedText } from './scripted-text';
import { renderError, renderLoading, renderNeedsPermission, renderNoTab, renderNotArticle, renderUnreadable } from './state-views';

/** What the panel is showing and how it was asked for. */
interface ViewState {
  tabId: number | null;
  clean: boolean;
  force: boolean;
  /** All of a very large page, not just its beginning (the article's "read the whole page"). */
  full: boolean;
  /** The article on screen (clean or original) as extracted, in the page's script; null in every other state. */
  article: Article | null;
}

/** How a read is asked for. */
type ReadOptions = Pick<ViewState, 'clean' | 'force' | 'full'>;

const DEFAULTS = { clean: true, force: false, full: false } as const;
/** Re-reads usually take ~100 ms: only show the skeleton when it takes longer, no flicker. */
const LOADING_DELAY_MS = 150;
const TOAST_MS = 2500;

/**
 * Marks and attributes the benchmark (bench/browser.ts) reads in the built panel: from the
 * extraction request to the rendered article (`data-qingdu-state` says when it is there),
 * split where the article arrives (its pipeline time in the mark's detail) and where its
 * view is in the DOM, before layout; the script toggle has its own (script-toggle.ts).
 */
const MARK = {
  extractRequest: 'qingdu:extract-request',
  articleReceived: 'qingdu:article-received',
  articleBuilt: 'qingdu:article-built',
  articleRendered: 'qingdu:article-rendered',
} as const;

/**
 * The side panel (Chrome) / sidebar (Firefox): reads the active tab of its window through
 * the background and follows tab switches and navigations. With `?tab=<id>` it stays on
 * that tab (the panel opened as a tab in tests and the demo).
 */
export async function startPanel(doc: Document, win: Window): Promise<void> {
  const t: Translate = (key, ...subs) => browser.i18n.getMessage(key, subs) || key;
  const locale = browser.i18n.getUILanguage();
  const h = builder(doc);
  const root = doc.documentElement;
  root.lang = locale;
  doc.title = t('brandName');

  // The reader's settings before anything is drawn: no flash of the defaults.
  const [scriptSettings, initialTypography, initialTheme, readAloudSettings] = await Promise.all([
    scriptSetting.get(),
    typographySetting.get(),
    themeSetting.get(),
    readAloudSetting.get(),
  ]);

  const params = new URLSearchParams(win.location.search);
  // `tab` (tests, demo) and `tabId` (the benchmark) pin the panel to one tab.
  const pinnedParam = params.get('tab') ?? params.get('tabId');
  const pinnedTab = pinnedParam !== null && /^\d+$/.test(pinnedParam) ? Number(pinnedParam) : null;
  const state: ViewState = { tabId: null, ...DEFAULTS, article: null };
  const readTab = createTabReader();
  let seq = 0;
  let loadingTimer: ReturnType<typeof setTimeout> | undefined;
  let toastTimer: ReturnType<typeof setTimeout> | undefined;

  // ---- Chrome of the panel: toolbar, live status, content ----------------------------
  const originalButton = h('button', {
    class: 'button toggle',
    attrs: { type: 'button', 'aria-pressed': 'false', title: t('showOriginalHint'), disabled: true },
    on: { click: () => void toggleOriginal() },
  }, t('showOriginal'));
  const exportItems = (['copyMarkdown', 'copyText', 'downloadMarkdown', 'downloadText'] as const).map((key) =>
    h('button', { class: 'menu-item', attrs: { type: 'button', 'data-action': key }, on: { click: () => void runExport(key) } }, t(key)),
  );
  const exportMenu = h(
    'details',
    { class: 'menu', attrs: { 'data-disabled': 'true' } },
    h('summary', { class: 'button', attrs: { 'aria-haspopup': 'true' } }, t('exportMenu')),
    h('div', { class: 'menu-items' }, ...exportItems),
  );
  const reloadButton = h(
    'button',
    { class: 'button icon', attrs: { type: 'button', title: t('reload'), 'aria-label': t('reload'), disabled: true }, on: { click: () => reread() } },
    icon(doc, 'reload'),
  );

  // ---- Reading controls: script, typography and theme, read aloud ------------------
  let currentView: HTMLElement | null = null;
  const script = createScriptToggle(doc, win, t, {
    locale,
    choice: scriptSettings.choice,
    notify: toast,
    onApplied: () => {
      // The view may not be in the page yet (converted before insertion).
      const title = currentView?.querySelector('.article-title')?.textContent;
      doc.title = title ? `${title} · ${t('brandName')}` : t('brandName');
      readAloud.restartIfReading();
    },
  });
  const scripts = script.controller;
  const appearance = createAppearanceControls(doc, win, t, { typography: initialTypography, theme: initialTheme.theme }, toast);
  const readAloud = createReadAloudControls(win, t, locale, {
    rate: readAloudSettings.rate,
    blocks: () => readableBlocks(main),
    lang: () => (state.article ? speechLang(scripts.target, state.article, ScriptController.variantOf(state.article)) : ''),
    topInset: () => toolbar.getBoundingClientRect().bottom,
  });

  const toolbar = h(
    'header',
    { class: 'toolbar', attrs: { role: 'toolbar', 'aria-label': t('toolbarLabel') } },
    h(
      'div',
      { class: 'toolbar-row' },
      h('span', { class: 'brand' }, t('brandName')),
      h('div', { class: 'toolbar-group', attrs: { 'data-group': 'view' } }, appearance.menu, readAloud.button, originalButton),
      h('div', { class: 'toolbar-group', attrs: { 'data-group': 'actions' } }, exportMenu, reloadButton),
    ),
    h('div', { class: 'toolbar-row script-row' }, script.element),
    readAloud.bar,
  );
  const status = h('div', { class: 'toast', attrs: { role: 'status', 'aria-live': 'polite' } });
  const main = h('main', { class: 'content', attrs: { id: 'content', tabindex: '-1' } });
  const app = doc.getElementById('app') ?? doc.body;
  replaceContent(app, toolbar, main, status);

  for (const menu of [exportMenu, appearance.menu]) {
    menu.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && menu.open) {
        menu.open = false;
        menu.querySelector('summary')?.focus();
      }
    });
    // One menu open at a time.
    menu.addEventListener('toggle', () => {
      if (menu.open) for (const other of [exportMenu, appearance.menu]) if (other !== menu) other.open = false;
    });
  }
  exportMenu.querySelector('summary')?.addEventListener('click', (event) => {
    if (exportMenu.dataset.disabled === 'true') event.preventDefault();
  });
  doc.addEventListener('click', (event) => {
    for (const menu of [exportMenu, appearance.menu]) if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  });

  // ---- Reading ----------------------------------------------------------------------
  async function read(tabId: number, options: ReadOptions, focus = false): Promise<void> {
    const mine = ++seq;
    Object.assign(state, { tabId, ...options, article: null });
    scripts.clear();
    readAloud.stop();
    root.dataset.qingduState = 'loading';
    setControls(false);
    main.setAttribute('aria-busy', 'true');
    clearTimeout(loadingTimer);
    loadingTimer = setTimeout(() => mine === seq && replaceContent(main, renderLoading(doc, t)), LOADING_DELAY_MS);
    let result: ReadResult;
    try {
      // The original view is for checking what extraction found: it never stops at
      // "not an article" (the uncleaned page, spam and all, often looks like a list).
      win.performance.mark(MARK.extractRequest);
      // The article arrives in its wire form (without the fields derived from its blocks).
      result = readResultFromWire(await readTab({ tabId, clean: options.clean, force: options.force || !options.clean, ...(options.full ? { full: true } : {}) }));
      if (result.status === 'article') win.performance.mark(MARK.articleReceived, { detail: { pipelineMs: result.article.timings.total ?? null } });
    } catch (error) {
      result = { status: 'error', message: errorMessage(error) };
    }
    if (mine !== seq) return; // a newer read (tab switch, toggle) owns the panel now
    clearTimeout(loadingTimer);
    main.removeAttribute('aria-busy');
    await show(result);
    if (mine !== seq) return;
    if (result.status === 'article') {
      win.performance.mark(MARK.articleBuilt);
      void main.offsetHeight; // laid out: what the reader sees, not just what is in the DOM
      win.performance.mark(MARK.articleRendered);
    }
    root.dataset.qingduState = result.status === 'article' ? 'rendered' : result.status;
    win.scrollTo(0, 0);
    if (focus) (main.querySelector<HTMLElement>('h1, button') ?? main).focus();
  }

  async function show(result: ReadResult): Promise<void> {
    switch (result.status) {
      case 'article': {
        state.article = result.article;
        const texts = new ScriptedText();
        const view = renderArticleView(doc, result.article, {
          t,
          win,
          locale,
          original: !state.clean,
          onBackToClean: () => void toggleOriginal(),
          onReadAll: () => reread({ full: true }, true),
          texts,
          contentLang: ScriptController.originalLang(result.article),
        });
        currentView = view;
        // Converted before it is inserted when the converter is ready: no flash of the other script.
        scripts.show(result.article, texts);
        replaceContent(main, view);
        setControls(true);
        return;
      }
      case 'not-article':
        replaceContent(main, renderNotArticle(doc, t, result.article.reason, result.article.title, () => reread({ force: true }, true)));
        reloadButton.disabled = false;
        return;
      case 'unreadable':
        replaceContent(main, renderUnreadable(doc, t, result.kind));
        return;
      case 'needs-permission':
        replaceContent(main, renderNeedsPermission(doc, t, await shortcut()));
        return;
      case 'error':
        replaceContent(main, renderError(doc, t, result.message, () => reread({}, true)));
        reloadButton.disabled = false;
        return;
    }
  }

  function reread(change: Partial<ReadOptions> = {}, focus = false): void {
    if (state.tabId !== null) void read(state.tabId, { clean: change.clean ?? state.clean, force: change.force ?? state.force, full: change.full ?? state.full }, focus);
  }

  async function toggleOriginal(): Promise<void> {
    const original = state.clean; // currently clean → show original
    originalButton.setAttribute('aria-pressed', String(original));
    reread({ clean: !original }, true);
  }

  function setControls(enabled: boolean): void {
    // Pages without Chinese have nothing to convert.
    script.setEnabled(enabled && state.article?.originalScript != null);
    readAloud.setEnabled(enabled);
    originalButton.disabled = !enabled;
    originalButton.setAttribute('aria-pressed', String(!state.clean));
    reloadButton.disabled = !enabled;
    exportMenu.dataset.disabled = String(!enabled);
    if (!enabled) exportMenu.open = false;
  }

  // ---- Export ----------------------------------------------------------------------
  async function runExport(action: 'copyMarkdown' | 'copyText' | 'downloadMarkdown' | 'downloadText'): Promise<void> {
    exportMenu.open = false;
    // The export follows the script on screen, like the CLI: the article converted first.
    const article = scripts.exportArticle();
    if (!article) return;
    const script = article.originalScript ? scripts.target : 'original';
    const format: ExportFormat = action === 'copyMarkdown' || action === 'downloadMarkdown' ? 'markdown' : 'text';
    const text = await exportArticle(article, format, script, win);
    if (action.startsWith('copy')) {
      toast((await copyText(doc, text)) ? t('copied') : t('copyFailed'));
    } else {
      download(doc, text, exportFileName(article, format, script), mimeType(format));
      toast(t('downloadStarted'));
    }
  }

  function toast(message: string): void {
    status.textContent = message;
    status.classList.add('visible');
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => {
      status.classList.remove('visible');
      status.textContent = '';
    }, TOAST_MS);
  }

  async function shortcut(): Promise<string | null> {
    try {
      const command = (await browser.commands.getAll()).find((c) => c.name === 'open-reader');
      return command?.shortcut || null;
    } catch {
      return null;
    }
  }

  // ---- Following the browser ---------------------------------------------------------
  const windowId = (await browser.windows.getCurrent()).id;

  browser.tabs.onActivated.addListener((info) => {
    if (pinnedTab === null && info.windowId === windowId) void read(info.tabId, DEFAULTS);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (tabId !== state.tabId) return;
    // A navigation replaces the article: clear it at once, read the new page when loaded.
    if (change.status === 'loading') {
      ++seq;
      state.article = null;
      scripts.clear();
      readAloud.stop();
      setControls(false);
      replaceContent(main, renderLoading(doc, t));
    } else if (change.status === 'complete') {
      void read(tabId, DEFAULTS);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    if (tabId !== state.tabId || pinnedTab === null) return;
    ++seq;
    state.tabId = null;
    state.article = null;
    scripts.clear();
    readAloud.stop();
    setControls(false);
    replaceContent(main, renderNoTab(doc, t));
  });
  onMessage('readerRequested', ({ data }) => {
    const mine = pinnedTab === null ? data.windowId === windowId : data.tabId === pinnedTab;
    if (mine) void read(data.tabId, DEFAULTS);
  });

  const first = pinnedTab ?? (await browser.tabs.query({ active: true, windowId }))[0]?.id;
  if (first === undefined) replaceContent(main, renderNoTab(doc, t));
  else await read(first, DEFAULTS);
}

async function copyText(doc: Document, text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Some sidebars refuse the async clipboard API; the selection-based copy still works there.
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    doc.body.appendChild(area);
    area.select();
    try {
      return doc.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

function download(doc: Document, text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // The download has its own copy once started; free the blob a little later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
