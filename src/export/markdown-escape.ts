/**
 * Escaping of article text for Markdown: only the ASCII characters Markdown gives a meaning
 * (CommonMark + GFM), so Chinese text and its full-width punctuation (＊、【】《》：？) pass
 * untouched. `<` is always escaped: text from a page must never turn into HTML that a
 * Markdown viewer would run (`<img onerror=…>`, `<script>`).
 */

const INLINE = /[\\`*_[\]<]/g;
/** `&amp;`, `&#60;`: an entity in the text would be decoded by the viewer. */
const ENTITY = /&(?=#?\w+;)/g;
/** `~~strike~~` (GFM). */
const TILDES = /~(?=~)/g;
/** Block syntax at the start of a line: headings, quotes, lists, thematic breaks, setext underlines. */
const LINE_START: [RegExp, string][] = [
  [/^(\s*)(#{1,6})(?=\s|$)/, '$1\\$2'],
  [/^(\s*)>/, '$1\\>'],
  [/^(\s*)([-+])(?=\s|$)/, '$1\\$2'],
  [/^(\s*)(\d{1,9})([.)])(?=\s|$)/, '$1$2\\$3'],
  [/^(\s*)(=+|-+)(\s*)$/, '$1\\$2$3'],
];

/** Text of a paragraph (one line, whitespace already collapsed) as Markdown. */
export function escapeMarkdownText(text: string): string {
  let out = text.replace(INLINE, '\\$&').replace(ENTITY, '\\&').replace(TILDES, '\\~');
  for (const [re, to] of LINE_START) out = out.replace(re, to);
  return out;
}

/** Text inside a link label or image alt (`[…]`): brackets and the rest escaped alike. */
export function escapeLinkText(text: string): string {
  return escapeMarkdownText(text.replace(/\s+/g, ' ').trim());
}

/** A URL as a Markdown link destination: `<…>` when it holds spaces or parentheses. */
export function markdownDestination(url: string): string {
  const clean = url.replace(/[\u0000-\u001f\u007f]/g, '');
  return /[\s()<>]/.test(clean) ? `<${clean.replace(/[<>]/g, encodeURIComponent)}>` : clean;
}
