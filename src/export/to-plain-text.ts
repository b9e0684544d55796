import type { Article } from '../shared/types';
import { buildExportDocument, wrapTable, type ExportOptions, type ExportPart } from './export-document';
import { tableToText } from './html-to-text';

export type { ExportOptions } from './export-document';

/**
 * The article as plain text, readable as is: the same parts as the Markdown export without
 * markup, a blank line between paragraphs, list lines one under the other, no wrapping.
 * Interview turns read `王雪韬：…`, the host's questions `问（刘静静）：…`.
 */
export function toPlainText(article: Article, options: ExportOptions): string {
  const doc = buildExportDocument(article, options);
  const { colon } = doc.labels;
  const render = (part: ExportPart): string => {
    switch (part.kind) {
      case 'title':
        return part.text;
      case 'meta':
        return part.items.map((m) => `${m.label}${colon}${m.value}`).join('\n');
      case 'people':
        return part.people.length === 1 ? `${part.label}${colon}${part.people[0]}` : `${part.label}${colon.trimEnd()}\n\n${part.people.join('\n')}`;
      case 'turn':
        return `${part.label}${colon}${part.text}`;
      case 'list':
        return part.items.map((item) => item.text).join('\n');
      case 'image':
        return '';
      case 'table':
        return part.content.html ? tableToText(wrapTable(part.content.html), options.win) : part.content.text;
      default:
        return part.content.text;
    }
  };
  return doc.parts.map(render).filter(Boolean).join('\n\n') + '\n';
}
