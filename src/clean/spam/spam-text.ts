import { zhRegExp } from '../patterns/variants';
import { textWeight } from '../../shared/dom';

/**
 * Judges text by its content, not by a site's class names: a lexicon of the vocabulary
 * injected by SEO spammers (porn, gambling, fake invoices, fake certificates), plus the
 * signals that separate an advert from an article that merely mentions the topic: contact
 * details, comma-separated keyword lists, and density.
 */

/** Terms that only spam uses. Simplified; Traditional forms match through `zhRegExp`. */
const STRONG_TERMS = [
  // porn SEO
  '黄网站', '黄色网站', '免费永久', '无码', '中文字暮', '中文字幕在线', '激情图片', '久久久', '精东传媒', '一级毛片', '成人视频',
  '成人电影', '色情网站', '约炮', '裸聊', '日韩精品', '偷拍自拍', '福利视频', '午夜福利', '一夜情', '援交', '上门服务', '美女直播',
  // gambling
  '博彩', '百家乐', '真人娱乐', '彩票计划', '娱乐官网', '送彩金', '体育投注', '网址大全', '老虎机', '时时彩', '娱乐城', '在线开户',
  '开户送', '首存送', '新葡京', '威尼斯人娱乐', '金沙娱乐', '永利娱乐', '皇冠体育', '亚博体育', '开元棋牌', 'AG真人', '电子游艺',
  '北京赛车', '幸运飞艇', '极速赛车', '快三计划', '足彩推荐', '网上赌博', '线上赌场',
  // fake invoices, certificates, documents
  '代开发票', '发票代开', '代开增值税', '代办各类证件', '假证', '学历认证代办', '办假证', '刻公章', '代办驾照',
  // ghostwriting and exam fraud
  '代写论文', '论文代写', '代考', '替考', '包过', '枪手代考', '考试答案', '改成绩',
  // loans, drugs, weapons, surveillance
  '信用卡套现', '花呗套现', '黑户贷款', '无抵押贷款', '秒批贷款', '裸贷', '迷药', '迷幻药', '催情', '春药', '伟哥', '仿真枪',
  '私家侦探', '查开房', '手机定位', '刷单', '兼职日结', '听话水', '迷情香水', '催情水', '银行卡四件套', '四件套', '股票配资',
  '配资平台', '高仿证件', '高仿名表', '一比一复刻', '祖传秘方',
  // English
  'replica watches', 'slot machines?', 'free spins', 'no deposit bonus', 'online casino', 'viagra', 'cialis', 'payday loans?',
  'buy followers', 'essay writing service', 'write my essay', 'do your homework', 'homework help', 'essay mill', 'cheap essays',
  'sportsbook', 'promo codes?', 'research papers overnight', 'custom essays', 'essay writers', 'term papers?', 'nfl picks',
  // loans (Taiwan / Hong Kong wording too)
  '免保人', '小额借款', '急需用钱', '快速放款', '当天放款', '免抵押',
];

/** Spam vocabulary that a real article can also use (办证大厅, 赌场 in a court report). */
const MEDIUM_TERMS = [
  '办证', '刻章', '一条龙', '毕业证', '快速办理', '六合彩', '赌场', '彩金', '棋牌', '捕鱼', '网投', '代开', '增值税发票',
  '在线播放', '娱乐平台', '国产精品', '亚洲精品', '贷款', '套现', '赌球', '足彩', '私服', '外挂', '代孕', '枪支',
  '高仿', '复刻', '奢侈品', '专治', '秘方', '配资', '实名开户', '脱发', '白发', '包治',
  'casino', 'sports betting', 'betting tips', 'porn', 'escort',
];

/** Words spam leans on but articles use all the time: only count next to other signals. */
const WEAK_TERMS = [
  '在线观看', '免费观看', '下载', '激情', '亚洲', '日韩', '精品', '成人', '娱乐', '平台', '注册', '开户', '信誉', '提款', '到账',
  '彩票', '澳门', '投注', '发票', '证件', '资格证', '驾驶证', '保密', '同号', '官网', '推荐', '免费', '秒到',
  '咨询', '专业', '低价', '优惠', '代写', '代办', '加微', '详情', '快速',
  'bonus', 'betting', 'jackpot', 'cheap', 'discount', 'replica', 'real money', 'today', 'order now', 'plagiarism-free', 'guaranteed', 'our writers',
];

const regexOf = (terms: string[]) => zhRegExp(`(${terms.join('|')})`, 'gi');
const STRONG = regexOf(STRONG_TERMS);
const MEDIUM = regexOf(MEDIUM_TERMS);
const WEAK = regexOf(WEAK_TERMS);

/**
 * Contacts spam carries: mobile numbers, QQ / WeChat / Telegram handles, URLs. A landline
 * after 电话 (an office's hotline in a notice) is not one.
 */
const CONTACT = zhRegExp(
  String.raw`(?:(?<!\d)1[3-9]\d{9}(?!\d)|(?<!\d)09\d{2}-?\d{3}-?\d{3}(?!\d)|(?:qq|微信|weixin|wechat|vx|v信|telegram|tg|飞机|扣扣)\s*(?:号|同号)?\s*[:：]?\s*[@\w-]{5,}|同号|https?:\/\/|www\.|\b[a-z0-9-]{3,}\.(?:com|net|org|cc|vip|top|xyz|me|info|biz|shop|site|online|example)\b|@\w{4,})`,
  'i',
);

/** Words of reporting and law enforcement: an article about gambling or fake certificates, not an advert. */
const REPORTING = zhRegExp(String.raw`打击|查处|破获|抓获|嫌疑人|涉案|警方|公安|法院|判决|违法|犯罪|非法|警惕|谨防|诈骗|记者|据了解|据悉|表示|介绍|通报|曝光|整治|依法|police|arrest|court|illegal|crackdown|reported`);

export interface SpamSignals {
  reporting: boolean;
  strong: number;
  medium: number;
  weak: number;
  contact: boolean;
  keywordList: boolean;
  weight: number;
}

/** Distinct terms of a lexicon in the text (case-insensitive). */
function distinctTerms(text: string, lexicon: RegExp): number {
  return new Set((text.match(lexicon) ?? []).map((s) => s.toLowerCase())).size;
}

export function spamSignals(text: string): SpamSignals {
  const strong = distinctTerms(text, STRONG);
  const medium = distinctTerms(text, MEDIUM);
  const weak = distinctTerms(text, WEAK);
  return { reporting: REPORTING.test(text), strong, medium, weak, contact: CONTACT.test(text), keywordList: isKeywordList(text), weight: textWeight(text) };
}

/** A line of short items separated by commas, spaces or bars: how keyword stuffing looks. */
export function isKeywordList(text: string): boolean {
  const items = text.split(/[,，|｜、\s]+/).filter(Boolean);
  if (items.length < 3) return false;
  const weights = items.map(textWeight);
  const avg = weights.reduce((n, w) => n + w, 0) / items.length;
  return avg <= 9 && Math.max(...weights) <= 12 && !/[。！？.!?]/.test(text.slice(0, -1));
}

/** True when the text reads as injected spam rather than as (part of) an article. */
export function isSpamText(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  // Most texts carry no spam term and no contact: they are let go before the weak terms,
  // the keyword-list and weight measures are computed (called on every block of a page).
  if (!distinctTerms(t, STRONG) && !distinctTerms(t, MEDIUM) && !CONTACT.test(t)) return false;
  const s = spamSignals(t);
  if (!s.strong && !s.medium && !(s.contact && s.weak >= 2)) return false;
  // Reporting about spam's trades (a police notice, a court case) without a contact is news.
  if (s.reporting && !s.contact) return false;
  const other = s.contact || s.keywordList;
  // Long narrative text that mentions gambling or invoices (a court report, a police
  // notice) is an article: it needs a contact and real density to count as spam.
  if (s.weight > 120) {
    const density = (s.strong * 3 + s.medium * 2 + s.weak) / (s.weight / 10);
    return s.contact && s.strong + s.medium >= 1 && density > 0.25;
  }
  if (s.strong >= 2) return true;
  if (s.strong === 1 && (other || s.weak >= 1 || s.medium >= 1)) return true;
  // English ambiguous words (casino, escort) are place and company names too: a link next
  // to one is not enough without sales talk.
  const latin = !/\p{Script=Han}/u.test(t);
  if (s.medium >= 3 || (s.medium >= 2 && other) || (s.medium === 1 && s.contact && (!latin || s.weak >= 1))) return true;
  if (s.medium >= 1 && s.keywordList && s.weak >= 1) return true;
  // An advert with a spam contact (a handle or mobile number, not a hotline) and sales talk.
  return s.contact && s.weak >= 2 && s.weight <= 80;
}
