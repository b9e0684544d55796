import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { toMarkdown } from '../../../src/export/to-markdown';
import { toPlainText } from '../../../src/export/to-plain-text';
import { convertArticle, converterFor } from '../../../src/convert/convert-article';
import type { Article, TargetScript } from '../../../src/shared/types';
import { activeAttributes, foreignElements, markdownToText } from '../../helpers/markdown-text';
import { article, miniSeed, p } from './articles';

const win = new JSDOM('').window as unknown as Window;

async function inScript(a: Article, script: TargetScript): Promise<Article> {
  return convertArticle(a, await converterFor(a, script), win);
}

describe('toMarkdown: interviews', () => {
  it('writes the header, the people with titles, the lead and one labelled paragraph per turn', () => {
    const md = toMarkdown(miniSeed(), { script: 'hans' });
    expect(md).toBe(
      [
        '# 民政工作加把力 乡村振兴添活力',
        '- 来源：中国社会报\n- 日期：2024-03-08\n- 原文：<https://news.example.com/2024/0308/a1.html>',
        '**主持人**：刘静静（本报记者）',
        '**嘉宾**：\n\n- 王雪韬（内蒙古自治区赤峰市民政局局长）\n- 陶朝晖（湖南省衡阳市政协副主席、市民政局局长）',
        '![](https://news.example.com/img/1.jpg)',
        '*资料图片：志愿服务*。',
        '近年来，全国民政部门立足自身职责。',
        '**问（刘静静）**：民政部门做了哪些具体工作？',
        '**王雪韬**：赤峰市不断健全困难群众主动发现机制。',
        '**陶朝晖**：衡阳市民政系统持续改革完善社会救助制度。',
        '此外，我们深入推进农村殡葬改革。',
        '**问（刘静静）**：下一步还有哪些部署？',
        '**王雪韬**：赤峰市民政局将统筹资源。',
      ].join('\n\n') + '\n',
    );
  });

  it('renders labels as bold in a CommonMark viewer (no stray asterisks next to CJK punctuation)', () => {
    const md = toMarkdown(miniSeed(), { script: 'hans' });
    expect(markdownToText(md)).not.toContain('*');
  });

  it('follows Traditional, including names, titles and its own labels; the URL is untouched', async () => {
    const a = await inScript(miniSeed(), 'hant');
    const md = toMarkdown(a, { script: 'hant' });
    expect(md).toContain('- 來源：中國社會報');
    expect(md).toContain('**主持人**：劉靜靜（本報記者）');
    expect(md).toContain('**嘉賓**：');
    expect(md).toContain('- 陶朝暉（湖南省衡陽市政協副主席、市民政局局長）');
    expect(md).toContain('**問（劉靜靜）**：民政部門做了哪些具體工作？');
    expect(md).toContain('**王雪韜**：');
    expect(md).toContain('<https://news.example.com/2024/0308/a1.html>');
    expect(md).not.toMatch(/[问来宾报记这]/);
  });

  it.each([
    ['tw', '嘉賓'],
    ['hk', '嘉賓'],
    ['hans', '嘉宾'],
  ] as const)('labels for script %s', async (script, guests) => {
    const a = await inScript(miniSeed(), script);
    expect(toMarkdown(a, { script })).toContain(`**${guests}**：`);
  });

  it('uses the page script for "original": Traditional labels on a Traditional page', () => {
    const a = { ...miniSeed(), originalScript: 'hant' as const };
    expect(toMarkdown(a, { script: 'original' })).toContain('**嘉賓**');
  });

  it('marks only the host turns that ask (a closing remark is not a question)', () => {
    const a = miniSeed();
    a.blocks.push(p('主持人：感谢两位嘉宾的分享。'));
    a.interview!.turns.push({ speaker: '刘静静', role: 'host', text: '感谢两位嘉宾的分享。' });
    const md = toMarkdown(a, { script: 'hans' });
    expect(md).toContain('**刘静静**：感谢两位嘉宾的分享。');
    expect(md.match(/\*\*问（刘静静）\*\*/g)).toHaveLength(2);
  });

  it('English interviews get English labels', () => {
    const a = article([p('We spoke with Maria Lopez.'), p('Q: How did it start?'), p('A: With a council meeting.'), p('Q: What next?'), p('A: More beds.')], {
      title: 'A Q&A with Maria Lopez',
      lang: 'en',
      originalScript: null,
      source: 'Riverside Gazette',
      byline: 'Daniel Brooks',
      interview: {
        host: [{ name: 'Daniel Brooks', title: '' }],
        guests: [{ name: 'Maria Lopez', title: 'community gardener' }],
        turns: [
          { speaker: 'Daniel Brooks', role: 'host', text: 'How did it start?' },
          { speaker: 'Maria Lopez', role: 'guest', text: 'With a council meeting.' },
          { speaker: 'Daniel Brooks', role: 'host', text: 'What next?' },
          { speaker: 'Maria Lopez', role: 'guest', text: 'More beds.' },
        ],
      },
    });
    const md = toMarkdown(a, { script: 'original' });
    expect(md).toContain('- Source: Riverside Gazette\n- Date: 2024-03-08\n- Author: Daniel Brooks');
    expect(md).toContain('**Interviewer**: Daniel Brooks\n\n**Guest**: Maria Lopez, community gardener');
    expect(md).toContain('**Q (Daniel Brooks)**: How did it start?\n\n**Maria Lopez**: With a council meeting.');
    expect(md).not.toMatch(/\n(Q|A): /);
    expect(toPlainText(a, { script: 'original' })).toContain('Q (Daniel Brooks): How did it start?\n\nMaria Lopez: With a council meeting.');
  });

  it('falls back to the transcript alone when the turns cannot be found among the blocks', () => {
    const a = miniSeed();
    a.interview!.turns[1] = { speaker: '王雪韬', role: 'guest', text: '这段话不在正文里。' };
    const md = toMarkdown(a, { script: 'hans' });
    expect(md).toContain('**王雪韬**：这段话不在正文里。');
    expect(md).not.toContain('近年来');
    expect(md.match(/\*\*王雪韬\*\*/g)).toHaveLength(2);
  });
});

describe('toMarkdown: articles', () => {
  it('keeps headings, lists, links, images with absolute URLs and captions', () => {
    const a = article(
      [
        p('本报讯 近日，市里发布了新规。', '本报讯 近日，市里发布了<a href="https://gov.example.cn/rule.html">新规</a>。'),
        { kind: 'heading', text: '一、活动时间', level: 2, html: '一、活动时间' },
        { kind: 'list-item', text: '6月5日开始', html: '6月5日开始' },
        { kind: 'list-item', text: '9月10日结束', html: '9月10日结束' },
        { kind: 'image', text: '', image: { src: 'https://news.example.com/a b.jpg', alt: '溺水 [示意]', caption: null } },
        { kind: 'caption', text: '（图为演练现场）', html: '（图为演练现场）' },
        { kind: 'quote', text: '安全第一。', html: '安全第一。' },
      ],
      { title: '关于开展防溺水教育活动的通知' },
    );
    const md = toMarkdown(a, { script: 'hans' });
    expect(md).toContain('本报讯 近日，市里发布了[新规](https://gov.example.cn/rule.html)。');
    expect(md).toContain('### 一、活动时间');
    expect(md).toContain('- 6月5日开始\n- 9月10日结束');
    expect(md).toContain('![溺水 \\[示意\\]](<https://news.example.com/a b.jpg>)');
    expect(md).toContain('（*图为演练现场*）');
    expect(md).toContain('> 安全第一。');
  });

  it('does not escape CJK or full-width punctuation, only ASCII Markdown syntax', () => {
    const a = article([p('【快讯】５＊３＝１５，《规定》第1条：A_B*C。')]);
    const md = toMarkdown(a, { script: 'hans' });
    expect(md).toContain('【快讯】５＊３＝１５，《规定》第1条：A\\_B\\*C。');
  });

  it('never lets page text become HTML', () => {
    const a = article([p('<script>alert(1)</script> 和 <img src=x onerror=alert(1)>'), p('链接', '<a href="javascript:alert(1)">链接</a>')], {
      title: '<b>标题</b>',
      interview: null,
    });
    const md = toMarkdown(a, { script: 'hans' });
    expect(foreignElements(md)).toEqual([]);
    expect(activeAttributes(md)).toEqual([]);
    expect(markdownToText(md)).toContain('<script>alert(1)</script> 和 <img src=x onerror=alert(1)>');
  });

  it('an interview turn with markup in it stays text', () => {
    const a = miniSeed();
    a.blocks[8] = p('王雪韬：<img src=x onerror=alert(1)>');
    a.interview!.turns[1] = { speaker: '王雪韬', role: 'guest', text: '<img src=x onerror=alert(1)>' };
    const md = toMarkdown(a, { script: 'hans' });
    expect(foreignElements(md)).toEqual([]);
    expect(activeAttributes(md)).toEqual([]);
  });
});
