import { describe, expect, it } from 'vitest';
import { toPlainText } from '../../../src/export/to-plain-text';
import { toMarkdown } from '../../../src/export/to-markdown';
import { labelSetFor } from '../../../src/export/export-labels';
import { markdownToText } from '../../helpers/markdown-text';
import { article, miniSeed, p } from './articles';

describe('toPlainText', () => {
  it('writes the interview as a transcript without markup, a blank line between paragraphs', () => {
    expect(toPlainText(miniSeed(), { script: 'hans' })).toBe(
      [
        '民政工作加把力 乡村振兴添活力',
        '来源：中国社会报\n日期：2024-03-08\n原文：https://news.example.com/2024/0308/a1.html',
        '主持人：刘静静（本报记者）',
        '嘉宾：\n\n王雪韬（内蒙古自治区赤峰市民政局局长）\n陶朝晖（湖南省衡阳市政协副主席、市民政局局长）',
        '资料图片：志愿服务。',
        '近年来，全国民政部门立足自身职责。',
        '问（刘静静）：民政部门做了哪些具体工作？',
        '王雪韬：赤峰市不断健全困难群众主动发现机制。',
        '陶朝晖：衡阳市民政系统持续改革完善社会救助制度。',
        '此外，我们深入推进农村殡葬改革。',
        '问（刘静静）：下一步还有哪些部署？',
        '王雪韬：赤峰市民政局将统筹资源。',
      ].join('\n\n') + '\n',
    );
  });

  it('never wraps long paragraphs and keeps the text as the page has it', () => {
    const long = '赤峰市不断健全困难群众主动发现、基本生活保障协调、家庭经济状况核对三项机制，'.repeat(8);
    const text = toPlainText(article([p(long), p('*不是强调* <b>不是标签</b>')]), { script: 'hans' });
    expect(text).toContain(`\n\n${long}\n\n`);
    expect(text).toContain('*不是强调* <b>不是标签</b>');
  });

  it('omits what is missing: no source, date or URL lines', () => {
    const text = toPlainText(article([p('正文。')], { source: null, published: null, url: '', byline: null }), { script: 'hans' });
    expect(text).toBe('民政工作加把力 乡村振兴添活力\n\n正文。\n');
  });
});

describe('round trip: the plain text of the Markdown export is the plain-text export', () => {
  const cases = [
    ['a small interview', miniSeed()],
    [
      'an article with links, bold, lists, a quote, escapes',
      article([
        p('本报讯 近日发布了新规。', '本报讯 近日发布了<a href="https://gov.example.cn/r.html">新规</a>。'),
        p('他说“不要慌”。', '他说<strong>“不要慌”</strong>。'),
        { kind: 'heading', text: '1. 背景', level: 1, html: '1. 背景' },
        { kind: 'list-item', text: '- 第一条', html: '- 第一条' },
        { kind: 'list-item', text: '* 第二条 <i>', html: '* 第二条 &lt;i&gt;' },
        { kind: 'quote', text: '> 引文 [1]', html: '&gt; 引文 [1]' },
        p('A_B*C `code` ~~x~~ &amp; #tag'),
        { kind: 'table', text: '指标单位工业亿元', html: '<table><tr><th>指标</th><th>单位</th></tr><tr><td>工业|制造</td><td>亿元</td></tr></table>' },
        { kind: 'table', text: '地区增长东区5%', html: '<tbody><tr><td>地区</td><td>增长</td></tr><tr><td>东区</td><td>5%</td></tr></tbody>' },
      ]),
    ],
  ] as const;
  it.each(cases)('%s', (_name, a) => {
    expect(markdownToText(toMarkdown(a, { script: 'hans' }))).toBe(toPlainText(a, { script: 'hans' }));
  });
});

describe('labelSetFor', () => {
  it.each([
    [{ lang: 'en', originalScript: null }, 'original', 'en'],
    [{ lang: 'zh-Hans', originalScript: 'hans' }, 'hant', 'hant'],
    [{ lang: 'zh-Hans', originalScript: 'hans' }, 'tw', 'hant'],
    [{ lang: 'zh-Hans', originalScript: 'hant' }, 'hans', 'hans'],
    [{ lang: 'zh-Hans', originalScript: 'hant' }, 'original', 'hant'],
    [{ lang: 'zh-Hant', originalScript: 'hant' }, 'original', 'hant'],
  ] as const)('%o in %s → %s', (fields, script, set) => {
    expect(labelSetFor({ ...fields, title: '标题', text: '正文' }, script)).toBe(set);
  });
});
