import type { Removal, RemovalCategory } from '../shared/types';
import { builder, type Builder } from './dom';
import type { MessageKey, Translate } from './i18n';

/** The order readers see the groups in: the most convincing evidence first. */
export const CATEGORY_ORDER: readonly RemovalCategory[] = ['spam', 'chrome', 'pinyin', 'garble', 'hidden', 'obfuscation'];

const CATEGORY_LABEL: Record<RemovalCategory, MessageKey> = {
  spam: 'categorySpam',
  chrome: 'categoryChrome',
  pinyin: 'categoryPinyin',
  garble: 'categoryGarble',
  hidden: 'categoryHidden',
  obfuscation: 'categoryObfuscation',
};

/** One distinct removed text; the same gloss removed 40 times is one entry with count 40. */
export interface RemovedEntry {
  text: string;
  reason: string;
  count: number;
}

export interface RemovedGroup {
  category: RemovalCategory;
  /** Every removal of the category, repeats included (the number in the summary line). */
  count: number;
  entries: RemovedEntry[];
}

/** Removals grouped by category in `CATEGORY_ORDER`, repeats folded, empty groups left out. */
export function groupRemovals(removed: readonly Removal[]): RemovedGroup[] {
  const groups = new Map<RemovalCategory, { count: number; entries: Map<string, RemovedEntry> }>();
  for (const r of removed) {
    let g = groups.get(r.category);
    if (!g) groups.set(r.category, (g = { count: 0, entries: new Map() }));
    g.count++;
    const key = `${r.reason}\u0000${r.text}`;
    const entry = g.entries.get(key);
    if (entry) entry.count++;
    else g.entries.set(key, { text: r.text, reason: r.reason, count: 1 });
  }
  const known = CATEGORY_ORDER.filter((c) => groups.has(c));
  const unknown = [...groups.keys()].filter((c) => !CATEGORY_ORDER.includes(c));
  return [...known, ...unknown].map((category) => {
    const g = groups.get(category)!;
    return { category, count: g.count, entries: [...g.entries.values()] };
  });
}

export function categoryLabel(category: RemovalCategory, t: Translate): string {
  const key = CATEGORY_LABEL[category];
  return key ? t(key) : category;
}

/** "已移除：垃圾广告 3 · 页面杂项 9 · 拼音注音 668 · 乱码 5" */
export function removedSummary(groups: readonly RemovedGroup[], t: Translate): string {
  if (!groups.length) return t('removedNothing');
  const label = t('removedLabel');
  // "已移除：垃圾广告 3" but "Removed: Spam 3": a full-width colon carries its own space.
  const gap = /[\p{Script=Han}\uff1a]$/u.test(label) ? '' : ' ';
  return `${label}${gap}${groups.map((g) => `${categoryLabel(g.category, t)} ${g.count}`).join(' · ')}`;
}

/** Entries rendered per group; the rest are counted. Keeps a 5,000-gloss page light. */
const MAX_ENTRIES = 300;

/**
 * The collapsible "what was removed" list. Each group's entries are built when the group
 * is first opened, so a long list costs nothing until the reader asks for it.
 */
export interface RemovedListOptions {
  /** The UI language: the list's labels are the panel's words (entries say otherwise). */
  lang?: string;
  /** Each entry (the page's removed text) when it is built, e.g. to follow the script toggle. */
  onEntry?: (entry: HTMLElement) => void;
}

export function renderRemovedList(doc: Document, removed: readonly Removal[], t: Translate, options: RemovedListOptions = {}): HTMLElement {
  const h = builder(doc);
  const groups = groupRemovals(removed);
  const ui = { lang: options.lang || undefined, 'data-ui': true };
  const summary = h('summary', { class: 'removed-summary' }, removedSummary(groups, t));
  if (!groups.length) return h('p', { class: 'removed removed-empty', attrs: ui }, t('removedNothing'));
  const list = h(
    'div',
    { class: 'removed-groups' },
    ...groups.map((group) => renderGroup(h, group, t, options.onEntry)),
  );
  return h('details', { class: 'removed', attrs: ui }, summary, list);
}

function renderGroup(h: Builder, group: RemovedGroup, t: Translate, onEntry: RemovedListOptions['onEntry']): HTMLElement {
  const body = h('ul', { class: 'removed-entries' });
  const details = h(
    'details',
    { class: `removed-group removed-${group.category}`, attrs: { 'data-category': group.category } },
    h('summary', null, h('span', { class: 'group-label' }, categoryLabel(group.category, t)), ' ', h('span', { class: 'group-count' }, String(group.count))),
    body,
  );
  let filled = false;
  details.addEventListener('toggle', () => {
    if (filled || !details.open) return;
    filled = true;
    for (const entry of group.entries.slice(0, MAX_ENTRIES)) {
      const item = renderEntry(h, entry);
      body.appendChild(item);
      onEntry?.(item.querySelector<HTMLElement>('.entry-text')!);
      onEntry?.(item.querySelector<HTMLElement>('.entry-full')!);
    }
    const rest = group.entries.length - MAX_ENTRIES;
    if (rest > 0) body.appendChild(h('li', { class: 'removed-more' }, t('removedMore', String(rest))));
  });
  return details;
}

function renderEntry(h: Builder, entry: RemovedEntry): HTMLElement {
  return h(
    'li',
    null,
    h(
      'details',
      { class: 'removed-entry' },
      h('summary', null, h('span', { class: 'entry-text' }, entry.text || '—'), entry.count > 1 ? h('span', { class: 'entry-count' }, `×${entry.count}`) : null),
      h('p', { class: 'entry-full' }, entry.text),
      h('p', { class: 'entry-reason' }, entry.reason),
    ),
  );
}
