import type { Block } from '../shared/types';
import { textOf, textWeight } from '../shared/dom';

/**
 * Is this page an article? List, home, search and login pages are not; short Chinese
 * articles with short paragraphs are. Judged on the cleaned page and the extraction.
 */
export type NotArticleReason = 'login-page' | 'list-page' | 'too-little-text' | 'no-content';

export interface DetectionInput {
  doc: Document;
  blocks: Block[] | null;
  url: string;
}

const LIST_URL = /\/(index|list|lists?_\d+|index_\d+)(\.s?html?|\.php|\.aspx?)?$|\/(search|s)\b.*[?&](q|wd|keyword|kw)=/i;
const DATE_IN_ITEM = /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|\d{1,2}[-/]\d{1,2}/;

export function detectArticle({ doc, blocks, url }: DetectionInput): { isArticle: true } | { isArticle: false; reason: NotArticleReason } {
  if (!blocks) return { isArticle: false, reason: 'no-content' };
  const prose = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'quote' || b.kind === 'caption' || b.kind === 'heading' || b.kind === 'list-item');
  const proseWeight = prose.reduce((n, b) => n + textWeight(b.text), 0);
  const sentences = prose.filter((b) => /[。！？.!?；;]/.test(b.text) && textWeight(b.text) >= 15).length;

  const password = doc.querySelector('input[type="password" i]');
  if (password && proseWeight < 400) return { isArticle: false, reason: 'login-page' };

  // Many link + date items (news lists, search results) and little prose of its own.
  const listItems = Array.from(doc.querySelectorAll('li, tr, dd')).filter((li) => li.querySelector('a') && DATE_IN_ITEM.test(textOf(li)) && textWeight(textOf(li)) < 60).length;
  const linkItems = blocks.filter((b) => b.kind === 'list-item' && /<a\s/i.test(b.html ?? '')).length;
  if ((listItems >= 8 || linkItems >= 8) && (proseWeight < 600 || sentences < 3)) return { isArticle: false, reason: 'list-page' };
  if (LIST_URL.test(url) && sentences < 3) return { isArticle: false, reason: 'list-page' };

  if (proseWeight < 50 || sentences < 1) return { isArticle: false, reason: 'too-little-text' };
  return { isArticle: true };
}
