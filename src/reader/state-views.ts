import type { UnreadableKind } from '../messaging/protocol';
import { builder } from './dom';
import type { MessageKey, Translate } from './i18n';

const UNREADABLE_TEXT: Record<UnreadableKind, MessageKey> = {
  'browser-page': 'unreadableBrowserPage',
  'web-store': 'unreadableWebStore',
  pdf: 'unreadablePdf',
  file: 'unreadableFile',
  'not-html': 'unreadableNotHtml',
  restricted: 'unreadableRestricted',
};

const REASON_TEXT: Record<string, MessageKey> = {
  'login-page': 'reasonLoginPage',
  'list-page': 'reasonListPage',
  'video-page': 'reasonVideoPage',
  'too-little-text': 'reasonTooLittleText',
  'no-content': 'reasonNoContent',
};

/** Views for every state that is not an article. Each is a `section.state` with a heading. */

export function renderLoading(doc: Document, t: Translate): HTMLElement {
  const h = builder(doc);
  return h(
    'section',
    { class: 'state state-loading', attrs: { 'aria-busy': 'true' } },
    h('p', { class: 'state-text' }, t('loading')),
    h('div', { class: 'skeleton', attrs: { 'aria-hidden': 'true' } }, h('span', { class: 'skeleton-title' }), h('span', null), h('span', null), h('span', { class: 'short' })),
  );
}

export function renderNotArticle(doc: Document, t: Translate, reason: string | undefined, title: string | null, onShowAnyway: () => void): HTMLElement {
  const h = builder(doc);
  const reasonKey = reason ? REASON_TEXT[reason] : undefined;
  return h(
    'section',
    { class: 'state state-not-article' },
    h('h1', { class: 'state-title' }, t('notArticleTitle')),
    title ? h('p', { class: 'state-page-title' }, title) : null,
    reasonKey ? h('p', { class: 'state-text' }, t(reasonKey)) : null,
    h('button', { class: 'button primary', attrs: { type: 'button' }, on: { click: onShowAnyway } }, t('showAnyway')),
  );
}

export function renderUnreadable(doc: Document, t: Translate, kind: UnreadableKind): HTMLElement {
  const h = builder(doc);
  return h(
    'section',
    { class: `state state-unreadable`, attrs: { 'data-kind': kind } },
    h('h1', { class: 'state-title' }, t('unreadableTitle')),
    h('p', { class: 'state-text' }, t(UNREADABLE_TEXT[kind] ?? 'unreadableRestricted')),
  );
}

export function renderNeedsPermission(doc: Document, t: Translate, shortcut: string | null): HTMLElement {
  const h = builder(doc);
  return h(
    'section',
    { class: 'state state-needs-permission' },
    h('h1', { class: 'state-title' }, t('needsPermissionTitle')),
    h('p', { class: 'state-text' }, shortcut ? t('needsPermissionBody', shortcut) : t('needsPermissionNoShortcut')),
  );
}

export function renderError(doc: Document, t: Translate, message: string, onRetry: () => void): HTMLElement {
  const h = builder(doc);
  return h(
    'section',
    { class: 'state state-error', attrs: { role: 'alert' } },
    h('h1', { class: 'state-title' }, t('errorTitle')),
    h('p', { class: 'state-text state-detail' }, message),
    h('button', { class: 'button primary', attrs: { type: 'button' }, on: { click: onRetry } }, t('retry')),
  );
}

export function renderNoTab(doc: Document, t: Translate): HTMLElement {
  const h = builder(doc);
  return h('section', { class: 'state state-no-tab' }, h('p', { class: 'state-text' }, t('noTab')));
}
