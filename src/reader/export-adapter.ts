import { exportFileName as fileName } from '../export/file-name';
import type { Article, TargetScript } from '../shared/types';

/**
 * The panel's only door to src/export: when the export functions or the file-name helper
 * change shape, only this file follows. The article passed in must already be in the
 * reader's script (the panel converts it first, as the CLI does); `script` picks the words
 * the export adds itself (主持人/主持人, 问/問).
 */

export type ExportFormat = 'markdown' | 'text';

/**
 * `win`: the panel's window, so the exporter can sanitize block markup before reading it.
 * The exporters (Turndown and the interview layout, ~10 KB gzip) load on the first export,
 * not with the panel: most readings never export.
 */
export async function exportArticle(article: Article, format: ExportFormat, script: TargetScript, win?: Window): Promise<string> {
  const options = { script, win };
  if (format === 'markdown') return (await import('../export/to-markdown')).toMarkdown(article, options);
  return (await import('../export/to-plain-text')).toPlainText(article, options);
}

/** "2024-03-08 民政工作加把力 乡村振兴添活力.md" (src/export/file-name.ts). */
export function exportFileName(article: Pick<Article, 'title' | 'published' | 'lang' | 'originalScript' | 'text'>, format: ExportFormat, script: TargetScript = 'original'): string {
  return fileName(article, format === 'markdown' ? 'md' : 'txt', script);
}

export function mimeType(format: ExportFormat): string {
  return format === 'markdown' ? 'text/markdown;charset=utf-8' : 'text/plain;charset=utf-8';
}
