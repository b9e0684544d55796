import { toMarkdown } from '../export/to-markdown';
import { toPlainText } from '../export/to-plain-text';
import type { Article, TargetScript } from '../shared/types';

/**
 * The panel's only door to src/export (being rewritten by the export issue): when the
 * export functions or the file-name helper change shape, only this file follows.
 */

export type ExportFormat = 'markdown' | 'text';

/**
 * `win`: the panel's window, so the exporter can sanitize block markup before reading it.
 * Passed as a variable, not a literal, so older exporter signatures without it still compile.
 */
export function exportArticle(article: Article, format: ExportFormat, script: TargetScript, win?: Window): string {
  const options = { script, win };
  return format === 'markdown' ? toMarkdown(article, options) : toPlainText(article, options);
}

/** Characters no file system accepts become their full-width forms; controls go. */
const FULL_WIDTH: Record<string, string> = { '/': '／', '\\': '＼', ':': '：', '*': '＊', '?': '？', '"': '＂', '<': '＜', '>': '＞', '|': '｜' };

/**
 * "2024-03-08 民政工作加把力 乡村振兴添活力.md": date first so downloads sort by day; one
 * name, never a path. (Until src/export's file-name helper is part of the export module.)
 */
export function exportFileName(article: Pick<Article, 'title' | 'published'>, format: ExportFormat): string {
  const title = (article.title ?? '')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[/\\:*?"<>|]/g, (c) => FULL_WIDTH[c] ?? '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  const date = article.published && /^\d{4}-\d{2}-\d{2}$/.test(article.published) ? article.published : '';
  const base = [date, Array.from(title).slice(0, 80).join('')].filter(Boolean).join(' ').replace(/[\s.]+$/, '') || 'article';
  return `${base}.${format === 'markdown' ? 'md' : 'txt'}`;
}

export function mimeType(format: ExportFormat): string {
  return format === 'markdown' ? 'text/markdown;charset=utf-8' : 'text/plain;charset=utf-8';
}
