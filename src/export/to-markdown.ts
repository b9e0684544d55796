import type { Article } from '../shared/types';
import type { ExportOptions } from './to-plain-text';

/** Markdown export (first version: headings and paragraphs; the export issue completes it). */
export function toMarkdown(article: Article, _options: ExportOptions): string {
  const parts = [`# ${article.title ?? ''}`];
  for (const b of article.blocks) {
    if (b.kind === 'image' && b.image) parts.push(`![${b.image.alt}](${b.image.src})`);
    else if (b.kind === 'heading') parts.push(`## ${b.text}`);
    else if (b.text) parts.push(b.text);
  }
  return parts.join('\n\n') + '\n';
}
