import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeMarkdownText, markdownDestination } from '../../../src/export/markdown-escape';
import { foreignElements, markdownToText } from '../../helpers/markdown-text';

describe('escapeMarkdownText', () => {
  it('leaves Chinese text and full-width punctuation alone', () => {
    const s = '赤峰市不断健全“三项机制”，将14.5万名低收入人口纳入监测：【一】（二）《三》＊＃＿？！';
    expect(escapeMarkdownText(s)).toBe(s);
  });

  it.each([
    ['*强调*', '\\*强调\\*'],
    ['A_B', 'A\\_B'],
    ['[链接](x)', '\\[链接\\](x)'],
    ['<b>x</b>', '\\<b>x\\</b>'],
    ['# 不是标题', '\\# 不是标题'],
    ['> 不是引用', '\\> 不是引用'],
    ['- 不是列表', '\\- 不是列表'],
    ['1. 不是列表', '1\\. 不是列表'],
    ['---', '\\---'],
    ['&amp; 实体', '\\&amp; 实体'],
    ['~~删除~~', '\\~~删除\\~~'],
    ['`代码`', '\\`代码\\`'],
  ])('%s → %s', (input, out) => {
    expect(escapeMarkdownText(input)).toBe(out);
  });

  it('renders back to the same text, and never to HTML (any one-line text)', () => {
    const alphabet = fc.constantFrom(...'赤峰市，。：？！“”（）【】《》＊ abcXYZ019*_[]()<>#&;!`~|-+=.\\/:\'"'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: 1, maxLength: 40 }), (chars) => {
        const text = chars.join('').trim();
        if (!text) return;
        const md = escapeMarkdownText(text);
        expect(markdownToText(md)).toBe(text + '\n');
        expect(foreignElements(md)).toEqual([]);
      }),
      { numRuns: 300, seed: 20240308 },
    );
  });
});

describe('markdownDestination', () => {
  it('wraps URLs with spaces or parentheses in <>', () => {
    expect(markdownDestination('https://a.example/x.jpg')).toBe('https://a.example/x.jpg');
    expect(markdownDestination('https://a.example/a b(1).jpg')).toBe('<https://a.example/a b(1).jpg>');
  });
});
