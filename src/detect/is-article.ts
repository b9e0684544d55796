import type { Block } from '../shared/types';
import { textOf, textWeight, toArray } from '../shared/dom';

/**
 * Is this page an article? List, home, search and login pages are not; short Chinese
 * articles with short paragraphs are. Judged on the cleaned page and the extraction.
 */
export type NotArticleReason = 'login-page' | 'list-page' | 'video-page' | 'too-little-text' | 'no-content';

/** What the page itself shows, read after spam and hidden parts are gone but before page chrome is. */
export interface PageSignals {
  /** A visible password field: a login or registration page. */
  passwordField: boolean;
  /** Items that are a link plus a date: rows of a news list or search results. */
  datedLinkItems: number;
  /** The page presents a video (og:type video, a VideoObject, a <video> player). */
  video: boolean;
}

export interface DetectionInput {
  signals: PageSignals;
  blocks: Block[] | null;
  url: string;
}

const ITEM_TAGS = new Set(['LI', 'TR', 'DD']);

export function collectPageSignals(doc: Document): PageSignals {
  let passwordField = false;
  for (const input of toArray(doc.getElementsByTagName('input'))) if ((input.getAttribute('type') ?? '').toLowerCase() === 'password') passwordField = true;
  let datedLinkItems = 0;
  for (const el of toArray(doc.getElementsByTagName('*'))) {
    if (!ITEM_TAGS.has(el.tagName) || !el.getElementsByTagName('a').length) continue;
    const t = textOf(el);
    if (textWeight(t) < 60 && DATE_IN_ITEM.test(t)) datedLinkItems++;
  }
  const ogType = toArray(doc.getElementsByTagName('meta')).find((m) => m.getAttribute('property') === 'og:type')?.getAttribute('content') ?? '';
  const videoObject = toArray(doc.getElementsByTagName('script')).some((s) => s.getAttribute('type') === 'application/ld+json' && /"@type"\s*:\s*"VideoObject"/.test(s.textContent ?? ''));
  const video = /^video/i.test(ogType) || videoObject || doc.getElementsByTagName('video').length > 0;
  return { passwordField, datedLinkItems, video };
}

const LIST_URL = /\/(index|list|lists?_\d+|index_\d+)(\.s?html?|\.php|\.aspx?)?$|\/(search|s)\b.*[?&](q|wd|keyword|kw)=/i;
/** A snippet cut off by the list page. */
const TRUNCATED = /(……|\.\.\.|…)\s*$/;
/** A heading's content that is one link and nothing else (`<h3><a href>…</a></h3>`). */
const LINKED_HEADING = /^\s*<a\b[^>]*>[^<]*<\/a>\s*$/i;
const DATE_IN_ITEM = /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|\d{1,2}[-/]\d{1,2}/;

export function detectArticle({ signals, blocks, url }: DetectionInput): { isArticle: true } | { isArticle: false; reason: NotArticleReason } {
  if (!blocks) return { isArticle: false, reason: 'no-content' };
  const prose = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'quote' || b.kind === 'caption' || b.kind === 'heading' || b.kind === 'list-item');
  const proseWeight = prose.reduce((n, b) => n + textWeight(b.text), 0);
  const sentences = prose.filter((b) => /[。！？.!?；;]/.test(b.text) && textWeight(b.text) >= 15).length;

  if (signals.passwordField && proseWeight < 400) return { isArticle: false, reason: 'login-page' };

  // Many link + date items (news lists, search results) and little prose of its own.
  const listItems = signals.datedLinkItems;
  const linkItems = blocks.filter((b) => b.kind === 'list-item' && /<a\s/i.test(b.html ?? '')).length;
  // Dated links the extraction left out (a sidebar of recent headlines beside a short
  // brief) do not make a list page; the extraction's own items do.
  const datedInExtraction = blocks.filter((b) => textWeight(b.text) <= 60 && DATE_IN_ITEM.test(b.text)).length;
  const listShown = linkItems >= 8 || (listItems >= 8 && (linkItems >= 3 || datedInExtraction >= 3 || sentences < 2));
  if (listShown && (proseWeight < 600 || sentences < 3)) return { isArticle: false, reason: 'list-page' };
  if (LIST_URL.test(url) && sentences < 3) return { isArticle: false, reason: 'list-page' };
  // Teasers: a list of headlines, each with a snippet cut off with …… and a "source date"
  // line (channel pages, mobile lists, search results). An article does not end its
  // paragraphs mid-sentence.
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'list-item');
  const truncated = paragraphs.filter((b) => TRUNCATED.test(b.text)).length;
  const datelines = paragraphs.filter((b) => textWeight(b.text) <= 20 && DATE_IN_ITEM.test(b.text)).length;
  if (truncated >= 3 && truncated >= paragraphs.length * 0.2 && (datelines >= 3 || truncated >= paragraphs.length * 0.4)) return { isArticle: false, reason: 'list-page' };

  // Headlines that are links, each followed by its summary: a channel page, however long
  // the summaries. An article's subheadings are not links.
  const headings = blocks.filter((b) => b.kind === 'heading');
  const linkedHeadings = headings.filter((b) => LINKED_HEADING.test(b.html ?? '')).length;
  if (linkedHeadings >= 4 && linkedHeadings >= headings.length * 0.6) return { isArticle: false, reason: 'list-page' };

  // A video with a line of description is not something to read; a story with a video is.
  if (signals.video && (proseWeight < 300 || sentences < 3)) return { isArticle: false, reason: 'video-page' };
  if (proseWeight < 50 || sentences < 1) return { isArticle: false, reason: 'too-little-text' };
  return { isArticle: true };
}
