// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { groupRemovals, removedSummary, renderRemovedList } from '../../../src/reader/removed-list';
import type { Removal } from '../../../src/shared/types';
import { translator } from './strings';

const r = (category: Removal['category'], text: string, reason = 'why'): Removal => ({ step: category, category, reason, text });

const REMOVED: Removal[] = [
  r('pinyin', '當(dāng)', 'gloss'),
  r('chrome', '当前位置：首页 > 正文'),
  r('pinyin', '當(dāng)', 'gloss'),
  r('spam', '黄网站免费永久在线观看'),
  r('pinyin', '報(bào)', 'gloss'),
  r('garble', '?!?/p>'),
];

describe('groupRemovals', () => {
  it('should order groups spam, chrome, pinyin, garble and fold repeats', () => {
    const groups = groupRemovals(REMOVED);
    expect(groups.map((g) => [g.category, g.count])).toEqual([
      ['spam', 1],
      ['chrome', 1],
      ['pinyin', 3],
      ['garble', 1],
    ]);
    expect(groups[2]!.entries).toEqual([
      { text: '當(dāng)', reason: 'gloss', count: 2 },
      { text: '報(bào)', reason: 'gloss', count: 1 },
    ]);
  });
});

describe('removedSummary', () => {
  it('should read like the issue in Chinese', () => {
    expect(removedSummary(groupRemovals(REMOVED), translator('zh_CN'))).toBe('已移除：垃圾广告 1 · 页面杂项 1 · 拼音注音 3 · 乱码 1');
  });

  it('should put a space after an ASCII colon', () => {
    expect(removedSummary(groupRemovals(REMOVED), translator('en'))).toBe('Removed: Spam 1 · Page clutter 1 · Pinyin glosses 3 · Garbled text 1');
  });

  it('should say when nothing was removed', () => {
    expect(removedSummary([], translator('zh_TW'))).toBe('沒有移除任何內容');
  });
});

describe('renderRemovedList', () => {
  it('should build a group’s entries only when it is opened', () => {
    const list = renderRemovedList(document, REMOVED, translator('zh_CN'));
    const pinyin = list.querySelector<HTMLDetailsElement>('[data-category="pinyin"]')!;
    expect(pinyin.querySelectorAll('.removed-entry')).toHaveLength(0);
    pinyin.open = true;
    pinyin.dispatchEvent(new Event('toggle'));
    const entries = pinyin.querySelectorAll('.removed-entry');
    expect(entries).toHaveLength(2);
    expect(entries[0]!.querySelector('.entry-count')!.textContent).toBe('×2');
    expect(entries[0]!.querySelector('.entry-full')!.textContent).toBe('當(dāng)');
  });

  it('should render removed text as text, never as markup', () => {
    const list = renderRemovedList(document, [r('spam', '<img src=x onerror=alert(1)>')], translator('en'));
    const group = list.querySelector<HTMLDetailsElement>('.removed-group')!;
    group.open = true;
    group.dispatchEvent(new Event('toggle'));
    expect(list.querySelector('img')).toBeNull();
    expect(list.querySelector('.entry-full')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
