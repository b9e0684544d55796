import { describe, expect, it } from 'vitest';
import { removePageChrome } from '../../../src/clean/remove-page-chrome';
import { context, page, bodyText } from '../../helpers/dom';

const ARTICLE =
  '<div class="content"><p>今年秋季学期开学以来，桐江市实验中学推出了覆盖全校的课后服务方案，学生可以在六大类四十多门课程中自主选择。</p>' +
  '<p>校长说，大家可以把喜欢的课程分享到家长群，也可以打印课表贴在家里，这样安排更方便。</p></div>';

function clean(html: string) {
  const doc = page(html);
  const ctx = context(doc);
  removePageChrome(ctx);
  return { doc, text: bodyText(doc), removals: ctx.removals };
}

describe('page chrome step', () => {
  it.each([
    ['breadcrumb', '<div>当前位置：<a href="/">首页</a> &gt; <a href="/news">新闻中心</a> &gt; 正文</div>', '当前位置'],
    ['Traditional breadcrumb', '<div>當前位置: <a href="/">首頁</a> &gt; 正文</div>', '當前位置'],
    ['breadcrumb trail', '<div><a href="/">首页</a> &gt; <a href="/sh/">教育</a> &gt; 正文</div>', '首页'],
    ['font size tool', '<div>【字体：<a>大</a> <a>中</a> <a>小</a>】</div>', '字体'],
    ['print / close', '<div>【打印本页】 【关闭窗口】</div>', '关闭窗口'],
    ['share bar', '<div>分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>', 'QQ空间'],
    ['QR code', '<div class="qr"><img src="/qr.png"><p>扫一扫在手机打开当前页</p></div>', '扫一扫'],
    ['view count', '<div>发布时间：2024-03-08 浏览次数：1287</div>', '浏览次数'],
    ['editor line', '<p>（责任编辑：陈思）</p>', '责任编辑'],
    ['previous / next', '<p>上一篇：市农业农村局召开推进会</p><p>下一篇：全市高标准农田建设</p>', '上一篇'],
    ['copyright footer', '<p>Copyright © 2024 桐江新闻网 版权所有 浙ICP备12345678号</p>', '版权所有'],
    ['site identifier', '<p>网站标识码：3301094868</p>', '网站标识码'],
    ['app prompt', '<div>打开App，阅读全文</div>', '打开App'],
    ['cookie banner', '<div><p>We use cookies to improve your experience.</p><button>Accept all</button></div>', 'cookies'],
    ['e-paper navigation', '<div><strong>版面导航</strong><ul><li><a>第01版：要闻</a></li><li><a>第02版：综合</a></li></ul></div>', '版面导航'],
    ['repost note', '<p><em>本文转载自桐江晚报，版权归原作者所有。</em></p>', '转载'],
    ['date-first meta line', '<div>2024年07月15日16:21 | 来源：新华社</div>', '新华社'],
    ['self-media meta line', '<p>2024-07-16 09:12发布于：浙江省阅读 (2,318)</p>', '发布于'],
    ['WeChat follow prompt', '<p>点击上方蓝字关注我们</p>', '蓝字'],
    ['WeChat credits', '<p>文字｜周晓 图片｜云溪市博物馆</p>', '周晓'],
    ['editor with a bar', '<p>编辑｜林一 审核｜何平</p>', '林一'],
    ['END mark', '<p>- END -</p>', 'END'],
    ['reactions', '<p>分享、点赞、在看，一起传播美好</p>', '传播美好'],
    ['action bar', '<div>不感兴趣 点赞 36 举报</div>', '举报'],
    ['platform disclaimer', '<p>平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p>', '平台声明'],
    ['gallery controls', '<div><span>上一张</span><span>自动播放</span><span>下一张</span></div><p>3/7</p><p>已经是最后一张了 重新浏览</p>', '自动播放'],
    ['app slogan', '<p>海量资讯、精准解读，尽在新浪新闻APP</p>', '尽在'],
    ['stay-tuned promo', '<div class="tip">更多详情，请关注云溪新闻网后续报道。</div>', '后续报道'],
  ])('removes the %s', (_n, chrome, marker) => {
    const { text, removals } = clean(ARTICLE + chrome);
    expect(text).not.toContain(marker);
    expect(text).toContain('课后服务方案');
    expect(removals.length).toBeGreaterThan(0);
    expect(removals.every((r) => r.step === 'chrome' && r.category === 'chrome')).toBe(true);
  });

  it('removes a related-news section with its list', () => {
    const { text } = clean(
      ARTICLE + '<div class="box"><h3>相关新闻</h3><ul><li><a href="/1">文化惠民演出走进二十个乡村</a></li><li><a href="/2">滨江绿道二期工程完工</a></li></ul></div>',
    );
    expect(text).not.toContain('相关新闻');
    expect(text).not.toContain('滨江绿道');
  });

  it('removes navigation, forms and sidebars by markup', () => {
    const { text } = clean(`<nav><a href="/">首页</a><a href="/a">要闻</a></nav>${ARTICLE}<aside><h3>热点推荐</h3><p>一批重点项目集中开工</p></aside><form><input name="q"><button>搜索</button></form>`);
    expect(text).not.toMatch(/要闻|重点项目|搜索/);
  });

  it('keeps article sentences that mention sharing and printing', () => {
    const { text } = clean(ARTICLE);
    expect(text).toContain('分享到家长群');
    expect(text).toContain('打印课表');
  });

  it('never removes a container holding the article, whatever its class', () => {
    const { text } = clean(`<div class="main-share-related">${ARTICLE}${ARTICLE}</div>`);
    expect(text).toContain('课后服务方案');
  });
});

describe('summary box', () => {
  it('removes a summary that repeats the opening cut off, keeps an editor\'s 导语 of its own', () => {
    const opening = '今年秋季学期开学以来，桐江市实验中学推出了覆盖全校的课后服务方案';
    const { text, removals } = clean(`<div class="s"><div><strong>摘要</strong>: ${opening}...</div></div>${ARTICLE}`);
    expect(text).not.toContain('摘要');
    expect(removals.map((r) => r.reason)).toContain('summary repeating the article');
    const own = clean(`<p>导语：课后服务怎样才能既减负又提质？记者走进三所学校寻找答案。</p>${ARTICLE}`);
    expect(own.text).toContain('导语');
  });
});

describe('filing data and reading time', () => {
  it('removes a disclosure page\'s document table and a reading-time estimate', () => {
    const table = '<table><tr><td>索 引 号：</td><td>1100/2024-00417</td><td>主题分类：</td><td>社会保障</td></tr><tr><td>发布机构：</td><td>市人社局</td><td>成文日期：</td><td>2024-04-15</td></tr></table>';
    const { text, removals } = clean(`${table}<p>Sep 18, 2024 • 6 min read</p>${ARTICLE}`);
    expect(text).not.toMatch(/索 引 号|成文日期|min read/);
    expect(text).toContain('课后服务方案');
    expect(removals.map((r) => r.reason)).toEqual(expect.arrayContaining(['document information table']));
  });

  it('removes an unlabelled teaser that repeats the opening word for word', () => {
    const { text } = clean(`<div class="intro">今年秋季学期开学以来，桐江市实验中学推出了覆盖全校的课后服务方案...</div>${ARTICLE}`);
    expect(text.match(/今年秋季学期开学以来/g)).toHaveLength(1);
  });
});

describe('English bylines, credits and WeChat calls to action', () => {
  it('removes a byline line, a "Credit" label credit, a credit line and 点击“在看”, keeps "By the numbers" and a written credit', () => {
    const { text } = clean(
      `<p>By SARAH LINDQVIST</p><h3>By the numbers</h3><figure><img src="/a.jpg"><figcaption><span>Traps on a wharf.</span><span data-testid="credit">Credit...Sofia Marchetti</span></figcaption></figure>` +
        `<figure><img src="/b.jpg"><figcaption>The van on Pier Street. (Photo: Lee Park / Herald)</figcaption></figure><p>记者：吴悠 ｜ 编辑：郑佳 ｜ 审核：黄蕾</p><p>点击“在看”，让更多人睡个好觉</p>${ARTICLE}`,
    );
    expect(text).not.toMatch(/SARAH|Credit|郑佳|在看/);
    expect(text).toContain('By the numbers');
    expect(text).toContain('(Photo: Lee Park / Herald)');
  });
});
