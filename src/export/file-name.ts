import type { Article, TargetScript } from '../shared/types';
import { exportLabels, labelSetFor } from './export-labels';

/**
 * `YYYY-MM-DD 标题.md`: date first so saved articles sort by day. The title keeps its
 * script and punctuation; characters no file system accepts become their full-width forms
 * (`：`, `？`, `／`), which read the same in a Chinese title. The result is always one
 * name, never a path: no separators, no `.`/`..`, no hidden or device names, at most
 * `MAX_NAME_BYTES` bytes of UTF-8 (ext4 and APFS allow 255 bytes, Windows 255 UTF-16 units).
 */

export type ExportExtension = 'md' | 'txt';

export const MAX_NAME_BYTES = 200;

const FULL_WIDTH: Record<string, string> = { '/': '／', '\\': '＼', ':': '：', '*': '＊', '?': '？', '"': '＂', '<': '＜', '>': '＞', '|': '｜' };
/** Controls, format characters (zero-width, bidi overrides that could disguise the extension), separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i;

export function exportFileName(article: Pick<Article, 'title' | 'published' | 'lang' | 'originalScript' | 'text'>, extension: ExportExtension, script: TargetScript = 'original'): string {
  const suffix = `.${extension}`;
  const date = article.published && /^\d{4}-\d{2}-\d{2}$/.test(article.published) ? article.published : '';
  const title = cleanTitle(article.title ?? '') || exportLabels(labelSetFor(article, script)).untitled;
  let base = [date, title].filter(Boolean).join(' ');
  base = truncateBytes(base, MAX_NAME_BYTES - byteLength(suffix)).replace(/[\s.]+$/, '');
  if (WINDOWS_DEVICE.test(base)) base = `_${base}`;
  return base + suffix;
}

function cleanTitle(title: string): string {
  return title
    .replace(/\s/g, ' ')
    .replace(INVISIBLE, '')
    .replace(/[/\\:*?"<>|]/g, (c) => FULL_WIDTH[c]!)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
}

function byteLength(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** The longest prefix within `max` bytes, cut between characters (never inside a pair or a mark). */
function truncateBytes(s: string, max: number): string {
  if (byteLength(s) <= max) return s;
  let out = '';
  let bytes = 0;
  for (const ch of s) {
    const n = byteLength(ch);
    if (bytes + n > max) break;
    out += ch;
    bytes += n;
  }
  // A combining mark left at the end without its base reads as garbage.
  return out.replace(/\p{M}+$/u, '');
}
