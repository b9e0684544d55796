import type { Article, TargetScript } from '../shared/types';

export interface ExportOptions {
  script: TargetScript;
}

/** Plain text: title, a metadata line, then the body, a blank line between paragraphs. */
export function toPlainText(article: Article, _options: ExportOptions): string {
  const meta = [article.published, article.source, article.byline].filter(Boolean).join('  ');
  return [article.title ?? '', meta, article.text].filter(Boolean).join('\n\n') + '\n';
}
