import { describe, expect, it } from 'vitest';
import { exportFileName, MAX_NAME_BYTES } from '../../../src/export/file-name';
import type { Article } from '../../../src/shared/types';

const a = (title: string | null, published: string | null = '2024-03-08', extra: Partial<Article> = {}) =>
  ({ title, published, lang: 'zh-Hans', originalScript: 'hans', text: '正文', ...extra }) as Pick<Article, 'title' | 'published' | 'lang' | 'originalScript' | 'text'>;
const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('exportFileName', () => {
  it('is YYYY-MM-DD 标题.ext', () => {
    expect(exportFileName(a('民政工作加把力 乡村振兴添活力'), 'md')).toBe('2024-03-08 民政工作加把力 乡村振兴添活力.md');
    expect(exportFileName(a('民政工作加把力'), 'txt')).toBe('2024-03-08 民政工作加把力.txt');
  });

  it('replaces characters file systems reject with their full-width forms', () => {
    expect(exportFileName(a('体检报告上的“箭头”都要紧吗?'), 'md')).toBe('2024-03-08 体检报告上的“箭头”都要紧吗？.md');
    expect(exportFileName(a('A/B: "x" <y> | z * w \\ v'), 'txt')).toBe('2024-03-08 A／B： ＂x＂ ＜y＞ ｜ z ＊ w ＼ v.txt');
  });

  it('is never a path, a hidden file or a device name', () => {
    for (const title of ['../../etc/passwd', '..', '.bashrc', '/tmp/x', 'C:\\Windows\\x']) {
      const name = exportFileName(a(title, null), 'md');
      expect(name).not.toMatch(/[/\\]/);
      expect(name.startsWith('.')).toBe(false);
    }
    expect(exportFileName(a('CON', null), 'txt')).toBe('_CON.txt');
    expect(exportFileName(a('nul.tar', null), 'md')).toBe('_nul.tar.md');
  });

  it('drops control and invisible formatting characters (a right-to-left override could fake the extension)', () => {
    expect(exportFileName(a('标题\u202Egpj.exe\u200B\n换行'), 'md')).toBe('2024-03-08 标题gpj.exe 换行.md');
  });

  it('is limited in length, cut between characters', () => {
    const name = exportFileName(a('长'.repeat(300)), 'md');
    expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name).toMatch(/^2024-03-08 长+\.md$/);
    const emoji = exportFileName(a('😀'.repeat(100), null), 'txt');
    expect(emoji).toMatch(/^(😀)+\.txt$/u);
  });

  it('names an untitled article in its language', () => {
    expect(exportFileName(a(null), 'md')).toBe('2024-03-08 无标题.md');
    expect(exportFileName(a('', null), 'md', 'hant')).toBe('無標題.md');
    expect(exportFileName(a(null, null, { lang: 'en', originalScript: null, text: 'Body' }), 'txt')).toBe('Untitled.txt');
  });
});
