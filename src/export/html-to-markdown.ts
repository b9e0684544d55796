import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';
import { sanitizeToFragment } from '../sanitize/sanitize-html';
import { escapeMarkdownText, markdownDestination } from './markdown-escape';

/**
 * Inline article markup (links, emphasis, tables) → Markdown, with turndown and its GFM
 * plugin. Our rules on top of turndown's:
 *   - text is escaped with `escapeMarkdownText` (CJK untouched, `<` always escaped), and
 *     no-break and ideographic spaces become spaces as in the blocks' plain text;
 *   - bold and italics keep leading/trailing punctuation outside the delimiters, because
 *     CommonMark does not close `**答：**春季` (a delimiter between punctuation and a letter
 *     is not right-flanking) and Chinese bold runs usually end in `：` or `？`;
 *   - links and images keep only http(s) and mailto URLs; anything else becomes its text.
 */

const SAFE_LINK = /^(?:https?:|mailto:)/i;
const SAFE_IMAGE = /^https?:/i;
const EDGE_PUNCTUATION = /^([\p{P}\p{S}\s]*)([\s\S]*?)([\p{P}\p{S}\s]*)$/u;

function emphasis(delimiter: string): TurndownService.ReplacementFunction {
  return (content) => {
    const m = EDGE_PUNCTUATION.exec(content);
    if (!m || !m[2]) return content;
    return `${m[1]}${delimiter}${m[2]}${delimiter}${m[3]}`;
  };
}

/** Position of a cell among its row's cells. */
export function cellIndex(node: TurndownService.Node): number {
  const row = node.parentNode;
  return row ? Array.prototype.filter.call(row.childNodes, (n: Node) => n.nodeName === 'TH' || n.nodeName === 'TD').indexOf(node) : 0;
}

/** A header row as turndown-plugin-gfm recognises one (in <thead>, or all <th> first). */
function hasHeadingRow(table: TurndownService.Node): boolean {
  const first = (table as HTMLTableElement).rows?.[0];
  if (!first) return false;
  if (first.parentNode?.nodeName === 'THEAD') return true;
  const cells = Array.prototype.filter.call(first.childNodes, (n: Node) => n.nodeType === 1) as Element[];
  return cells.length > 0 && cells.every((c) => c.nodeName === 'TH');
}

let service: TurndownService | null = null;

function turndownService(): TurndownService {
  if (service) return service;
  const td = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*', strongDelimiter: '**', linkStyle: 'inlined' });
  td.use(gfm);
  // Whitespace as the blocks' text has it (no-break and ideographic spaces are spaces), so
  // the Markdown says what the plain text says.
  td.escape = (text) => escapeMarkdownText(text.replace(/[\s\u00a0\u3000]+/g, ' '));
  td.addRule('strong', { filter: ['strong', 'b'], replacement: emphasis('**') });
  td.addRule('emphasis', { filter: ['em', 'i'], replacement: emphasis('*') });
  td.addRule('safeLink', {
    filter: (node) => node.nodeName === 'A' && !!node.getAttribute('href'),
    replacement: (content, node) => {
      const href = (node as HTMLElement).getAttribute('href')?.trim() ?? '';
      if (!SAFE_LINK.test(href) || !content.trim()) return content;
      return `[${content}](${markdownDestination(href)})`;
    },
  });
  td.addRule('safeImage', {
    filter: 'img',
    replacement: (_content, node) => {
      const src = (node as HTMLElement).getAttribute('src')?.trim() ?? '';
      if (!SAFE_IMAGE.test(src)) return '';
      return `![${escapeMarkdownText((node as HTMLElement).getAttribute('alt') ?? '')}](${markdownDestination(src)})`;
    },
  });
  // Cells: a `|` in the text would end the cell.
  td.addRule('tableCell', {
    filter: ['th', 'td'],
    replacement: (content, node) => `${cellIndex(node) === 0 ? '| ' : ' '}${content.replace(/\n+/g, ' ').trim().replace(/(?<!\\)\|/g, '\\|')} |`,
  });
  // GFM needs a header row: turndown-plugin-gfm keeps a table without one as raw HTML, so
  // its first row becomes the header here.
  td.addRule('headerlessTable', {
    filter: (node) => node.nodeName === 'TABLE' && !hasHeadingRow(node),
    replacement: (content) => {
      const rows = content.split('\n').filter((line) => line.trim());
      if (!rows.length) return '';
      const columns = Math.max(1, (rows[0]!.match(/(?<!\\)\|/g)?.length ?? 2) - 1);
      return `\n\n${[rows[0], `|${' --- |'.repeat(columns)}`, ...rows.slice(1)].join('\n')}\n\n`;
    },
  });
  // Markup the sanitizer lets through but a transcript has no use for.
  td.remove(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'select', 'textarea']);
  service = td;
  return td;
}

/**
 * Markdown of a block's inline HTML. With a window the HTML goes through the sanitizer
 * first (the only string → DOM path); without one (the CLI in Node) turndown parses the
 * string itself into an inert document (domino), which runs nothing and loads nothing.
 */
export function htmlToMarkdown(html: string, win?: Window): string {
  const input = win ? sanitizeToFragment(html, win) : html;
  return turndownService()
    .turndown(input as string | TurndownService.Node)
    .trim();
}
