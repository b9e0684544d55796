/**
 * The content script carries small generated tables instead of pinyin-pro and OpenCC.
 * These checks keep them honest against the libraries they were generated from.
 */
import { describe, expect, it } from 'vitest';
import { polyphonic } from 'pinyin-pro';
import * as OpenCC from 'opencc-js';
import { isReadingOf, normaliseSyllable } from '../../../src/clean/deobfuscate/readings';
import { readings } from '../../helpers/data';

const { readingsOf, isCommonHan } = readings;
import { SIMPLIFIED, TRADITIONAL, AMBIGUOUS } from '../../../src/detect/script-pairs-data';
import { withVariants } from '../../../src/clean/patterns/variants';

describe('readings table', () => {
  it('agrees with pinyin-pro on common characters', () => {
    for (const ch of '当地的水利林地资源服务汉字学到词比课本上还多为了著着长乐行重') {
      for (const r of polyphonic(ch, { type: 'array' })[0] ?? []) expect(readingsOf(ch)).toContain(r.normalize('NFC'));
    }
  });

  it('gives Traditional characters the readings of their Simplified form', () => {
    expect(readingsOf('處')).toEqual(expect.arrayContaining(['chù', 'chǔ']));
    expect(isReadingOf(readings, '當', 'dang1')).toBe(true);
    expect(isReadingOf(readings, '嗎', 'ma')).toBe(true);
    expect(isReadingOf(readings, '綠', 'lv4')).toBe(true);
  });

  it('normalises tone numbers to tone marks', () => {
    expect(['dang1', 'hao3', 'gou3', 'gui1', 'liu2', 'lv4', 'ma5', 'AQI'].map(normaliseSyllable)).toEqual(['dāng', 'hǎo', 'gǒu', 'guī', 'liú', 'lǜ', 'ma', 'aqi']);
  });

  it('treats Extension A and private-use characters as rare', () => {
    expect(isCommonHan('䶮')).toBe(false);
    expect(isCommonHan('斤')).toBe(true);
  });
});

describe('script pairs table', () => {
  it('pairs each Simplified character with its OpenCC Traditional form', () => {
    const s2t = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const s = [...SIMPLIFIED];
    const t = [...TRADITIONAL];
    expect(s.length).toBe(t.length);
    for (let i = 0; i < s.length; i += 7) expect(s2t(s[i]!)).toBe(t[i]);
    expect(AMBIGUOUS).toContain('后');
  });

  it('makes Simplified patterns match Traditional text', () => {
    const re = new RegExp(withVariants('当前位置|浏览次数|责任编辑'));
    expect(re.test('當前位置')).toBe(true);
    expect(re.test('瀏覽次數')).toBe(true);
    expect(re.test('責任編輯')).toBe(true);
  });
});
