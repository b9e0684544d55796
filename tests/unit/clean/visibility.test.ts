import { describe, expect, it } from 'vitest';
import { removeHiddenElements } from '../../../src/clean/visibility/remove-hidden';
import { createComputedStyleOracle, type LiveView } from '../../../src/clean/visibility/computed-style-oracle';
import { context, page, bodyText } from '../../helpers/dom';

const ARTICLE = '<p>桐江市今年新建口袋公园十二处，市民出门五分钟就能走进绿地，周末带孩子来玩的家庭越来越多。</p>';

function clean(html: string) {
  const doc = page(html);
  const ctx = context(doc);
  removeHiddenElements(ctx);
  return { doc, text: bodyText(doc), removals: ctx.removals };
}

describe('visibility step (Node: inline styles and <style> rules)', () => {
  it.each([
    ['inline display:none', '<div style="display:none">黄网站免费观看</div>'],
    ['inline visibility:hidden', '<div style="visibility: hidden">百家乐在线开户</div>'],
    ['font-size:0', '<span style="font-size:0px">aPZJ9fq</span>'],
    ['opacity:0', '<div style="opacity:0">彩票计划网</div>'],
    ['off-screen absolute', '<div style="position:absolute;left:-9999px;top:-9999px">真人娱乐</div>'],
    ['fixed far above', '<div style="position:fixed;top:-2000px">体育投注</div>'],
    ['text-indent', '<div style="text-indent:-9999px">代开发票</div>'],
    ['zero height with overflow hidden', '<div style="height:0;overflow:hidden">办证刻章</div>'],
    ['clip rect', '<div style="position:absolute;clip:rect(0 0 0 0)">激情图片</div>'],
    ['hidden attribute', '<div hidden>毕业证快速办理</div>'],
    ['white on declared white', '<div style="background:#fff"><span style="color:#ffffff">kF3s7</span></div>'],
    ['white <font> watermark', '<p>正文<font color="#FFFFFF">dmD6Qb2i</font>继续</p>'],
    ['transparent text', '<p>正文<span style="color:transparent">kF3s7</span>继续</p>'],
    ['content-visibility:hidden', '<div style="content-visibility:hidden">彩票计划网</div>'],
    ['pushed off the left edge by right', '<div style="position:absolute;right:9999px">体育投注</div>'],
  ])('removes %s', (_name, hidden) => {
    const { text, removals } = clean(ARTICLE + hidden);
    expect(text).toContain('口袋公园');
    expect(removals).toHaveLength(1);
    expect(removals[0]).toMatchObject({ step: 'visibility', category: 'hidden' });
    expect(text).not.toMatch(/黄网站|百家乐|aPZJ9fq|彩票|真人|体育|代开|办证|激情|毕业证|kF3s7|dmD6Qb2i/);
  });

  it('applies <style> rules, including several selectors and !important', () => {
    const { text, removals } = clean(`<style>.a, .lj { display: none !important } #wm{font-size:0}</style>${ARTICLE}<div class="lj">澳门真人娱乐官网</div><span id="wm">Ey8p6H2</span>`);
    expect(text).not.toContain('澳门');
    expect(text).not.toContain('Ey8p6H2');
    expect(removals.map((r) => r.reason)).toEqual(['display:none', 'font-size:0']);
  });

  it('lets an inline style override a hiding rule', () => {
    const { text } = clean(`<style>.box{display:none}</style>${ARTICLE}<div class="box" style="display:block">可见的段落</div>`);
    expect(text).toContain('可见的段落');
  });

  it('keeps a hidden element that holds most of the page (an article revealed by script)', () => {
    const { text, removals } = clean(`<div style="display:none">${ARTICLE.repeat(4)}</div><p>页脚</p>`);
    expect(text).toContain('口袋公园');
    expect(removals).toHaveLength(0);
  });

  it('survives CSS that no parser understands', () => {
    const { text } = clean(`<style>@media {{{ .x { display:none } ;;; }} } .y{color:</style>${ARTICLE}<div class="y">尾部</div>`);
    expect(text).toContain('口袋公园');
  });

  it('keeps visible text with ordinary styles', () => {
    const { text, removals } = clean(`<div style="color:#333;position:relative;left:10px">${ARTICLE}</div>`);
    expect(text).toContain('口袋公园');
    expect(removals).toHaveLength(0);
  });
});

describe('visibility from computed style (content script)', () => {
  it('maps what the live page hides onto the clone, without touching the live page', () => {
    const live = page(`${ARTICLE}<div id="farm">链接农场</div><p>尾段正文</p>`);
    const clone = live.cloneNode(true) as Document;
    const hiddenIds = new Set(['farm']);
    const view: LiveView = {
      scrollX: 0,
      scrollY: 0,
      getComputedStyle: (el) => ({
        getPropertyValue: (prop) =>
          prop === 'display' ? (hiddenIds.has(el.id) ? 'none' : 'block') : prop === 'color' ? 'rgb(0, 0, 0)' : prop === 'background-color' ? 'rgba(0, 0, 0, 0)' : '',
      }),
    };
    const ctx = { ...context(clone), hiddenOracle: createComputedStyleOracle(live, clone, view) };
    removeHiddenElements(ctx);
    expect(bodyText(clone)).not.toContain('链接农场');
    expect(bodyText(clone)).toContain('尾段正文');
    expect(bodyText(live)).toContain('链接农场');
  });
});
