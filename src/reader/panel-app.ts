import { browser } from '#imports';
import { onMessage, sendMessage, type ReadResult } from '../messaging';
import { errorMessage } from '../extension/tab-access';
import type { Article } from '../shared/types';
import { renderArticleView } from './article-view';
import { builder, replaceContent } from './dom';
import { exportArticle, exportFileName, mimeType, type ExportFormat } from './export-adapter';
import type { Translate } from './i18n';
import { renderError, renderLoading, renderNeedsPermission, renderNoTab, renderNotArticle, renderUnreadable } from './state-views';

/** What the panel is showing and how it was asked for. */
interface ViewState {
  tabId: number | null;
  clean: boolean;
  force: boolean;
  /** The article on screen (clean or original), for export; null in every other state. */
  article: Article | null;
}

const DEFAULTS = { clean: true, force: false } as const;
/** Re-reads usually take ~100 ms: only show the skeleton when it takes longer, no flicker. */
const LOADING_DELAY_MS = 150;
const TOAST_MS = 2500;

/**
 * The side panel (Chrome) / sidebar (Firefox): reads the active tab of its window through
 * the background and follows tab switches and navigations. With `?tab=<id>` it stays on
 * that tab (the panel opened as a tab in tests and the demo).
 */
export async function startPanel(doc: Document, win: Window): Promise<void> {
  const t: Translate = (key, ...subs) => browser.i18n.getMessage(key, subs) || key;
  const locale = browser.i18n.getUILanguage();
  const h = builder(doc);
  doc.documentElement.lang = locale;
  doc.title = t('brandName');

  const pinnedParam = new URLSearchParams(win.location.search).get('tab');
  const pinnedTab = pinnedParam !== null && /^\d+$/.test(pinnedParam) ? Number(pinnedParam) : null;
  const state: ViewState = { tabId: null, ...DEFAULTS, article: null };
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
    '↻',
  );
  const toolbar = h(
    'header',
    { class: 'toolbar', attrs: { role: 'toolbar', 'aria-label': t('toolbarLabel') } },
    h('span', { class: 'brand' }, t('brandName')),
    // Issue 5 adds the script toggle and typography controls to this group.
    h('div', { class: 'toolbar-group', attrs: { 'data-group': 'view' } }, originalButton),
    h('div', { class: 'toolbar-group', attrs: { 'data-group': 'actions' } }, exportMenu, reloadButton),
  );
  const status = h('div', { class: 'toast', attrs: { role: 'status', 'aria-live': 'polite' } });
  const main = h('main', { class: 'content', attrs: { id: 'content', tabindex: '-1' } });
  const app = doc.getElementById('app') ?? doc.body;
  replaceContent(app, toolbar, main, status);

  exportMenu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && exportMenu.open) {
      exportMenu.open = false;
      exportMenu.querySelector('summary')?.focus();
    }
  });
  exportMenu.querySelector('summary')?.addEventListener('click', (event) => {
    if (exportMenu.dataset.disabled === 'true') event.preventDefault();
  });
  doc.addEventListener('click', (event) => {
    if (exportMenu.open && !exportMenu.contains(event.target as Node)) exportMenu.open = false;
  });

  // ---- Reading ----------------------------------------------------------------------
  async function read(tabId: number, options: { clean: boolean; force: boolean }, focus = false): Promise<void> {
    const mine = ++seq;
    Object.assign(state, { tabId, ...options, article: null });
    setControls(false);
    main.setAttribute('aria-busy', 'true');
    clearTimeout(loadingTimer);
    loadingTimer = setTimeout(() => mine === seq && replaceContent(main, renderLoading(doc, t)), LOADING_DELAY_MS);
    let result: ReadResult;
    try {
      // The original view is for checking what extraction found: it never stops at
      // "not an article" (the uncleaned page, spam and all, often looks like a list).
      result = await sendMessage('readTab', { tabId, clean: options.clean, force: options.force || !options.clean });
    } catch (error) {
      result = { status: 'error', message: errorMessage(error) };
    }
    if (mine !== seq) return; // a newer read (tab switch, toggle) owns the panel now
    clearTimeout(loadingTimer);
    main.removeAttribute('aria-busy');
    await show(result);
    win.scrollTo(0, 0);
    if (focus) (main.querySelector<HTMLElement>('h1, button') ?? main).focus();
  }

  async function show(result: ReadResult): Promise<void> {
    switch (result.status) {
      case 'article':
        state.article = result.article;
        replaceContent(
          main,
          renderArticleView(doc, result.article, { t, win, locale, original: !state.clean, onBackToClean: () => void toggleOriginal() }),
        );
        doc.title = result.article.title ? `${result.article.title} · ${t('brandName')}` : t('brandName');
        setControls(true);
        return;
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

  function reread(change: Partial<{ clean: boolean; force: boolean }> = {}, focus = false): void {
    if (state.tabId !== null) void read(state.tabId, { clean: change.clean ?? state.clean, force: change.force ?? state.force }, focus);
  }

  async function toggleOriginal(): Promise<void> {
    const original = state.clean; // currently clean → show original
    originalButton.setAttribute('aria-pressed', String(original));
    reread({ clean: !original }, true);
  }

  function setControls(enabled: boolean): void {
    originalButton.disabled = !enabled;
    originalButton.setAttribute('aria-pressed', String(!state.clean));
    reloadButton.disabled = !enabled;
    exportMenu.dataset.disabled = String(!enabled);
    if (!enabled) exportMenu.open = false;
  }

  // ---- Export ----------------------------------------------------------------------
  async function runExport(action: 'copyMarkdown' | 'copyText' | 'downloadMarkdown' | 'downloadText'): Promise<void> {
    exportMenu.open = false;
    const article = state.article;
    if (!article) return;
    const format: ExportFormat = action === 'copyMarkdown' || action === 'downloadMarkdown' ? 'markdown' : 'text';
    // Issue 5's script toggle passes the chosen script here.
    const text = exportArticle(article, format, 'original', win);
    if (action.startsWith('copy')) {
      toast((await copyText(doc, text)) ? t('copied') : t('copyFailed'));
    } else {
      download(doc, text, exportFileName(article, format), mimeType(format));
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
