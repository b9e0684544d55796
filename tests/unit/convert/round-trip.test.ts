import { describe, expect, it } from 'vitest';
import { loadConverter } from '../../../src/convert/opencc-converters';
import { convertArticle, convertHtml, langTag } from '../../../src/convert/convert-article';
import { runPipeline } from '../../../src/pipeline/run-pipeline';
import { page } from '../../helpers/dom';

const WORDS = [
  '承担着', '著名', '显著', '著作', '土著', '原著', '专著', '编著', '译著', '卓著', '论著', '着迷', '接着', '意味着', '执着',
  '干净', '干部', '乾隆', '乾坤', '饼干', '头发', '理发', '发展', '出发', '皇后', '后来', '里面', '公里', '一只', '只有',
  '了解', '游戏', '准备', '系统', '联系', '复杂', '答复', '背着手',
];

describe('Simplified → Traditional → Simplified round trips', () => {
  it.each(['hant', 'hk'] as const)('returns the same words through %s', async (variant) => {
    const toT = await loadConverter('hans', 'tw', variant);
    const back = await loadConverter('hant', variant === 'hk' ? 'hk' : 'tw', 'hans');
    const text = WORDS.join('，');
    expect(back(toT(text))).toBe(text);
  });

  it('uses Taiwan phrases for 台灣 (联系 → 聯絡) and keeps the characters right', async () => {
    const toTw = await loadConverter('hans', 'tw', 'tw');
    expect(toTw('联系软件')).toBe('聯絡軟體');
    const back = await loadConverter('hant', 'tw', 'hans');
    const text = WORDS.filter((w) => w !== '联系').join('，');
    expect(back(toTw(text))).toBe(text);
  });

  it('uses context for one-to-many characters (承擔著 → 承担着, 著名 stays)', async () => {
    const back = await loadConverter('hant', 'tw', 'hans');
    expect(back('民政部門承擔著職責，實施鄉村著名行動')).toBe('民政部门承担着职责，实施乡村著名行动');
  });

  it('builds each converter once', async () => {
    const [a, b] = await Promise.all([loadConverter('hans', 'tw', 'tw'), loadConverter('hans', 'tw', 'tw')]);
    expect(a).toBe(b);
  });
});

describe('converting an article', () => {
  it('converts text but never URLs or attributes, and every field the reader sees', async () => {
    const doc = page('<h1>乡村振兴添活力</h1><div><p>详见<a href="https://example.com/乡村/发展">乡村发展</a>。近年来民政部门立足自身职责，采取务实举措。</p><p>这是第二段，讲述了发展的成果。</p></div>');
    const article = runPipeline(doc);
    const toTw = await loadConverter('hans', 'tw', 'tw');
    const win = doc.defaultView as unknown as Window;
    const out = convertArticle(article, toTw, win);
    expect(out.title).toBe('鄉村振興添活力');
    expect(out.text).toContain('鄉村發展');
    expect(out.html).toContain('href="https://example.com/%E4%B9%A1%E6%9D%91/%E5%8F%91%E5%B1%95"');
    expect(convertHtml('<p title="乡村">乡村</p>', toTw, win)).toBe('<p title="乡村">鄉村</p>');
    expect(article.title).toBe('乡村振兴添活力');
  });

  it('gives the lang tag for each target', () => {
    expect([langTag('hans', 'hant'), langTag('tw', 'hans'), langTag('hk', 'hans'), langTag('original', 'hant'), langTag('original', null)]).toEqual([
      'zh-Hans', 'zh-Hant-TW', 'zh-Hant-HK', 'zh-Hant', null,
    ]);
  });
});
