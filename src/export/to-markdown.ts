import type { Article } from '../shared/types';
import { buildExportDocument, wrapTable, type ExportOptions, type ExportPart, type Inline } from './export-document';
import { htmlToMarkdown } from './html-to-markdown';
import { escapeLinkText, escapeMarkdownText, markdownDestination } from './markdown-escape';

export type { ExportOptions } from './export-document';

/**
 * The article as Markdown: a header (title, then source, date, byline and the original URL
 * as a list), for interviews the host and guests with their titles, then the body. Inline
 * markup goes through turndown; interview turns are one paragraph each, `**王雪韬**：…`,
 * with the host's questions marked `**问（刘静静）**：…` (`**Q (Daniel Brooks)**: …`).
 * The article must already be in the reader's script; the words added here follow it.
 */
export function toMarkdown(article: Article, options: ExportOptions): string {
  const doc = buildExportDocument(article, options);
  const { colon } = doc.labels;
  const inline = (c: Inline) => (c.html ? htmlToMarkdown(c.html, options.win) : escapeMarkdownText(c.text)) || escapeMarkdownText(c.text);
  const render = (part: ExportPart): string => {
    switch (part.kind) {
      case 'title':
        return `# ${escapeMarkdownText(part.text)}`;
      case 'meta':
        return part.items.map((m) => `- ${escapeMarkdownText(m.label)}${colon}${m.url ? `<${m.value.replace(/[<>\s]/g, encodeURIComponent)}>` : escapeMarkdownText(m.value)}`).join('\n');
      case 'people':
        return part.people.length === 1
          ? `**${escapeMarkdownText(part.label)}**${colon}${escapeMarkdownText(part.people[0]!)}`
          : `**${escapeMarkdownText(part.label)}**${colon.trimEnd()}\n\n${part.people.map((p) => `- ${escapeMarkdownText(p)}`).join('\n')}`;
      case 'turn':
        return `**${escapeMarkdownText(part.label)}**${colon}${escapeMarkdownText(part.text)}`;
      case 'paragraph':
        return inline(part.content);
      case 'heading':
        return `${'#'.repeat(part.level)} ${inline(part.content)}`;
      case 'list':
        return part.items.map((item) => `- ${inline(item)}`).join('\n');
      case 'quote':
        return `> ${inline(part.content)}`;
      case 'image':
        return `![${escapeLinkText(part.alt)}](${markdownDestination(part.src)})`;
      case 'caption':
        return emphasize(escapeMarkdownText(part.content.text));
      case 'table':
        return part.content.html ? htmlToMarkdown(wrapTable(part.content.html), options.win) : escapeMarkdownText(part.content.text);
    }
  };
  return doc.parts.map(render).filter(Boolean).join('\n\n') + '\n';
}

/** `*…*` around text, punctuation at either end left outside (CommonMark flanking rules). */
function emphasize(markdown: string): string {
  const m = /^([\p{P}\p{S}\s]*)([\s\S]*?)([\p{P}\p{S}\s]*)$/u.exec(markdown);
  if (!m || !m[2]) return markdown;
  // An escaped character at the end keeps its backslash inside.
  const core = m[2].endsWith('\\') ? m[2].slice(0, -1) : m[2];
  const tail = m[2].endsWith('\\') ? '\\' + m[3] : m[3];
  return `${m[1]}*${core}*${tail}`;
}
