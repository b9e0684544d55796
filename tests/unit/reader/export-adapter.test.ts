import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/reader/export-adapter';

describe('exportFileName', () => {
  it('should put the date first and keep Chinese titles readable', () => {
    expect(exportFileName({ title: '民政工作加把力 乡村振兴添活力', published: '2024-03-08' }, 'markdown')).toBe('2024-03-08 民政工作加把力 乡村振兴添活力.md');
  });

  it('should never let a title leave the download folder', () => {
    const name = exportFileName({ title: '../../etc/passwd: a\\b|c?*<>"', published: null }, 'text');
    expect(name).not.toMatch(/[\\/:*?"<>|]/);
    expect(name).toBe('..／..／etc／passwd： a＼b｜c？＊＜＞＂.txt'.replace(/^\.+/, ''));
    expect(name.startsWith('.')).toBe(false);
    expect(name.endsWith('.txt')).toBe(true);
  });

  it('should fall back to a plain name without a title', () => {
    expect(exportFileName({ title: null, published: null }, 'markdown')).toBe('article.md');
  });
});
