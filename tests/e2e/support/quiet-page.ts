/** An article page with everything a page may make the reader load besides its article. */
export const QUIET_PAGE = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>城区新建三座口袋公园 - 城市晚报</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/track/style.css">
<style>.lead { background: url(/track/style-bg.png) }</style>
</head><body>
<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a></div>
<div class="article">
<h1>城区新建三座口袋公园</h1>
<p class="info">2024-05-12 来源：城市晚报</p>
<figure><img src="/img/lead.jpg" alt="口袋公园"><figcaption>新建的口袋公园一角</figcaption></figure>
<p class="lead">今年以来，城区利用边角空地新建了三座口袋公园，附近居民出门几百米就能走进绿地，周末带孩子来玩的家庭明显增多。</p>
<p style="background-image: url(/track/inline-bg.png)">公园里设置了儿童游乐区、健身步道和休息座椅，晚上还有柔和的路灯照明，方便居民饭后散步。</p>
<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/lazy.jpg" alt="健身步道"></p>
<noscript><img src="/img/noscript.jpg" alt="休息座椅"></noscript>
<p><img srcset="/img/small.jpg 1x, /img/large.jpg 2x" src="/img/srcset.jpg" alt="儿童游乐区"></p>
<p>一位带着孙子来玩的老人说，以前这里是堆放杂物的空地，现在变成了漂亮的小花园，<a href="/track/link" ping="/track/ping">大家都很喜欢</a>。</p>
<p>园林部门介绍，口袋公园的植物以本地树种为主，养护成本低，四季都有景可看，今后还将在更多社区推广。</p>
<object data="/track/object.swf" width="10" height="10"></object>
<iframe src="/track/frame.html" width="10" height="10"></iframe>
<p>据了解，城区计划今年再建五座口袋公园，优先安排在老旧小区集中、绿地较少的街道。</p>
</div>
</body></html>`;
