import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/run-pipeline';
import { detectScript, foldScript } from '../../../src/detect/script';
import { page } from '../../helpers/dom';

const para = (s: string) => `<p>${s}</p>`;
const SHORT_ARTICLE =
  '<h1>我市新增5条公交线路</h1><div class="content">' +
  para('记者从市交通运输局获悉，本月起我市新开通5条公交线路。') +
  para('新线路覆盖城东新区和多个老旧小区，方便市民出行。') +
  para('市民可通过手机应用查询实时到站信息。') +
  '</div>';

describe('is it an article?', () => {
  it('accepts a short Chinese article with short paragraphs', () => {
    const a = runPipeline(page(SHORT_ARTICLE));
    expect(a.isArticle).toBe(true);
    expect(a.text).toContain('新开通5条公交线路');
  });

  it('rejects a news list page', () => {
    const items = Array.from({ length: 15 }, (_, i) => `<li><a href="/a/${i}.html">市农业农村局召开第${i + 1}次工作推进会</a><span>2024-03-${String(i + 1).padStart(2, '0')}</span></li>`).join('');
    const a = runPipeline(page(`<div class="list"><h2>工作动态</h2><ul>${items}</ul></div>`, 'http://www.example.gov.cn/xwzx/gzdt/index_2.html'));
    expect(a).toMatchObject({ isArticle: false, reason: 'list-page' });
  });

  it('rejects a channel page whose headlines are links with long summaries', () => {
    const summary = '市里今年推出的这项民生实事已经全面落地，覆盖全市十二个街道，受益居民超过三万户，相关部门表示下半年还将继续扩大范围并加强监督管理，确保每一项措施都落到实处。';
    const items = Array.from({ length: 6 }, (_, i) => `<li><h3><a href="/ms/${i}.html">民生实事第${i + 1}项落地见效</a></h3><p class="summary">${summary}</p><p class="meta">2024-05-2${i} 来源：临江日报</p></li>`).join('');
    const a = runPipeline(page(`<h2>民生</h2><ul class="news">${items}</ul><div class="pages">共28页</div>`, 'http://www.example.cn/ms/'));
    expect(a).toMatchObject({ isArticle: false, reason: 'list-page' });
  });

  it('accepts a short brief beside a sidebar of dated headlines', () => {
    const side = Array.from({ length: 10 }, (_, i) => `<li><a href="/a/${i}.html">石桥镇召开第${i + 1}次安全生产工作推进会</a><span>06-0${i % 9 + 1}</span></li>`).join('');
    const html = `<div class="main"><h1>石桥镇首批高标准农田通过验收</h1><div class="info">发布时间：2024-06-05 来源：石桥镇人民政府</div><div class="content"><p>6月5日，石桥镇首批3200亩高标准农田建设项目通过县级验收。</p><p>该项目于去年10月开工，共新修灌溉渠道8.6公里、机耕路5.2公里，项目区实现“旱能灌、涝能排”。</p></div></div><ul class="news-side">${side}</ul>`;
    expect(runPipeline(page(html)).isArticle).toBe(true);
  });

  it('rejects a login page even though its form is page chrome', () => {
    const a = runPipeline(page('<div class="login"><h2>用户登录</h2><form><label>用户名</label><input name="u"><label>密码</label><input type="password" name="p"><button>登录</button></form><p class="tips">温馨提示：为保障您的账号安全，请勿将密码告知他人。</p></div>'));
    expect(a).toMatchObject({ isArticle: false, reason: 'login-page' });
  });

  it('rejects a video page with a line of description', () => {
    const a = runPipeline(page('<html><head><meta property="og:type" content="video.other"></head><body><h1>清溪河畔的夏夜</h1><div class="player"><video src="/v.mp4"></video></div><p>2024-05-02 08:30 来源：云溪新闻网 播放量：3.2万</p><p>夏夜的清溪河畔，市民纳凉散步，一片惬意。</p></body></html>'));
    expect(a).toMatchObject({ isArticle: false, reason: 'video-page' });
  });

  it('rejects an empty page, and extracts anyway when forced', () => {
    expect(runPipeline(page('<div></div>'))).toMatchObject({ isArticle: false });
    const forced = runPipeline(page('<p>只有一句话的页面，内容很短。</p>'), { force: true });
    expect(forced.isArticle).toBe(true);
  });
});

describe('script detection', () => {
  it('tells Simplified from Traditional and ignores characters common to both', () => {
    expect(detectScript('民政工作加把力 乡村振兴添活力，这是简体中文。')).toBe('hans');
    expect(detectScript('民政工作加把力 鄉村振興添活力，這是繁體中文。')).toBe('hant');
    expect(detectScript('皇后著名')).toBeNull();
    expect(detectScript('Hello world')).toBeNull();
  });

  it('folds Traditional to Simplified for comparisons', () => {
    expect(foldScript('鄉村振興')).toBe('乡村振兴');
  });

  it('reports a Traditional mirror of a mainland article as a zh-Hans source shown in Traditional', () => {
    const a = runPipeline(page(`<html lang="zh-CN"><head><title>t</title></head><body><h1>民政工作加把力 鄉村振興添活力</h1><div>${para('近年來，全國民政部門立足自身職責，採取務實舉措，在助力鄉村振興中積極貢獻力量。').repeat(3)}</div></body></html>`));
    expect(a).toMatchObject({ lang: 'zh-Hans', originalScript: 'hant' });
  });
});

describe('Traditional variant', () => {
  it('finds Hong Kong pages by declared language, site, or written Cantonese', async () => {
    const { traditionalVariant } = await import('../../../src/detect/traditional-variant');
    expect(traditionalVariant(page('<html lang="zh-HK"><body><p>x</p></body></html>'))).toBe('hk');
    expect(traditionalVariant(null, 'https://news.example.com.hk/a')).toBe('hk');
    expect(traditionalVariant(null, 'https://news.example.com/a', '佢哋話呢個計劃係好嘅，我哋都覺得唔係問題。')).toBe('hk');
    expect(traditionalVariant(null, 'https://news.example.com.tw/a', '北市公車新增到站語音提醒。')).toBe('tw');
  });
});
