import { describe, expect, it } from 'vitest';
import { countHan, textWeight } from '../../../src/shared/dom';

// The loop in countHan must count exactly what the regex it replaced counts.
const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z]+(?:'[A-Za-z]+)?/g;
const byRegex = (text: string) => text.match(HAN)?.length ?? 0;

describe('countHan / textWeight', () => {
  it('counts every code point as the Han-script regex does', () => {
    const parts: string[] = [];
    for (let c = 0; c < 0x110000; c++) if (c < 0xd800 || c > 0xdfff) parts.push(String.fromCodePoint(c));
    const all = parts.join('');
    expect(countHan(all)).toBe(byRegex(all));
    // Reversed by code unit: every pair broken into lone surrogates.
    const broken = all.split('').reverse().join('');
    expect(countHan(broken)).toBe(byRegex(broken));
  });

  it('handles astral ideographs, lone surrogates and mixed text', () => {
    for (const text of ['𠀀𪜀', '\ud840', 'a\ud840', '\udc00\ud840\udc00x', '〇々〆中文，。「」', '']) expect(countHan(text)).toBe(byRegex(text));
  });

  it('weighs one Han character like one Latin word', () => {
    for (const text of ["don't stop 我們 it's", '新华社北京3月8日电 (Xinhua) reporter', 'a-b c_d']) {
      expect(textWeight(text)).toBe(byRegex(text) + (text.match(LATIN_WORD)?.length ?? 0));
    }
    expect(textWeight('中文 and English')).toBe(4);
  });
});
