import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/run-pipeline';
import { CLEANING_STEPS } from '../../src/clean/index';
import { page } from '../helpers/dom';
import { readings } from '../helpers/data';

const MIRROR = `<html lang="zh-CN"><head><title>黄网站免费永久在线观看下载,激情图片在线播放</title><style>.lj{display:none}</style></head><body>
<div class="seo"><h1>百家乐在线开户,真人娱乐平台下载,彩票计划网免费推荐</h1></div>
<div class="lj"><a href="http://s.example/1">亚洲一中文字暮在线播放</a><a href="http://s.example/2">办证刻章一条龙</a></div>
<div class="position">當(dāng)前位置: <a href="/">首頁(yè)</a> &gt; 正文</div>
<h2 class="art-title">鄉(xiāng)村振興添活力</h2>
<div class="art-info">時(shí)間:2024-03-08 瀏覽量:128 次 來(lái)源:中國(guó)社會(huì)報(bào)</div>
<div class="art-content">
<p>近年來(lái)，全國(guó)民政部門(mén)立足自身職責(zé)，採(cǎi)取務(wù)實舉措，在助力鄉(xiāng)村振興中積極貢獻力量?!?/p&gt;</p>
<p>正规博彩平台，信誉第一，提款秒到账，详情请加微信：bc6688kf。</p>
<p>今日，本報(bào)邀請(qǐng)幾位地市民政局局長(zhǎng)分享助力鄉(xiāng)村發(fā)展的生動實踐與探索，展現民政擔(dān)當(dāng)。</p>
<p>他們說(shuō)，鄉(xiāng)村振興要久久為功，當(dāng)前要做好兜底保障工作，讓群眾有更多獲得感。</p>
</div>
<div class="qrcode"><img src="/qr.png"><p>掃一掃在手機(jī)端打開(kāi)當(dāng)前頁(yè)</p></div>
</body></html>`;

describe('pipeline', () => {
  it('cleans a spam mirror end to end and records every removal by step', () => {
    const a = runPipeline(page(MIRROR, 'http://www.example.gov.cn/news/202403/t20240308_1.html'), { readings });
    expect(a).toMatchObject({ isArticle: true, title: '鄉村振興添活力', published: '2024-03-08', source: '中國社會報', originalScript: 'hant', lang: 'zh-Hans' });
    expect(a.text).toContain('積極貢獻力量。”');
    expect(a.text).not.toMatch(/\(|黄网站|百家乐|博彩|當前位置|瀏覽量|掃一掃|亚洲/);
    const steps = new Set(a.removed.map((r) => r.step));
    for (const s of ['visibility', 'pinyin', 'garble', 'spam', 'chrome']) expect(steps).toContain(s);
    for (const r of a.removed) expect(CLEANING_STEPS.map((s) => s.name)).toContain(r.step);
  });

  it('shows the extraction without cleaning when asked ("show original")', () => {
    const a = runPipeline(page(MIRROR), { clean: false, readings });
    expect(a.removed).toEqual([]);
    expect(a.text).toContain('(dāng)');
  });

  it('never touches the document it was not given (works on the clone)', () => {
    const live = page(MIRROR);
    const before = live.documentElement.outerHTML;
    runPipeline(live.cloneNode(true) as Document);
    expect(live.documentElement.outerHTML).toBe(before);
  });

  it('runs the cleaning steps in the documented order', () => {
    expect(CLEANING_STEPS.map((s) => s.name)).toEqual(['visibility', 'non-content', 'zero-width', 'homoglyph', 'pinyin', 'garble', 'punctuation', 'spam', 'chrome']);
    for (const s of CLEANING_STEPS) expect(s.reason.length).toBeGreaterThan(10);
  });

  it('keeps Readability’s body on an ordinary English article', () => {
    const paras = [
      'The city council voted on Tuesday to extend library opening hours at all twelve branches, starting next month.',
      'Branches will now open at 8 a.m. on weekdays and stay open until 9 p.m. on Thursdays, the council said in a statement.',
      '“People asked for evening hours for years,” said council member Ana Ruiz, who sponsored the proposal.',
      'The change will cost about $1.2 million a year, paid for by savings in the city’s energy budget.',
    ];
    const html = `<html lang="en"><head><title>Libraries to open longer | Daily Ledger</title><meta property="og:site_name" content="Daily Ledger"></head><body>
      <nav><a href="/">Home</a><a href="/news">News</a></nav><article><h1>Libraries to open longer</h1><p class="byline">By Sam Lee · May 2, 2024</p>
      ${paras.map((p) => `<p>${p}</p>`).join('')}<div class="share">Share on Facebook</div></article>
      <aside><h3>Most popular</h3><ul><li><a href="/a">Storm closes schools</a></li><li><a href="/b">New bridge opens</a></li></ul></aside>
      <footer>© 2024 Daily Ledger. All rights reserved.</footer></body></html>`;
    const a = runPipeline(page(html, 'https://ledger.example.com/news/2024/05/02/libraries'));
    expect(a).toMatchObject({ isArticle: true, title: 'Libraries to open longer', published: '2024-05-02', lang: 'en', originalScript: null });
    for (const p of paras) expect(a.text).toContain(p);
    expect(a.text).not.toMatch(/Share on Facebook|Most popular|All rights reserved/);
  });
});
