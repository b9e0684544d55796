import { classAndId, elementsByTags, hasAncestorTag, linkDensity, squash, textOf, textWeight, toArray } from '../shared/dom';
import { foldScript } from '../detect/script';
import { zhRegExp } from '../clean/patterns/variants';
import { isSpamText } from '../clean/spam/spam-text';
import { dateFromUrl, parseDate } from './dates';
import type { ScriptHints } from './script-hints';

/**
 * Article metadata read from the cleaned page before page chrome goes (the date and
 * source usually sit in the meta line that the chrome step removes).
 */
export interface PageMetadata {
  title: string | null;
  /** The element holding the article heading, when found in the body. */
  titleElement: Element | null;
  published: string | null;
  source: string | null;
  byline: string | null;
  siteName: string | null;
}

const TITLE_SEPARATORS = /\s+[-–—|_·:：]\s+|_|\s*[|｜]\s*|\s+-\s*|-\s+|(?<=\p{Script=Han}{2}|[”’」』》）])-(?=\p{Script=Han}{2})/u;
const TITLE_CLASS = /(^|[\s_-])(title|headline|heading|biaoti|tit|article-?title|news-?title|arttitle|art-title|main-title|entry-title|post-title|story-title|detail-?title|content-?title|h-title|font01)([\s_-]|\d|$)/i;
const NOT_TITLE_CLASS = /(site|logo|sub|nav|menu|list|related|widget|comment|reply|respond|footer|header-titles|site-title|section|column|box-title|ad)/i;

type MetaTags = Map<string, string>;

/** `<meta>` name / property / itemprop → content (first non-empty wins), lower-cased keys. */
function metaTags(doc: Document): MetaTags {
  const out: MetaTags = new Map();
  for (const el of toArray(doc.getElementsByTagName('meta'))) {
    const v = el.getAttribute('content')?.trim();
    if (!v) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const k = el.getAttribute(attr)?.toLowerCase();
      if (k && !out.has(k)) out.set(k, squash(v));
    }
  }
  return out;
}

function meta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const v = tags.get(key.toLowerCase());
    if (v) return v;
  }
  return null;
}

/** Objects from JSON-LD blocks (flattening @graph), ignoring broken JSON. */
function jsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const s of toArray(doc.getElementsByTagName('script'))) {
    if ((s.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json') continue;
    try {
      const data: unknown = JSON.parse(s.textContent ?? '');
      const stack: unknown[] = Array.isArray(data) ? [...data] : [data];
      while (stack.length) {
        const item = stack.pop();
        if (!item || typeof item !== 'object') continue;
        const obj = item as Record<string, unknown>;
        out.push(obj);
        if (Array.isArray(obj['@graph'])) stack.push(...(obj['@graph'] as unknown[]));
      }
    } catch {
      // a page's broken JSON-LD is not our error
    }
  }
  return out;
}

function ldString(objs: Record<string, unknown>[], key: string): string | null {
  for (const o of objs) {
    const v = o[key];
    if (typeof v === 'string' && v.trim()) return squash(v);
    if (v && typeof v === 'object' && typeof (v as Record<string, unknown>).name === 'string') return squash((v as Record<string, string>).name!);
    if (Array.isArray(v) && v[0] && typeof v[0] === 'object' && typeof (v[0] as Record<string, unknown>).name === 'string') return squash((v[0] as Record<string, string>).name!);
  }
  return null;
}

/** Similarity of two titles, script-neutral, on characters (0–1). */
export function titleSimilarity(a: string, b: string): number {
  const norm = (s: string) => [...foldScript(s).normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase()];
  const A = norm(a);
  const B = norm(b);
  if (!A.length || !B.length) return 0;
  const count = new Map<string, number>();
  for (const c of B) count.set(c, (count.get(c) ?? 0) + 1);
  let common = 0;
  for (const c of A) {
    const n = count.get(c) ?? 0;
    if (n > 0) {
      common++;
      count.set(c, n - 1);
    }
  }
  return (2 * common) / (A.length + B.length);
}

/** `<title>` minus the site name: the part most like a heading. */
function splitTitle(title: string): string[] {
  const parts = title.split(TITLE_SEPARATORS).map((s) => s.trim()).filter(Boolean);
  return parts.length ? parts : [title];
}

const NOT_IN_TITLE = new Set(['A', 'NAV', 'FOOTER', 'LI', 'ASIDE', 'BUTTON', 'SELECT', 'OPTION', 'LABEL']);
const FORM_FIELDS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const HEADINGS = new Set(['H1', 'H2', 'H3']);
const LIST_TAGS = new Set(['UL', 'OL', 'DL']);

/**
 * A heading's text up to its first `<br>`: some CMSes print the date and source inside the
 * `<h1>` on a second line (`<h1>标题<br><span>2024-06-18 来源：…</span></h1>`).
 */
function headingText(el: Element): string {
  const br = toArray(el.children).find((c) => c.tagName === 'BR');
  if (!br) return textOf(el);
  let text = '';
  for (let n = el.firstChild; n && n !== br; n = n.nextSibling) text += n.textContent ?? '';
  return text.replace(/\s+/g, ' ').trim() || textOf(el);
}

/**
 * A list of headline links (a ranking, a 热点 list), not an entry's meta list that links
 * its author and date with a word or two each.
 */
function isHeadlineList(el: Element): boolean {
  if (!LIST_TAGS.has(el.tagName) && el.getElementsByTagName('li').length < 2) return false;
  const links = toArray(el.getElementsByTagName('a')).map((a) => textWeight(textOf(a)));
  return links.length >= 1 && links.reduce((n, w) => n + w, 0) / links.length >= 6 && linkDensity(el) > 0.5;
}

const CREDIT_LINE = zhRegExp(String.raw`^\s*(?:记者|文|作者|撰文)\s*[:：/]\s*[^|｜]{2,12}\s*[|｜]`);
const CREDIT_TAGS = new Set(['P', 'SPAN', 'SECTION']);

/**
 * A WeChat-style credit line in the body (`记者：吴悠 ｜ 编辑：郑佳 ｜ 审核：黄蕾`) names the
 * reporter when no meta line does; the chrome step removes the line afterwards.
 */
function creditLineByline(body: Element): string | null {
  for (const el of elementsByTags(body, CREDIT_TAGS)) {
    const text = textOf(el);
    if (textWeight(text) > 40 || !CREDIT_LINE.test(text)) continue;
    const byline = bylineIn(text);
    if (byline) return byline;
  }
  return null;
}

/** The byline a labelled line gives (`作者：周晓岚`, `本报记者 王芳`), null when none. */
function bylineIn(line: string): string | null {
  const m = BYLINE_LABEL.exec(line);
  if (!m) return null;
  const name = afterLabel(line.slice(m.index), BYLINE_LABEL, BYLINE_STOP);
  // A reporter's role is part of the byline (本报记者 王芳); 作者： is only a label.
  const role = REPORTER_ROLE.exec(m[0])?.[0];
  return name && role ? `${role} ${name}` : name;
}

/** Inside a search or login form (some CMSes wrap the whole article in a `<form>` without fields). */
function inFieldForm(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (cur.tagName === 'FORM') return hasVisibleField(cur);
  return false;
}

/**
 * Whether a form has a field a reader fills in, asked once per form: a page-wide
 * ASP.NET `<form>` holds every title candidate, and each would rescan the whole page.
 */
const fieldForms = new WeakMap<Element, boolean>();
function hasVisibleField(form: Element): boolean {
  let known = fieldForms.get(form);
  if (known === undefined) {
    known = toArray(form.getElementsByTagName('*')).some((f) => FORM_FIELDS.has(f.tagName) && f.getAttribute('type') !== 'hidden');
    fieldForms.set(form, known);
  }
  return known;
}
const TITLE_TAGS: Record<string, number> = { H1: 3, H2: 1.5, H3: 0.5 };
const TITLE_LIKE_TAGS = new Set(['DIV', 'SPAN', 'P', 'TD', 'STRONG', 'B', 'FONT', 'CENTER', 'H4', 'H5', 'H6']);

/**
 * The article heading: h1/h2/h3 and title-classed elements, scored by tag, class and how
 * well they match the `og:title` / `<title>` parts (script-neutral); an element whose
 * text matches a metadata title almost exactly counts whatever its markup.
 */
function findTitle(doc: Document, metaTitles: string[]): { title: string | null; element: Element | null } {
  const body = doc.body;
  let best: { el: Element; text: string; score: number } | null = null;
  if (body) {
    for (const el of toArray(body.getElementsByTagName('*'))) {
      const base = TITLE_TAGS[el.tagName];
      const titleClassed = base === undefined && TITLE_LIKE_TAGS.has(el.tagName) && el.children.length <= 3 && TITLE_CLASS.test(classAndId(el));
      // Any leaf may hold the headline when its text matches a metadata title (an e-paper's
      // <founder-title>, a <td>); checked by similarity below.
      const leaf = el.children.length === 0 && (TITLE_LIKE_TAGS.has(el.tagName) || el.tagName.includes('-'));
      if (base === undefined && !titleClassed && !(leaf && metaTitles.length)) continue;
      // A title box holding the heading and its meta line: the heading is the title.
      if (titleClassed && toArray(el.children).some((c) => HEADINGS.has(c.tagName))) continue;
      const text = base === undefined ? textOf(el) : headingText(el);
      const w = textWeight(text);
      if (w < 2 || w > 60 || text.length > 160) continue;
      const similarity = Math.max(0, ...metaTitles.map((m) => titleSimilarity(text, m)));
      if (base === undefined && !titleClassed && similarity < 0.9) continue;
      // A heading that is one permalink (<h1><a title="Permalink to: …">) is still the heading.
      const permalink = base !== undefined && el.children.length === 1 && el.children[0]!.tagName === 'A' && textOf(el.children[0]!) === textOf(el);
      if (hasAncestorTag(el, NOT_IN_TITLE) || inFieldForm(el) || (!permalink && linkDensity(el) > 0.5) || isSpamText(text)) continue;
      let score = base ?? 1.5;
      const names = classAndId(el);
      if (TITLE_CLASS.test(names)) score += 2;
      if (NOT_TITLE_CLASS.test(names) && !TITLE_CLASS.test(names.replace(NOT_TITLE_CLASS, ''))) score -= 2;
      // The heading of a list of links (频道排行, 热点新闻) names the list, not the page.
      const next = el.nextElementSibling;
      if (next && isHeadlineList(next)) score -= 2;
      score += similarity * 5;
      if (!best || score > best.score) best = { el, text, score };
    }
  }
  if (best && best.score >= 2.5) return { title: best.text, element: best.el };
  // og:title, else the first part of `<title>`, passing over a column tag (圆桌｜…).
  const usable = metaTitles.filter((t) => t && !isSpamText(t));
  const fallback = usable.find((t) => textWeight(t) > 4) ?? usable[0];
  return { title: fallback ?? best?.text ?? null, element: fallback ? null : best?.el ?? null };
}

// After a space, a bar, or straight after a time (10:32来源：) as some CMSes print it.
const SOURCE_LABEL = zhRegExp(String.raw`(?:^|[\s　|｜，,]|(?<=\d))(?:信息来源|文章来源|稿件来源|新闻来源|资料来源|消息来源|来源|稿源|出处|source)\s*[:：]\s*`, 'i');
/** Where any meta field ends: a wide gap, a bar or dot, a dash, an English date, a bracket. */
const FIELD_END = String.raw`\s{2,}|[　|｜·•]|\s+[-–—]\s|,?\s+(updated|posted|published|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|【|\[`;
/** A source ends at a date, a time or the next field's label, written with or without a space. */
const SOURCE_STOP = zhRegExp(
  String.raw`${FIELD_END}|\d{4}\s*[-/.年]|\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}|\d{1,2}:\d{2}|(作者|记者|编辑|责任编辑|责编|通讯员|摄影|发布时间|发布日期|发布于|发表于|时间|日期|浏览|点击|点阅|评论|字号|阅读|版次|版面|第\d+版)|(?<=\S{2})\p{Script=Han}{2}\s*[:：]`,
  'u',
);
/** A byline names roles (本报记者 王芳), so only a role after a space starts the next field. */
const BYLINE_STOP = zhRegExp(
  String.raw`${FIELD_END}|\s\d{4}[-/.年]|\s(?=(作者|记者|编辑|责任编辑|时间|日期|发布|浏览|点击|字号|阅读|第\d+版|\d{4}[-/年]))|(作者|记者|编辑|责任编辑|发布时间|发布日期|时间|日期|浏览|点击|字号|阅读)\s*[:：]`,
);
const BYLINE_LABEL = zhRegExp(String.raw`(?:^|[\s　|｜])(?:作者|撰文|文\s*/|记者|本报记者|本台记者|通讯员|by)\s*[:：/]?\s*`, 'i');
const REPORTER_ROLE = zhRegExp(String.raw`本报记者|本台记者|记者|通讯员`);
const DATE_LABEL = zhRegExp(String.raw`(发布时间|发布日期|发表时间|时间|日期|发表于|published|posted|updated)\s*[:：]?`, 'i');

function afterLabel(text: string, label: RegExp, stops = SOURCE_STOP): string | null {
  const m = label.exec(text);
  if (!m) return null;
  let rest = text.slice(m.index + m[0].length);
  const stop = stops.exec(rest);
  if (stop) rest = rest.slice(0, stop.index);
  rest = rest.replace(/^[“"「『]|[”"」』]$/g, '').replace(/[)）\]】,，。;；]+$/, '').trim();
  return rest && textWeight(rest) <= 20 ? rest : null;
}

const META_HINT = /info|meta|source|date|time|author|attr|subtitle|byline|laiyuan|fbsj|pubtime/;
const LINE_TAGS = new Set(['SPAN', 'EM', 'I', 'TIME', 'A', 'P', 'DIV', 'LI', 'FONT', 'TD']);

/** Short lines near the title and in meta-ish elements: where date, source and author are printed. */
function metaLines(doc: Document, titleEl: Element | null): string[] {
  const lines: string[] = [];
  const push = (el: Element) => {
    const t = textOf(el);
    if (t && textWeight(t) <= 80) lines.push(t);
  };
  if (titleEl) {
    // A meta line printed inside the heading, after a `<br>` (see headingText).
    const br = toArray(titleEl.children).find((c) => c.tagName === 'BR');
    for (let n = br?.nextElementSibling; n; n = n.nextElementSibling) push(n);
    // Siblings after the title (and their short descendants), then the same one level up.
    let cur: Element | null = titleEl;
    for (let depth = 0; cur && depth < 4 && lines.length < 12; depth++, cur = cur.parentElement) {
      for (let sib = cur.nextElementSibling, n = 0; sib && n < 5; sib = sib.nextElementSibling, n++) {
        push(sib);
        if (textWeight(sib.textContent ?? '') <= 200) for (const child of toArray(sib.getElementsByTagName('*'))) if (LINE_TAGS.has(child.tagName)) push(child);
      }
      for (let sib = cur.previousElementSibling, n = 0; sib && n < 2; sib = sib.previousElementSibling, n++) push(sib);
    }
  }
  if (doc.body) for (const el of toArray(doc.body.getElementsByTagName('*'))) if (META_HINT.test(classAndId(el))) push(el);
  return lines;
}

/** Class names CMSs give the source element (来源 → laiyuan, ly; mobile templates: src). */
const SOURCE_CLASS = /source|laiyuan|agency|publisher|nickname|(^|[\s_-])(src|ly|xwly|media-name|outlet|js_name)([\s_-]|$)/;
const OUTLET_IN_LINE = zhRegExp(String.raw`(?:^|[\s|｜·])(\p{Script=Han}{2,8}?(?:日报|晚报|晨报|早报|商报|时报|周报|新闻网|报|网|社|电视台|广播电台))(?=[\s|｜·]|$)`, 'u');
const LEADING_DATE = /^\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(\d{1,2}:\d{2}(:\d{2})?)?\s*/;

/**
 * The source in an element the CMS marks as such (class source / laiyuan / agency …, or
 * itemprop=publisher). The innermost marked element wins (`div.date-source` holds the
 * date and `a.source`); a date in front of it is not part of it.
 */
function sourceFromMarkup(body: Element): string | null {
  const marked = toArray(body.getElementsByTagName('*')).filter((el) => SOURCE_CLASS.test(classAndId(el)) || el.getAttribute('itemprop') === 'publisher');
  const innermost = marked.filter((el) => !marked.some((other) => other !== el && el.contains(other)));
  for (const el of innermost) {
    const t = textOf(el).replace(LEADING_DATE, '');
    const source = t && textWeight(t) <= 12 && !SOURCE_LABEL.test(t) ? t : t ? afterLabel(t, SOURCE_LABEL) : null;
    if (source) return source;
  }
  return null;
}

const DATELINE = zhRegExp(String.raw`^[（(【\[]?\s*(\p{Script=Han}{1,6}(?:社|通讯社|电视台|广播电台))\s*(?:记者\s*\p{Script=Han}{2,4})?\s*\p{Script=Han}{0,6}(?:\d{1,2}月)?\d{1,2}日电`, 'u');

/** The first paragraph of prose in the body (where a dateline sits). */
function firstParagraphText(body: Element): string {
  for (const p of toArray(body.getElementsByTagName('p'))) {
    const t = textOf(p);
    if (textWeight(t) >= 20) return t;
  }
  return '';
}

const BYLINE_LEAD = zhRegExp(String.raw`^(文\s*[/／]\s*图|图\s*[/／]\s*文|文|图|撰文|作者|by)\s*[:：/／]?\s*`, 'i');
const BYLINE_TAIL = zhRegExp(String.raw`\s*([/／].*|(发表于|发布于|发布|报道|报导|即时报导|摄|撰)\s*)$`);

/** "图 本报记者 顾言" → 本报记者 顾言; "王小明／台北即時報導" → 王小明; "青禾 发表于" → 青禾. */
/** A CMS's default `<meta name="author">`: a copyright line, not a person. */
const NOT_A_BYLINE = zhRegExp(String.raw`©|版权所有|copyright|all rights reserved|powered by|phpcms|dedecms|discuz|wordpress`, 'i');

export function cleanByline(raw: string): string | null {
  if (NOT_A_BYLINE.test(raw)) return null;
  let s = squash(raw);
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(BYLINE_LEAD, '').replace(BYLINE_TAIL, '').trim();
  }
  return s && textWeight(s) <= 20 ? s : null;
}

/** `<title>` of an e-paper front page: the paper's name and 数字报 / 电子版. */
const EPAPER_SITE = zhRegExp(String.raw`^\s*(\p{Script=Han}{2,10}?(?:日报|晚报|晨报|早报|商报|时报|周报|报))\s*(?:数字报|电子报|数字版|电子版)(?:刊)?\s*$`, 'u');

const REPOST_SOURCE = zhRegExp(String.raw`(?:本文)?(?:转载自|转自|来源于|原载于?|刊载于|摘自|本文来自)\s*[《「“"]?([^，,。；;）)》」”"\s]{2,20})`);

export function readMetadata(doc: Document, url: string, hints: ScriptHints = {}): PageMetadata {
  const ld = jsonLd(doc);
  const tags = metaTags(doc);
  const docTitle = textOf(doc.head?.getElementsByTagName('title')[0]);
  const metaTitles = [
    meta(tags, 'og:title', 'twitter:title', 'ArticleTitle', 'headline', 'title'),
    ldString(ld, 'headline'),
    ...(docTitle ? splitTitle(docTitle) : []),
  ].filter((t): t is string => !!t && !isSpamText(t));
  const { title, element } = findTitle(doc, metaTitles);
  const lines = metaLines(doc, element);

  const published =
    parseDate(meta(tags, 'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'PubDate', 'publish-date', 'publish_date', 'firstpublishedtime', 'dc.date', 'dc.date.issued', 'DC.date', 'sailthru.date', 'parsely-pub-date', 'date')) ??
    parseDate(ldString(ld, 'datePublished')) ??
    parseDate(doc.getElementsByTagName('time')[0]?.getAttribute('datetime')) ??
    lines.map((l) => (DATE_LABEL.test(l) || /\d{4}\s*[-/.年]/.test(l) ? parseDate(l) : null)).find(Boolean) ??
    hints.published ??
    dateFromUrl(url) ??
    null;

  let source: string | null = null;
  for (const l of lines) {
    source = afterLabel(l, SOURCE_LABEL);
    if (source) break;
  }
  if (!source && doc.body) source = sourceFromMarkup(doc.body);
  // An unlabelled outlet name in the dated line under the title: 临溪日报 2024-04-17 07:20 记者 方晴.
  source ??= lines.map((l) => (/\d{4}\s*[-/.年]\s*\d{1,2}/.test(l) ? OUTLET_IN_LINE.exec(l)?.[1] : undefined)).find((x) => !!x && x !== title) ?? null;
  if (!source && doc.body) {
    // A news agency dateline opening the story: （北城社記者林家豪臺中8日電）, 新华社北京3月8日电.
    const m = DATELINE.exec(firstParagraphText(doc.body));
    if (m) source = m[1]!;
  }
  if (!source && doc.body) {
    // "本文转载自桐江晚报" under a reposted article names the original publisher.
    const m = REPOST_SOURCE.exec(textOf(doc.body).slice(-3000));
    if (m && !isSpamText(m[1]!)) source = m[1]!;
  }
  source ??= meta(tags, 'source', 'article:publisher_name', 'mediaid') ?? hints.account ?? null;

  let byline: string | null = null;
  for (const l of lines) {
    byline = bylineIn(l);
    if (byline) break;
  }
  byline ??= meta(tags, 'author', 'article:author', 'byl') ?? ldString(ld, 'author') ?? (doc.body ? creditLineByline(doc.body) : null);
  byline = byline ? cleanByline(byline) : null;

  const siteName = meta(tags, 'og:site_name', 'application-name') ?? null;
  // A meta line runs on from the author into the publisher (文/记者 周可 桐江文旅).
  for (const name of [source, siteName, hints.account]) {
    if (byline && name && byline.endsWith(` ${name}`)) byline = byline.slice(0, -name.length - 1).trim() || null;
  }
  // A newspaper's e-paper (岑川日报数字报) publishes that newspaper's articles.
  const epaper = !source && !siteName ? EPAPER_SITE.exec(docTitle) : null;
  return { title, titleElement: element, published, source: source ?? siteName ?? epaper?.[1] ?? null, byline, siteName };
}
