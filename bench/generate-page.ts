/**
 * Deterministic synthetic news pages for the scale benchmark: an article (paragraphs,
 * subheadings, images with captions, zero-width characters, pinyin glued after a fixed list
 * of characters like annotated mirror pages) inside page chrome (top bar, nav, breadcrumbs,
 * meta line, share bar, font-size tools, sidebar lists, related links, footer), injected
 * spam paragraphs and hidden link farms. The same seed and size always give the same bytes.
 *
 * The article grows with the target size and so do the chrome lists (a long page has long
 * sidebars and comment-like link lists), in a fixed ratio: about 60 % article, 40 % the rest.
 */

/** mulberry32: small, fast, good enough to pick sentences. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  '今年以来，本市持续推进老旧小区改造，已有三十多个小区完成了管网更新和外墙保温工程。',
  '居民们反映，改造后小区的道路更平整了，停车位也多了，晚上散步时路灯亮堂堂的。',
  '市住建局有关负责人介绍，改造前会先召开居民议事会，听取大家对改造内容的意见。',
  '在施工过程中，社区安排专人每天巡查，发现问题当天反馈给施工单位及时整改。',
  '有位老人说，以前下雨天楼道里总是积水，现在排水沟重新修过，再也不用担心了。',
  '据统计，全市今年计划改造老旧小区一百二十个，涉及居民四万余户，总投资约十八亿元。',
  '专家认为，老旧小区改造不仅是修房子，更重要的是完善社区服务，提升居民的生活品质。',
  '下一步，有关部门将加快推进电梯加装工作，优先考虑有老年人和残疾人居住的楼栋。',
  '记者在现场看到，新建的口袋公园里有健身器材和儿童游乐设施，不少家长带着孩子在这里玩耍。',
  '社区书记告诉记者，改造期间居民主动参与监督，大家的事情大家商量着办，效果特别好。',
  '为了减少对居民生活的影响，施工单位调整了作业时间，中午和夜间一律停止高噪音作业。',
  '市民政局还在改造后的小区设立了养老服务站，为独居老人提供助餐、助浴和上门探访服务。',
  '在文化广场上，社区志愿者正在组织书法展览，吸引了许多居民驻足观看。',
  '业内人士指出，城市更新要坚持以人为本，把群众满意不满意作为衡量工作成效的标准。',
  '据了解，该项目获得了省级财政专项资金支持，并引入社会资本参与后期运营管理。',
  '他表示，当前最重要的是把好事办好，让居民在家门口就能感受到城市发展带来的变化。',
  '这项工作开展以来，已累计发放问卷一万两千多份，收集意见建议九百余条。',
  '不少年轻人也加入了志愿服务队伍，利用周末时间帮助老人学习使用智能手机。',
];
const HEADINGS = ['改造先问计于民', '施工中的细节', '服务跟着改造走', '群众参与是关键', '下一步的打算'];
const CAPTIONS = ['改造后的小区道路和绿化', '居民在新建的口袋公园里健身', '社区工作人员入户征求意见'];
const NAV = ['首页', '要闻', '时政', '社会', '财经', '文旅', '教育', '健康', '体育', '视频', '专题', '评论'];
const SIDEBAR = ['全市中小学春季开学安排公布', '地铁三号线二期工程进入铺轨阶段', '本周末气温回升 最高可达二十五度', '市图书馆新馆试运行', '多部门联合开展食品安全检查', '城南片区新增公交线路三条'];
const SPAM = [
  '正规博彩平台，信誉第一，提款秒到账，详情请加微信：bc6688kf。',
  '办证刻章：毕业证、驾驶证、各类资格证快速办理，电话微信同号：13800001234。',
  '代开发票联系方式，各行业发票均可代开，点数低，QQ：88886666。',
];
const FARM = ['真人娱乐平台下载', '百家乐在线开户', '彩票计划网免费推荐', '毕业证驾驶证快速办理', '办证刻章一条龙', '代开发票联系方式'];
/** Characters an annotated mirror glues a reading after, on every occurrence. */
const PINYIN: Record<string, string> = { 当: 'dāng', 发: 'fā', 会: 'huì', 行: 'xíng', 为: 'wèi', 和: 'hé' };
const PINYIN_RE = new RegExp(`[${Object.keys(PINYIN).join('')}]`, 'g');
const ZW = ['\u200b', '\u200c', '\ufeff'];

export interface GeneratedPage {
  html: string;
  url: string;
  /** Sentences of the article body, in order (to check what the pipeline kept). */
  articleSentences: string[];
  /** Strings that must not survive (spam, link farms). */
  spam: string[];
}

/**
 * A page of about `targetBytes` UTF-8 bytes (±2 %). `seed` fixes every choice.
 */
export function generatePage(targetBytes: number, seed = 20240308): GeneratedPage {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const url = 'https://news.example-city.cn/sh/202403/t20240308_' + seed + '.html';
  const title = '老旧小区改造让居民生活更舒心';
  const enc = new TextEncoder();

  const head = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${title} - 城市新闻网</title>
<meta name="keywords" content="老旧小区,改造,城市更新">
<meta property="og:title" content="${title}">
<meta name="publishdate" content="2024-03-08">
<style>.hide-x{display:none}.art-info span{margin-right:12px}</style>
</head>
<body>
<div class="top-bar"><a href="/">城市新闻网首页</a><span class="weather">多云 18~26℃</span><a href="/login">登录</a> | <a href="/reg">注册</a></div>
<div class="nav"><ul>${NAV.map((n) => `<li><a href="/${n}/">${n}</a></li>`).join('')}</ul></div>
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/sh/">社会</a> &gt; 正文</div>
<div class="main">
<div class="left-col">
<h1 class="main-title">${title}</h1>
<div class="info art-info"><span class="time">2024-03-08 09:24:42</span><span class="source">来源：城市日报</span><span class="author">记者：林晓</span></div>
<div class="fontsize">字号：<a href="#">大</a><a href="#">中</a><a href="#">小</a></div>
<div class="share-bar">分享到：<a href="javascript:void(0)">微信</a><a href="javascript:void(0)">微博</a></div>
<div class="article-content" id="content">
`;
  const tailStart = `</div>
<div class="editor">责任编辑：王敏</div>
<div class="related"><h3>相关新闻</h3><ul>`;
  const tailMid = `</ul></div>
</div>
<div class="right-col"><div class="hot"><h3>热点排行</h3><ul>`;
  const tailEnd = `</ul></div></div>
</div>
<div class="footer"><p>关于我们 | 联系方式 | 网站地图 | 版权声明</p><p>城市新闻网 版权所有 未经授权禁止转载</p></div>
</body>
</html>
`;

  const body: string[] = [];
  const related: string[] = [];
  const sidebar: string[] = [];
  const articleSentences: string[] = [];
  const spam = new Set<string>();
  let bytes = enc.encode(head + tailStart + tailMid + tailEnd).length;
  const add = (into: string[], s: string) => {
    into.push(s);
    bytes += enc.encode(s).length + 1;
  };
  const annotate = (s: string) => s.replace(PINYIN_RE, (c) => `${c}(${PINYIN[c]})`);
  const obfuscate = (s: string) => {
    // a zero-width character inside one word in three sentences
    if (rnd() < 0.33) {
      const i = 2 + Math.floor(rnd() * (s.length - 4));
      return s.slice(0, i) + pick(ZW) + s.slice(i);
    }
    return s;
  };

  let n = 0;
  while (bytes < targetBytes) {
    n++;
    // ~60 % article, the rest chrome, spam and farms, interleaved as on real pages.
    const r = rnd();
    if (r < 0.6 || n < 4) {
      const k = 2 + Math.floor(rnd() * 3);
      const sentences: string[] = [];
      for (let i = 0; i < k; i++) sentences.push(pick(SENTENCES));
      articleSentences.push(...sentences);
      add(body, `<p>${sentences.map((s) => annotate(obfuscate(s))).join('')}</p>`);
      if (n % 9 === 0) add(body, `<h2>${pick(HEADINGS)}</h2>`);
      if (n % 23 === 0) add(body, `<figure><img src="/img/202403/p${n}.jpg" alt="${pick(CAPTIONS)}"><figcaption>${pick(CAPTIONS)}</figcaption></figure>`);
    } else if (r < 0.68) {
      const s = pick(SPAM);
      spam.add(s);
      add(body, `<p style="text-indent:2em;">${s}</p>`);
    } else if (r < 0.78) {
      const links = Array.from({ length: 8 }, () => `<a href="http://spam-${Math.floor(rnd() * 1e4)}.example/${Math.floor(rnd() * 1e4)}.html" target="_blank">${pick(FARM)}</a>`);
      for (const l of FARM) spam.add(l);
      add(body, rnd() < 0.5 ? `<div style="display:none">${links.join(' ')}</div>` : `<div class="hide-x">${links.join(' ')}</div>`);
    } else if (r < 0.9) {
      add(related, `<li><a href="/sh/202403/t${Math.floor(rnd() * 1e6)}.html">${pick(SIDEBAR)}</a><span>03-0${1 + Math.floor(rnd() * 8)}</span></li>`);
    } else {
      add(sidebar, `<li><a href="/yw/202403/t${Math.floor(rnd() * 1e6)}.html">${pick(SIDEBAR)}</a></li>`);
    }
  }
  const html = head + body.join('\n') + '\n' + tailStart + related.join('\n') + tailMid + sidebar.join('\n') + tailEnd;
  return { html, url, articleSentences, spam: [...spam] };
}
