import { zhRegExp } from './variants';

/**
 * Page chrome recognised by its words, in Chinese (Simplified and Traditional through
 * `zhRegExp`) and English. Each pattern describes a whole short line, so an article
 * sentence that merely mentions 分享 or 打印 is not touched. Data only; the step lives
 * in remove-page-chrome.ts.
 */
export interface ChromePattern {
  name: string;
  /** Tested against the line's text (whitespace collapsed). */
  re: RegExp;
  /** Longest line (in Chinese characters + English words) the pattern may remove. */
  maxWeight: number;
}

const p = (name: string, source: string, maxWeight: number): ChromePattern => ({ name, re: zhRegExp(source), maxWeight });

export const BREADCRUMB = p('breadcrumb', String.raw`^(当前位置|您的位置|你的位置|您现在的位置|你现在的位置|您当前的位置|所在位置|当前页面|位置)\s*[:：]`, 60);
/** 首页 > 新闻中心 > 正文, Home › News */
export const BREADCRUMB_TRAIL = p('breadcrumb', String.raw`^(首页|网站首页|主页|home)\s*([>›»/→]|&gt;)\s*\S.*([>›»/→]|&gt;)|^(首页|网站首页|home)\s*([>›»→]|&gt;)\s*\S{1,12}$`, 40);
export const FONT_SIZE = p('font size', String.raw`[【\[]?\s*(字体|字号|字級|字级|文字)\s*[:：]?\s*[【\[]?\s*[大中小]|^[【\[]?\s*大\s*中\s*小\s*[】\]]?$|^字[级級体號号]$`, 40);
export const PRINT_CLOSE = p('print/close', String.raw`^([【\[(（]?\s*(打印本页|打印此页|打印文章|打印|关闭窗口|关闭本页|关闭|收藏本页|收藏|加入收藏|返回顶部|回到顶部|返回列表|纠错|print|close)\s*[】\])）]?\s*[|｜/]?\s*)+$`, 30);
export const SHARE = p('share', String.raw`^(分享到|分享至|分享|一键分享|转发到|share( this| on| to)?)\s*[:：]?(\s|$|微信|微博|qq|facebook|line|twitter)|^share on (facebook|x|twitter|linkedin)$|^分享(让|给)更多(人|朋友)|^(分享|点赞|在看|转发)[、，,和与].{0,16}$`, 40);
export const QR_CODE = p('QR code', String.raw`扫一扫|扫码|扫描二维码|二维码|在手机(端)?(上)?打开|手机扫描|用手机看|scan (the )?qr`, 40);
export const VIEW_COUNT = p('view count', String.raw`(浏览次数|浏览量|浏览人次|阅读量|阅读数|阅读次数|点击数|点击量|点击率|点阅次数|点阅|访问量|访问次数|人气|浏览)\s*[:：]?\s*\d|\d+\s*(次浏览|人阅读|次阅读)`, 120);
export const EDITOR = p('editor', String.raw`^[（(\[【]?\s*(责任编辑|编辑|校对|审核|审校|责编|值班编辑|编审|初审|复审|终审|签发|监制|排版|美编|editor|edited by)\s*[:：｜|/]`, 40);
/** A credits line naming two or more roles: 文字｜周晓 图片｜云溪市博物馆. */
export const CREDITS = p('credits', String.raw`^(文字|文|记者|图片|图|摄影|视频|编辑|审核|责编|校对|排版|美编|设计|出品|监制|统筹|策划|来源)\s*[:：｜|/].{1,20}\s+([|｜]\s*)?(文字|图片|图|摄影|视频|编辑|审核|责编|校对|排版|美编|设计|出品|监制|统筹|策划|来源)\s*[:：｜|/]`, 40);
export const PREV_NEXT = p('previous/next', String.raw`^[←→]?\s*(上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇|previous( article| post)?|next( article| post)?)\s*[:：]?`, 60);
export const RELATED = p('related list', String.raw`^[【\[]?\s*(相关新闻|相关阅读|相关文章|相关链接|相关报道|相关推荐|延伸阅读|推荐阅读|热点推荐|热门推荐|热门新闻|热门文章|热点新闻|热点排行|24小时排行|24小时热榜|热榜|排行榜|猜你喜欢|更多新闻|最新新闻|最新文章|精彩推荐|编辑推荐|今日推荐|图片新闻|往期推荐|往期精选|往期回顾|推荐图集|精彩图集|相关图集|更多图集|相关视频|推荐视频|热门视频|most popular|most read|read more|related( articles| stories| news)?|more from|recommended|trending)\s*[】\]]?\s*[:：>]?\s*$`, 12);
export const COPYRIGHT = p('copyright/footer', String.raw`版权所有(?![人者])|copyright|©|ICP备|ICP证|网站标识码|公网安备|all rights reserved|互联网新闻信息服务许可证|增值电信业务经营许可证|版权均属于`, 120);
/** Footer words an article sentence could also use: only on short lines. */
export const FOOTER = p('copyright/footer', String.raw`主办单位|承办单位|协办单位|技术支持|违法和不良信息举报|版权声明|未经(书面)?授权[，,]?\s*不得|不得复制|不得转载|网站地图|联系我们|关于我们|隐私(权)?政策|服务条款|privacy policy|terms of (use|service)|news tip`, 40);
/** The date / source / views line under the title, read by the metadata stage first. */
export const META_LINE = p('meta line', String.raw`^(发布时间|发布日期|发表时间|更新时间|时间|日期|来源|信息来源|文章来源|稿件来源|作者|发布者|发布机构|浏览次数|点击数|字号|posted|published|updated)\s*[:：]|^(发表于|发布于|posted on|published on)\s|^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(\d{1,2}:\d{2}(:\d{2})?)?\s*([|｜·/]\s*)?(来源|发布于|发布|阅读|浏览|作者|编辑|摄影|记者|字号|共\s*\d+\s*张|\S{2,10}(报|网|社|台)\s*$)|^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}(:\d{2})?\s*$|^.{0,24}\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}.{0,6}(来源|作者|编辑)\s*[:：]|^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s*\d{4}(\s*[•·|]\s*\d+\s*min(ute)?s?\s+read)?$|^(updated|published|posted)\s+(\d{1,2}:\d{2}\s*[ap]\.?m\.?|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2})`, 80);
/** "6 min read", "阅读时间约3分钟": a reading-time estimate. */
export const READING_TIME = p('reading time', String.raw`^[•·|\s]*\d+\s*min(ute)?s?\s+read$|^[•·|\s]*(阅读(时间|时长)?|预计阅读)\s*[:：]?\s*(约|需)?\s*\d+\s*分钟$`, 12);
export const APP_PROMPT = p('app prompt', String.raw`^(打开|下载|前往)\S{0,8}(app|客户端)|^(展开全文|阅读全文|查看全文|点击查看全文|展开剩余|打开app阅读)|^(open|get) (in|the) app|尽在\S{0,10}(app|客户端)\s*$|^更多(详情|内容|精彩|资讯)[，,]?\s*(请)?(关注|点击|查看|下载|访问)|^点击上方\S{0,6}(关注|蓝字)|^(返回)\S{0,8}[，,]\s*查看更多|^(阅读原文|查看原文)$`, 30);
export const COOKIE = p('cookie banner', String.raw`we use cookies|cookie (policy|settings)|accept all( cookies)?|manage (preferences|cookies)|本网站使用\s*cookie|cookie\s*政策`, 80);
export const NEWSLETTER = p('newsletter box', String.raw`^(sign up for|subscribe( to)?|get our newsletter|newsletter|订阅(电子报|我们)?|email address|输入.{0,4}(邮箱|电子邮件))|sign up for .{0,40}newsletter|newsletter\.?$|订阅.{0,6}(电子报|newsletter)|in your inbox\.?$|delivered to your inbox`, 40);
/** "Read more: <link>" promos inside the body. */
export const INLINE_PROMO = p('inline promo', String.raw`^[【\[]?\s*(read more|also read|see also|related|more|recommended|watch|延伸阅读|相关阅读|推荐阅读|相关链接|相关新闻|相关报道|阅读原文|点击阅读|点击查看)\s*[】\]]?\s*[:：>]`, 30);
export const COMMENTS = p('comments', String.raw`^(网友评论|发表评论|我要评论|评论区|文明上网|理性发言|已有\d+条评论|共\d+条评论|comments?|leave a (comment|reply)|\d+\s*comments?)|条评论|电子邮件地址不会被公开|必填项已用`, 40);
export const AD_LABEL = p('advert label', String.raw`^(广告|推广|赞助|advertisement|sponsored|ad)$`, 4);
export const EPAPER_NAV = p('e-paper navigation', String.raw`版面导航|本版新闻|本版导读|返回本版|返回目录|往期回顾|数字报检索|pdf版|上一版|下一版|今日要闻|^第\d+版\s*[:：]`, 40);
export const REPOST = p('repost note', String.raw`^[（(]?\s*(本文转载自|转载请注明|本文来源于网络|本文来自|文章来源于网络)|版权归原作者所有`, 60);
export const SITE_TOOLS = p('site tools', String.raw`^(网站首页|无障碍浏览|无障碍|长者模式|关怀版|繁体版|简体版|english|登录|注册|设为首页|加入收藏|手机版|微信公众号|官方微博|搜索)(\s*[|｜/]\s*\S{1,6})*$`, 30);
export const TAGS = p('tags', String.raw`^(标签|关键词|关键字|tags?)\s*[:：]`, 40);
export const SKIP_LINK = p('skip link', String.raw`^(skip to (the )?(main )?content|跳到(主要)?内容|跳过导航)$`, 8);
export const FOLLOW = p('follow button', String.raw`^[+＋]?\s*(关注|已关注|加关注|关注我们|订阅号|follow|following)$`, 4);
/** An English byline alone on its line (`By SARAH LINDQVIST`): capitalised names only, so `By the numbers` stays. */
export const BYLINE_LINE: ChromePattern = { name: 'byline', re: /^By\s+(?:[A-Z][A-Za-z.'’-]+\s*){1,4}(?:(?:and|,)\s*(?:[A-Z][A-Za-z.'’-]+\s*){1,4})?$/, maxWeight: 12 };
export const LIKES = p('reactions', String.raw`^(点击|点个|点亮|顺手点)\s*[“"「]?(在看|赞|点赞|分享|星标)[”"」]?|^(不感兴趣|点赞|收藏|转发|打赏|在看|举报|分享)(\s*[\d,.万]*\s*(不感兴趣|点赞|收藏|转发|打赏|在看|举报|分享)?)*\s*[\d,.万]*$`, 16);
/** The platform's disclaimer under self-media posts. */
export const DISCLAIMER = p('platform disclaimer', String.raw`^(平台声明|免责声明|特别声明|声明)\s*[:：]|观点仅代表作者本人|仅提供信息存储空间服务|不代表本(网|站|平台)(的)?(观点|立场)`, 80);
/** Photo-gallery controls and counters. */
export const GALLERY = p('gallery controls', String.raw`^(上一张|下一张|上一图|下一图|上一组|下一组|自动播放|列表模式|重新浏览|重新播放|查看原图|全屏查看|返回图集|已经是最后一张了?|已是最后一张|共\s*\d+\s*张)(\s*(上一张|下一张|自动播放|列表模式|重新浏览|重新播放|查看原图))*|^(本组图片|本组图集|本组照片|组图|图集)\s*[（(]?\s*(共\s*\d+\s*张)?\s*[)）]?$|^\d{1,3}\s*/\s*\d{1,3}$|^[‹›<>«»←→◀▶\s]+$`, 20);
/** Closing marks of a WeChat post. */
export const END_MARK = p('end mark', String.raw`^[-—–=·\s]*(end|the end|完|全文完)[-—–=·\s]*$`, 3);

/** Lines that are chrome wherever they appear. Order matters only for the record's reason. */
export const CHROME_LINE_PATTERNS: ChromePattern[] = [
  BREADCRUMB, BREADCRUMB_TRAIL, FONT_SIZE, PRINT_CLOSE, SHARE, QR_CODE, VIEW_COUNT, EDITOR, PREV_NEXT, COPYRIGHT, FOOTER, APP_PROMPT, READING_TIME, BYLINE_LINE,
  COOKIE, NEWSLETTER, INLINE_PROMO, COMMENTS, AD_LABEL, EPAPER_NAV, REPOST, SITE_TOOLS, TAGS, SKIP_LINK, LIKES, FOLLOW, META_LINE,
  CREDITS, DISCLAIMER, GALLERY, END_MARK,
];

/** Headings that introduce a block of links or widgets which goes with them. */
export const SECTION_HEADINGS: ChromePattern[] = [RELATED, COMMENTS, NEWSLETTER, EPAPER_NAV];

/** Markup that is page furniture, not article. Checked only on elements without much text. */
export const CHROME_TAGS = new Set(['NAV', 'FORM', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT', 'EMBED', 'ASIDE', 'FOOTER', 'DIALOG', 'MENU']);
export const CHROME_ROLES = /^(navigation|banner|contentinfo|complementary|search|dialog|alertdialog|menu|menubar|toolbar)$/;
export const CHROME_CLASS = /(?:^|[\s_-])(share|sharing|social|breadcrumbs?|crumbs?|comments?|related|recommend|sidebar|side-?bar|footer|copyright|toolbar|qrcode|qr-code|advert|ads?|adsbygoogle|banner-ad|newsletter|cookie|subscribe|pagination|pager|tags|hot-?news|hot-?list|rank(ing)?|popular|widget|pre-?next|prev-?next|print|fontsize|font-size|zoom-?bar)(?:$|[\s_-])/;
