import { describe, expect, it } from 'vitest';
import { isSpamText } from '../../../src/clean/spam/spam-text';
import { removeInjectedSpam } from '../../../src/clean/spam/remove-injected-spam';
import { context, page, bodyText } from '../../helpers/dom';

const P1 = '<p>今年秋季学期开学以来，桐江市实验中学推出了覆盖全校的课后服务方案，学生可以在六大类四十多门课程中自主选择。</p>';
const P2 = '<p>校长陈建华介绍，课后服务的课时计入工作量，并在绩效考核、评优评先中予以体现，确保老师的权益。</p>';

describe('spam text classifier', () => {
  it.each([
    ['porn keyword line', '黄网站免费永久在线观看下载,激情图片在线播放,亚洲一中文字暮在线播放'],
    ['gambling with WeChat', '正规博彩平台，信誉第一，提款秒到账，详情请加微信：bc6688kf。'],
    ['fake certificates with phone', '办证刻章：毕业证、驾驶证、各类资格证快速办理，电话微信同号：13800001234。'],
    ['fake invoices', '各地增值税发票代开，点数低，联系QQ：20394857'],
    ['Traditional spam', '代辦各類證件，快速交件，保密可靠，聯絡Telegram：@doc_fast_hk。'],
    ['English spam', 'Best online casino bonus, free spins no deposit 2024, visit www.lucky-spins.example'],
    ['keyword title', '博彩平台注册送彩金,百家乐在线开户,体育投注网址大全'],
    ['gambling brands as a keyword line', '澳门新葡京,北京赛车pk10计划,开元棋牌官网'],
    ['a loan advert', '无抵押贷款秒批，黑户贷款当天放款，联系QQ：88776655'],
    ['an essay mill', 'Need an essay fast? Our writers do your homework overnight, 100% plagiarism-free, order at essaymill.example now.'],
    ['a Taiwan loan advert', '急需用錢？免保人小額借款，當天撥款，請洽 0912-000-777'],
    ['ghostwriting with a WeChat handle', '专业代写论文、代考驾照，包过！咨询微信 lw_daixie888'],
    ['an advert with only a handle and sales talk', '低价优惠，专业快速，详情加微信 abc12345'],
  ])('flags %s', (_n, text) => expect(isSpamText(text)).toBe(true));

  it.each([
    ['news on a gambling crackdown', '警方近日破获一起利用境外博彩网站开设赌场案，抓获犯罪嫌疑人12名，涉案资金逾千万元。办案民警提醒，网络赌博危害大，市民切勿参与。'],
    ['a government service notice', '市民中心办证大厅本周六照常开放，办理居住证、营业执照等业务，咨询电话：0571-88886666。'],
    ['a business registration report', '新开办企业可一次性领取营业执照、刻章和发票，全程网上办理，最快半天办结。'],
    ['an ordinary paragraph with a hotline', '民众如对新系统有任何建议，可拨打市民服务专线1999反映，或至官方网站填写意见表单。'],
    ['a notice with an office number and a public account', '详情可咨询市人社局，电话：0571-87654321，或关注微信公众号“桐江人社”。'],
    ['a court report on loans and gambling', '法院审理查明，被告人以“无抵押贷款”为名诱骗多名受害人，并组织网上赌博，涉案金额逾百万元。'],
    ['an English story linking a charity', 'Volunteers planted 2,000 seedlings on Saturday; the group says anyone can join through riverfriends.org this summer.'],
    ['sports news', '亚洲杯小组赛今晚打响，国产球员在精品赛事中表现抢眼，现场观众为激情四射的比赛欢呼。'],
  ])('leaves %s alone', (_n, text) => expect(isSpamText(text)).toBe(false));
});

describe('spam step', () => {
  function clean(html: string) {
    const doc = page(html);
    const ctx = context(doc);
    removeInjectedSpam(ctx);
    return { doc, text: bodyText(doc), removals: ctx.removals };
  }

  it('removes a keyword line at the top of the body with its wrapper', () => {
    const { doc, text, removals } = clean(`<div class="seo-top"><h1>黄网站免费永久在线观看下载,激情图片在线播放</h1></div>${P1}${P2}`);
    expect(text).not.toContain('黄网站');
    expect(doc.querySelector('.seo-top')).toBeNull();
    expect(removals[0]).toMatchObject({ step: 'spam', category: 'spam' });
  });

  it('removes spam paragraphs between article paragraphs and keeps the article', () => {
    const { text, removals } = clean(`${P1}<p>正规博彩平台，信誉第一，提款秒到账，详情请加微信：bc6688kf。</p>${P2}`);
    expect(text).toContain('课后服务方案');
    expect(text).toContain('评优评先');
    expect(text).not.toContain('bc6688kf');
    expect(removals).toHaveLength(1);
  });

  it('removes link farms and 友情链接 blocks', () => {
    const farm = '<div><a href="http://a.example/1">百家乐在线开户</a> <a href="http://a.example/2">真人娱乐平台下载</a> <a href="http://a.example/3">彩票计划网免费推荐</a></div>';
    const friends = '<div class="fl">友情链接：<a href="/1">激情图片在线播放</a> | <a href="/2">桐江日报</a> | <a href="/3">桐江新闻网</a></div>';
    const { text, removals } = clean(P1 + farm + P2 + friends);
    expect(text).not.toMatch(/百家乐|友情链接|激情/);
    expect(removals.map((r) => r.reason)).toEqual(['link farm', '友情链接 block']);
  });

  it('removes a farm of mild links that together make a keyword list, also inside <details>, and keeps a sports nav', () => {
    const links = (label: string) => Array.from({ length: 6 }, (_, i) => `<a href="http://s${i}.example/">${label}${i}</a>`).join('');
    const farm = `<div>${links('澳门赌场')}</div><details><summary>更多</summary>${links('澳门赌场官网')}</details>`;
    const nav = '<div class="nav"><a href="/nba">NBA</a> <a href="/cba">CBA</a> <a href="/zq">中超</a> <a href="/tj">田径</a></div>';
    const { text, removals } = clean(P1 + farm + nav + P2);
    expect(text).not.toContain('澳门赌场');
    expect(text).toContain('中超');
    expect(removals.map((r) => r.reason)).toEqual(['link farm', 'link farm']);
  });

  it('removes a spam line between <br>s inside one long paragraph, keeping the lines around it', () => {
    const line = '澳门新葡京娱乐城，真人百家乐在线开户，注册即送88元彩金，官方网址：www.xpj-88.example，客服QQ：2858861234';
    const { text, removals } = clean(`<p>清江市老城区的南门渡口，每天清晨六点准时响起第一声汽笛。<br><br>${line}<br>随着跨江大桥和过江隧道相继通车，这条航线将于本月底停航。</p>`);
    expect(text).toContain('第一声汽笛');
    expect(text).toContain('本月底停航');
    expect(text).not.toMatch(/葡京|百家乐|2858861234/);
    expect(removals).toHaveLength(1);
    const split = clean(`${P1}<div>真人百家乐<br>客服QQ：2858861234</div>${P2}`);
    expect(split.text).not.toMatch(/百家乐|2858861234/);
  });

  it('removes <marquee>, clears spam alt text, stuffed <title> and cloaking scripts', () => {
    const doc = page(
      `<html><head><title>百家乐在线开户,办证刻章一条龙,彩票计划网免费推荐</title><script>var s=document.referrer;if(s.indexOf("baidu")>0){window.location.href="https://x.example/"}</script></head>
       <body>${P1}<marquee>澳门真人娱乐官网</marquee><img src="/a.jpg" alt="亚洲一中文字暮在线播放 办证刻章一条龙"><p><img src="/uploads/ad/8143.jpg" alt="激情图片在线播放 办证刻章一条龙"></p>${P2}</body></html>`,
    );
    const ctx = context(doc);
    removeInjectedSpam(ctx);
    expect(doc.title).toBe('');
    expect(doc.querySelector('marquee')).toBeNull();
    expect(doc.querySelectorAll('img')).toHaveLength(1);
    expect(doc.querySelector('img')!.getAttribute('alt')).toBe('');
    expect(doc.querySelector('script')).toBeNull();
    expect(ctx.removals.map((r) => r.reason)).toEqual([
      'search-engine cloaking redirect script',
      'page title stuffed with spam keywords',
      'scrolling spam (<marquee>)',
      'spam keywords in image alt',
      'advert image with spam keywords',
    ]);
  });

  it('keeps an article about gambling', () => {
    const article = '<p>警方近日破获一起利用境外博彩网站开设赌场案，抓获犯罪嫌疑人12名，涉案资金逾千万元。</p><p>办案民警提醒，网络赌博危害大，市民切勿参与百家乐等所谓“稳赚”的游戏。</p>';
    const { text, removals } = clean(article);
    expect(text).toContain('博彩网站');
    expect(removals).toHaveLength(0);
  });
});
