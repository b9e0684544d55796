import { describe, expect, it } from 'vitest';
import { readMetadata, cleanByline } from '../../../src/extract/metadata';
import { parseDate, dateFromUrl } from '../../../src/extract/dates';
import { readScriptHints } from '../../../src/extract/script-hints';
import { page } from '../../helpers/dom';

const BODY = '<div class="content"><p>正文第一段，讲述了课后服务的新变化，学生和家长都很满意。</p></div>';

describe('title', () => {
  it('prefers the article heading to a spam-stuffed <title>', () => {
    const doc = page(`<html><head><title>黄网站免费永久在线观看下载,激情图片在线播放</title></head><body><div class="seo"><h1>百家乐在线开户,真人娱乐平台下载</h1></div><h2 class="art-title">民政工作加把力 乡村振兴添活力</h2>${BODY}</body></html>`);
    expect(readMetadata(doc, doc.URL).title).toBe('民政工作加把力 乡村振兴添活力');
  });

  it('drops the site name from <title> and matches a heading in any element', () => {
    const doc = page(`<html><head><title>桐江晚报数字报-古镇里的老手艺人</title></head><body><table><tr><td class="font01">古镇里的老手艺人</td></tr></table>${BODY}<ul><li><a>古镇里的老手艺人</a></li></ul></body></html>`);
    const m = readMetadata(doc, doc.URL);
    expect(m.title).toBe('古镇里的老手艺人');
    expect(m.titleElement?.tagName).toBe('TD');
  });

  it('matches a Traditional heading against a Simplified og:title', () => {
    const doc = page(`<html><head><meta property="og:title" content="一场马拉松 跑出城市新活力"><title>一場馬拉松 跑出城市新活力 - 桐江新聞網</title></head><body><div class="logo">桐江新聞網</div><h1>一場馬拉松 跑出城市新活力</h1>${BODY}</body></html>`);
    expect(readMetadata(doc, doc.URL).title).toBe('一場馬拉松 跑出城市新活力');
  });
});

describe('title and meta line in CMS layouts', () => {
  it('finds a heading inside a field-less <form> wrapper and not the title box around it', () => {
    const doc = page(`<html><head><title>开学季，如何帮新生走出“适应期焦虑”-江城大学新闻网</title></head><body><form><input type="text" name="q"></form><form name="_newscontent_fromname"><div class="content-title"><h3>开学季，如何帮新生走出“适应期焦虑”</h3><i>来源：江城日报&nbsp;&nbsp;&nbsp;作者：郑雨&nbsp;&nbsp;&nbsp;发布时间：2024-09-10</i></div>${BODY}</form></body></html>`);
    expect(readMetadata(doc, doc.URL)).toMatchObject({ title: '开学季，如何帮新生走出“适应期焦虑”', published: '2024-09-10', source: '江城日报', byline: '郑雨' });
  });

  it('reads a heading with its meta line after a <br>, and prefers it to a ranking list heading', () => {
    const doc = page(`<html><head><title>澳门新葡京娱乐场_真人百家乐</title></head><body><h1>城区老旧供水管网改造完成过半<br><span>2024-06-18 09:12:36&nbsp;&nbsp;&nbsp;来源：江州日报&nbsp;&nbsp;&nbsp;评论：0</span></h1>${BODY}<div class="box"><h5 class="title-2">频道总排行</h5><ul><li><a href="/1.html">江州中考报名人数创新高</a></li></ul></div></body></html>`);
    expect(readMetadata(doc, doc.URL)).toMatchObject({ title: '城区老旧供水管网改造完成过半', published: '2024-06-18', source: '江州日报' });
  });

  it('reads a source label printed straight after the time, and stops at the next label', () => {
    const doc = page(`<h1>守了三十年渡口</h1><div class="info">时间:2024-05-21 10:32来源:清江晚报 作者:苏晴</div><div class="meta2"><span>来源：松州日报</span><span>版次：A05</span></div>${BODY}`);
    expect(readMetadata(doc, doc.URL).source).toBe('清江晚报');
    const other = page(`<h1>夜间公交</h1><div class="info"><span>2024-08-14 07:30</span><span>来源：松州日报</span><span>版次：A05</span></div>${BODY}`);
    expect(readMetadata(other, other.URL).source).toBe('松州日报');
  });

  it('takes a heading that is one permalink, not the comment form\'s heading', () => {
    const doc = page(`<html><head><title>Council approves housing plan – The Ledger</title></head><body><h1 class="title single"><a href="/x" title="Permalink to: Council approves housing plan">Council approves housing plan</a></h1>${BODY}<div id="respond"><h3 id="reply-title">Leave a Reply</h3></div></body></html>`);
    expect(readMetadata(doc, doc.URL).title).toBe('Council approves housing plan');
  });

  it('passes over a column tag in <title> and finds the headline in a custom element', () => {
    const doc = page(`<html><head><title>圆桌｜稳粮增收，丰收背后有哪些“密码”_清河日报数字报</title></head><body><table><tr><td class="bt2"><founder-title>稳粮增收，丰收背后有哪些“密码”</founder-title></td></tr><tr><td class="bt3">2025-10-20　　来源：清河日报　　作者：孙立新</td></tr></table>${BODY}</body></html>`);
    expect(readMetadata(doc, doc.URL)).toMatchObject({ title: '稳粮增收，丰收背后有哪些“密码”', published: '2025-10-20', source: '清河日报' });
  });

  it('takes no CMS copyright line for an author', () => {
    const doc = page(`<html><head><meta name="author" content="PHPCMS V9 © 2024 江州新闻网 版权所有"></head><body><h1>标题</h1>${BODY}</body></html>`);
    expect(readMetadata(doc, doc.URL).byline).toBeNull();
  });
});

describe('date, source and byline', () => {
  it('reads the meta line under the title', () => {
    const doc = page(`<h2 class="title">智慧农机下田来</h2><div class="info">发布时间：2024-03-21 10:02  来源：江南农业报  作者：周晓岚  浏览次数：1024</div>${BODY}`);
    const m = readMetadata(doc, 'http://www.example.gov.cn/xwzx/index.html');
    expect(m).toMatchObject({ published: '2024-03-21', source: '江南农业报', byline: '周晓岚' });
  });

  it('reads <meta>, Chinese dates and 信息来源', () => {
    const doc = page(`<html><head><meta name="PubDate" content="2023-11-09 09:24"></head><body><h1>课后服务</h1><p class="attr">信息来源：桐江市教育局</p>${BODY}</body></html>`);
    expect(readMetadata(doc, doc.URL)).toMatchObject({ published: '2023-11-09', source: '桐江市教育局' });
    const d2 = page(`<h1>古镇</h1><div class="art-date">2023年10月21日&nbsp;&nbsp;来源：桐江晚报&nbsp;&nbsp;第06版</div>${BODY}`);
    expect(readMetadata(d2, 'https://x.example.com/a')).toMatchObject({ published: '2023-10-21', source: '桐江晚报' });
  });

  it('takes the source from a class-marked element or a 转载自 note', () => {
    const d1 = page(`<h1>公車</h1><div><time datetime="2024-04-15T10:23:00+08:00">2024/04/15</time><span class="article-source">北城日報</span></div>${BODY}`);
    expect(readMetadata(d1, d1.URL)).toMatchObject({ source: '北城日報', published: '2024-04-15' });
    const d2 = page(`<h1>剪纸</h1>${BODY}<p><em>本文转载自桐江晚报，版权归原作者所有。</em></p>`);
    expect(readMetadata(d2, d2.URL).source).toBe('桐江晚报');
  });

  it('takes the source from a news agency dateline', () => {
    const d1 = page(`<h1>綠川整治</h1><div class="content"><p>（北城社記者林家豪臺中8日電）綠川水岸整治完工後，河畔步道人潮不斷，週末生意比過去好了三成。</p></div>`);
    expect(readMetadata(d1, d1.URL).source).toBe('北城社');
    const d2 = page(`<h1>春耕</h1><div class="content"><p>新华社北京3月8日电（记者 王明）春耕时节，各地农民抢抓农时，田间地头一片繁忙景象。</p></div>`);
    expect(readMetadata(d2, d2.URL).source).toBe('新华社');
  });

  it('prefers the innermost source element and drops a date in front of it', () => {
    const doc = page(`<h1>无人驾驶公交上路</h1><div class="date-source"><span class="date">2024年06月12日 08:32</span><a class="source" href="/">云溪晚报</a></div>${BODY}`);
    expect(readMetadata(doc, doc.URL).source).toBe('云溪晚报');
  });

  it('reads the date and account name a WeChat post keeps in its scripts', () => {
    const doc = page(`<html><head><script>var ct = "1717842600"; var nickname = htmlDecode("云溪文旅");</script></head><body><h1 class="rich_media_title">博物馆里的夏天</h1><div class="rich_media_meta_list"><span>原创</span> <span>周晓</span> <a id="js_name">云溪文旅</a></div>${BODY}</body></html>`);
    const hints = readScriptHints(doc);
    expect(hints).toEqual({ published: '2024-06-08', account: '云溪文旅' });
    expect(readMetadata(doc, 'https://mp.weixin.qq.com/s/abc', hints)).toMatchObject({ published: '2024-06-08', source: '云溪文旅' });
  });

  it('falls back to the date in the URL', () => {
    const doc = page(`<h1>口袋公园</h1>${BODY}`, 'http://www.example-tjrb.cn/tjrb/html/2024-05/16/content_80321.htm');
    expect(readMetadata(doc, doc.URL).published).toBe('2024-05-16');
  });
});

describe('dates', () => {
  it.each([
    ['2024-03-08 10:00', '2024-03-08'],
    ['2023年12月18日 星期一', '2023-12-18'],
    ['2024/4/5', '2024-04-05'],
    ['May 9, 2024', '2024-05-09'],
    ['9 May 2024', '2024-05-09'],
    ['２０２４年３月８日', '2024-03-08'],
    ['浏览次数：1287', null],
  ])('parseDate(%s) = %s', (text, want) => expect(parseDate(text)).toBe(want));

  it.each([
    ['http://a.gov.cn/news/202403/t20240308_1234.html', '2024-03-08'],
    ['https://a.com/culture/2023/0916/c1207-44120.html', '2023-09-16'],
    ['https://a.com/community/2024/05/09/growing-food', '2024-05-09'],
    ['https://a.com.tw/local/20240415/4417825', '2024-04-15'],
    ['https://a.com/news/jyxw/2023-11-09/5521.html', '2023-11-09'],
    ['https://a.com/news/12345.html', null],
  ])('dateFromUrl(%s) = %s', (url, want) => expect(dateFromUrl(url)).toBe(want));
});

describe('bylines', () => {
  it.each([
    ['图 本报记者 顾言', '本报记者 顾言'],
    ['文/图 本报记者 顾言', '本报记者 顾言'],
    ['王小明／台北即時報導', '王小明'],
    ['青禾 发表于', '青禾'],
    ['何詠琪發佈', '何詠琪'],
    ['By Sam Lee', 'Sam Lee'],
    ['Megan Alvarez, Staff Writer', 'Megan Alvarez, Staff Writer'],
  ])('cleanByline(%s) = %s', (raw, want) => expect(cleanByline(raw)).toBe(want));
});
