/**
 * What a reader sees of a Markdown file: rendered by a real CommonMark + GFM renderer
 * (markdown-it, raw HTML allowed as a viewer might) and read back as text, one block per
 * paragraph with a blank line between, list items one per line. Used to check that the
 * Markdown export says exactly what the plain-text export says, and that no page text
 * turned into HTML on the way.
 */
import MarkdownIt from 'markdown-it';
import { JSDOM } from 'jsdom';

const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
// CommonMark shows an autolink's URI as written (cmark, GitHub); markdown-it alone
// percent-decodes it for display. Show it as written, like the plain-text export.
md.normalizeLinkText = (url) => url;

/** Elements our Markdown may produce; anything else came from raw HTML in the text. */
const PRODUCED = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'STRONG', 'EM', 'A', 'IMG', 'BLOCKQUOTE', 'CODE', 'PRE', 'BR', 'HR', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'S', 'DEL']);

/** One window for every render: a new JSDOM per call costs ~40 ms. */
const parser = new new JSDOM('').window.DOMParser();

export function renderMarkdown(markdown: string): Document {
  return parser.parseFromString(`<!doctype html><body>${md.render(markdown)}</body>`, 'text/html');
}

/** Tag names in the rendered Markdown that our exports never write (raw HTML that got through). */
export function foreignElements(markdown: string): string[] {
  const doc = renderMarkdown(markdown);
  return Array.from(doc.body.getElementsByTagName('*'))
    .map((e) => e.tagName)
    .filter((t) => !PRODUCED.has(t));
}

/** Attributes a viewer could run (`on*`, `javascript:` URLs). */
export function activeAttributes(markdown: string): string[] {
  const doc = renderMarkdown(markdown);
  const found: string[] = [];
  for (const e of Array.from(doc.body.getElementsByTagName('*'))) {
    for (const a of Array.from(e.attributes)) {
      if (/^on/i.test(a.name) || /^\s*(?:javascript|vbscript|data):/i.test(a.value)) found.push(`${e.tagName}[${a.name}=${a.value}]`);
    }
  }
  return found;
}

/** The rendered Markdown as plain text. */
export function markdownToText(markdown: string): string {
  const doc = renderMarkdown(markdown);
  const parts: string[] = [];
  for (const el of Array.from(doc.body.children)) {
    switch (el.tagName) {
      case 'UL':
      case 'OL':
        parts.push(
          Array.from(el.children)
            .map((li) => (li.textContent ?? '').trim())
            .join('\n'),
        );
        break;
      case 'HR':
        break;
      case 'TABLE':
        // One row per line, cells separated by ` | ` (the plain-text export's tables).
        parts.push(
          Array.from(el.getElementsByTagName('tr'))
            .map((tr) =>
              Array.from(tr.children)
                .map((c) => (c.textContent ?? '').trim())
                .join(' | '),
            )
            .join('\n'),
        );
        break;
      default: {
        const text = (el.textContent ?? '').trim();
        if (text) parts.push(text);
      }
    }
  }
  return parts.join('\n\n') + '\n';
}
