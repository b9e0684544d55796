import TurndownService from 'turndown';
import { sanitizeToFragment } from '../sanitize/sanitize-html';
import { cellIndex } from './html-to-markdown';

/**
 * A data table as plain text: one row per line, cells separated by ` | `, the header row
 * first, like the GFM table of the Markdown export without its delimiter row. turndown
 * does the reading (the same parser and whitespace rules as the Markdown export); these
 * rules only write text.
 */

let service: TurndownService | null = null;

function plainService(): TurndownService {
  if (service) return service;
  const td = new TurndownService();
  td.escape = (text) => text.replace(/[\s\u00a0\u3000]+/g, ' ');
  td.addRule('cell', { filter: ['th', 'td'], replacement: (content, node) => `${cellIndex(node) === 0 ? '' : ' | '}${content.replace(/\s+/g, ' ').trim()}` });
  td.addRule('row', { filter: 'tr', replacement: (content) => `\n${content}` });
  td.addRule('section', { filter: ['thead', 'tbody', 'tfoot'], replacement: (content) => content });
  td.addRule('table', { filter: 'table', replacement: (content) => `\n\n${content.replace(/\n+/g, '\n').trim()}\n\n` });
  td.addRule('inline', { filter: ['strong', 'b', 'em', 'i', 'u', 's', 'a', 'span', 'sup', 'sub', 'small', 'mark', 'code', 'del', 'ins'], replacement: (content) => content });
  td.addRule('image', { filter: 'img', replacement: () => '' });
  td.remove(['script', 'style', 'noscript', 'template', 'caption']);
  service = td;
  return td;
}

export function tableToText(html: string, win?: Window): string {
  const input = win ? sanitizeToFragment(html, win) : html;
  return plainService()
    .turndown(input as string | TurndownService.Node)
    .trim();
}
