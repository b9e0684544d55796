import { sanitizeToFragment } from '../sanitize/sanitize-html';
import type { Article } from '../shared/types';
import { builder } from './dom';
import type { Translate } from './i18n';
import { decorateInterview } from './interview-view';
import { renderRemovedList } from './removed-list';
import type { ScriptedText } from './scripted-text';

export interface ArticleViewOptions {
  t: Translate;
  /** The panel's window: DOMPurify runs against its DOM. */
  win: Window;
  /** UI locale for dates ("2024年3月8日", "March 8, 2024"). */
  locale: string;
  /** The extraction without cleaning is shown ("show original"). */
  original: boolean;
  onBackToClean?: () => void;
  /** Read all of a page that was read up to a budget (`article.truncated`). */
  onReadAll?: () => void;
  /**
   * Registers the article's own text (not the panel's words) for the script toggle;
   * without it the article is shown as the page wrote it.
   */
  texts?: ScriptedText;
  /** `lang` of the article as the page wrote it (default: from its detected language). */
  contentLang?: string;
}

/** `lang` for the body, so the browser picks Simplified or Traditional glyphs. */
export function articleLang(article: Pick<Article, 'lang' | 'originalScript'>): string {
  if (article.originalScript === 'hans') return 'zh-Hans';
  if (article.originalScript === 'hant') return 'zh-Hant';
  return article.lang || '';
}

export function formatDate(iso: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  try {
    const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return new Intl.DateTimeFormat(locale || 'zh-CN', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return iso;
  }
}

const WEB_URL = /^https?:\/\//i;

/** The reader view of an article: header, metadata, what was removed, the sanitized body. */
export function renderArticleView(doc: Document, article: Article, options: ArticleViewOptions): HTMLElement {
  const { t, win, texts } = options;
  const h = builder(doc);
  const contentLang = options.contentLang ?? articleLang(article);
  // The panel's own words inside the article keep the UI language and font.
  const ui = { lang: options.locale || undefined, 'data-ui': true };

  const source = article.source ? h('span', { class: 'meta-source' }, article.source) : null;
  const byline = article.byline ? h('span', { class: 'meta-byline' }, article.byline) : null;
  const metaParts: (HTMLElement | null)[] = [
    source,
    article.published ? h('time', { class: 'meta-date', attrs: { datetime: article.published, ...ui } }, formatDate(article.published, options.locale)) : null,
    byline,
    article.interview ? h('span', { class: 'meta-badge', attrs: ui }, t('interviewBadge')) : null,
    WEB_URL.test(article.url)
      ? h('a', { class: 'meta-link', attrs: { href: article.url, target: '_blank', rel: 'noopener noreferrer', ...ui } }, t('originalPage'))
      : null,
  ];
  const meta = h('p', { class: 'article-meta' });
  for (const part of metaParts.filter((p): p is HTMLElement => p !== null)) {
    if (meta.childNodes.length) meta.appendChild(h('span', { class: 'meta-sep', attrs: { 'aria-hidden': 'true' } }, '·'));
    meta.appendChild(part);
  }

  const body = h('div', { class: 'article-body' });
  body.appendChild(sanitizeToFragment(article.html, win));
  prepareBody(body);
  if (article.interview && !options.original) decorateInterview(body, article.interview);
  const title = h('h1', { class: 'article-title' }, article.title ?? '');
  for (const part of [title, source, byline, body]) if (part) texts?.add(part);
  // Added after registering: the panel's words are never converted.
  if (!body.textContent?.trim() && !body.querySelector('img')) body.appendChild(h('p', { class: 'article-empty', attrs: ui }, t('emptyArticle')));

  const view = h(
    'article',
    { class: options.original ? 'reader reader-original' : 'reader', attrs: { lang: contentLang || undefined } },
    options.original
      ? h(
          'div',
          { class: 'original-banner', attrs: { role: 'note', ...ui } },
          h('p', null, t('originalBanner')),
          options.onBackToClean ? h('button', { class: 'button-link', attrs: { type: 'button' }, on: { click: options.onBackToClean } }, t('backToClean')) : null,
        )
      : null,
    article.truncated ? renderTruncatedNotice(doc, article.truncated, options, ui) : null,
    h('header', { class: 'article-header' }, title, meta.childNodes.length ? meta : null),
    options.original
      ? null
      : renderRemovedList(doc, article.removed, t, {
          lang: options.locale,
          // Entries are built when their group opens: each joins the script toggle then.
          onEntry: (entry) => {
            texts?.add(entry);
            texts?.addLangRoot(entry, contentLang || null);
          },
        }),
    body,
  );
  texts?.addLangRoot(view, contentLang || null);
  return view;
}

/**
 * The notice above a bounded read of a very large page: how much of it was read, and the
 * button that reads all of it.
 */
function renderTruncatedNotice(
  doc: Document,
  truncated: NonNullable<Article['truncated']>,
  options: ArticleViewOptions,
  ui: Record<string, string | boolean | undefined>,
): HTMLElement {
  const h = builder(doc);
  const count = (n: number): string => {
    try {
      return new Intl.NumberFormat(options.locale || 'zh-CN', { notation: 'compact', maximumSignificantDigits: 3 }).format(n);
    } catch {
      return String(n);
    }
  };
  return h(
    'div',
    { class: 'truncated-notice', attrs: { role: 'note', ...ui } },
    h('p', null, options.t('truncatedNotice', count(truncated.totalChars), count(truncated.keptChars))),
    options.onReadAll ? h('button', { class: 'button-link', attrs: { type: 'button' }, on: { click: options.onReadAll } }, options.t('readWholePage')) : null,
  );
}

/**
 * Panel-side finishing of the sanitized body: broken images hide themselves instead of
 * showing a broken-image box, and wide tables scroll inside the column instead of
 * widening the panel.
 */
function prepareBody(body: HTMLElement): void {
  const doc = body.ownerDocument;
  for (const img of Array.from(body.querySelectorAll('img'))) {
    img.setAttribute('decoding', 'async');
    img.addEventListener('error', () => (img.closest('figure') ?? img).classList.add('image-failed'), { once: true });
  }
  for (const table of Array.from(body.querySelectorAll('table'))) {
    if (table.parentElement?.classList.contains('table-scroll')) continue;
    const wrap = doc.createElement('div');
    wrap.className = 'table-scroll';
    wrap.setAttribute('tabindex', '0');
    table.replaceWith(wrap);
    wrap.appendChild(table);
  }
}
