import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/reader/export-adapter';

const article = { lang: 'zh-Hans', originalScript: 'hans' as const, text: '' };

describe('exportFileName (through src/export/file-name.ts)', () => {
  it('should put the date first and keep Chinese titles readable', () => {
    expect(exportFileName({ ...article, title: '民政工作加把力 乡村振兴添活力', published: '2024-03-08' }, 'markdown')).toBe('2024-03-08 民政工作加把力 乡村振兴添活力.md');
  });

  it('should never let a title leave the download folder', () => {
    const name = exportFileName({ ...article, title: '../../etc/passwd: a\\b|c?*<>"', published: null }, 'text');
    expect(name).not.toMatch(/[\\/:*?"<>|]/);
    expect(name.startsWith('.')).toBe(false);
    expect(name.endsWith('.txt')).toBe(true);
  });

  it('should name an untitled article in the chosen script', () => {
    expect(exportFileName({ ...article, title: null, published: null }, 'markdown', 'hans')).toBe('无标题.md');
    expect(exportFileName({ ...article, title: null, published: null }, 'markdown', 'tw')).toMatch(/^無標題\.md$/);
  });
});
