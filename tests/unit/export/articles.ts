/** Small articles for the export tests, in the shape the pipeline returns them. */
import type { Article, Block, Interview } from '../../../src/shared/types';

export function article(blocks: Block[], fields: Partial<Article> = {}): Article {
  return {
    isArticle: true,
    url: 'https://news.example.com/2024/0308/a1.html',
    title: '民政工作加把力 乡村振兴添活力',
    published: '2024-03-08',
    source: '中国社会报',
    byline: null,
    lang: 'zh-Hans',
    originalScript: 'hans',
    html: '',
    text: blocks.map((b) => b.text).filter(Boolean).join('\n\n'),
    blocks,
    interview: null,
    removed: [],
    timings: {},
    ...fields,
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
export const p = (text: string, html = esc(text)): Block => ({ kind: 'paragraph', text, html });
export const bold = (text: string): Block => ({ kind: 'paragraph', text, html: `<strong>${esc(text)}</strong>`, emphasized: true });

/** The seed's shape in miniature: intro lines, an image with its caption, a lead, bold questions, named answers. */
export function miniSeed(): Article {
  const blocks: Block[] = [
    p('主持人：本报记者 刘静静'),
    p('访谈嘉宾：'),
    p('王雪韬 内蒙古自治区赤峰市民政局局长'),
    p('陶朝晖 湖南省衡阳市政协副主席、市民政局局长'),
    { kind: 'image', text: '', image: { src: 'https://news.example.com/img/1.jpg', alt: '', caption: '资料图片：志愿服务。' } },
    { kind: 'caption', text: '资料图片：志愿服务。', html: '资料图片：志愿服务。' },
    p('近年来，全国民政部门立足自身职责。'),
    bold('民政部门做了哪些具体工作？'),
    p('王雪韬：赤峰市不断健全困难群众主动发现机制。'),
    p('陶朝晖：衡阳市民政系统持续改革完善社会救助制度。'),
    p('此外，我们深入推进农村殡葬改革。'),
    bold('下一步还有哪些部署？'),
    p('王雪韬：赤峰市民政局将统筹资源。'),
  ];
  const interview: Interview = {
    host: [{ name: '刘静静', title: '本报记者' }],
    guests: [
      { name: '王雪韬', title: '内蒙古自治区赤峰市民政局局长' },
      { name: '陶朝晖', title: '湖南省衡阳市政协副主席、市民政局局长' },
    ],
    turns: [
      { speaker: '刘静静', role: 'host', text: '民政部门做了哪些具体工作？' },
      { speaker: '王雪韬', role: 'guest', text: '赤峰市不断健全困难群众主动发现机制。' },
      { speaker: '陶朝晖', role: 'guest', text: '衡阳市民政系统持续改革完善社会救助制度。\n\n此外，我们深入推进农村殡葬改革。' },
      { speaker: '刘静静', role: 'host', text: '下一步还有哪些部署？' },
      { speaker: '王雪韬', role: 'guest', text: '赤峰市民政局将统筹资源。' },
    ],
  };
  return article(blocks, { interview });
}
