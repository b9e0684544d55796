import { classAndId, linkDensity, squash, textOf, textWeight } from '../shared/dom';
import { foldScript } from '../detect/script';
import { zhRegExp } from '../clean/patterns/variants';
import { isSpamText } from '../clean/spam/spam-text';
import { dateFromUrl, parseDate } from './dates';

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

const TITLE_SEPARATORS = /\s+[-–—|_·:：]\s+|_|\s*[|｜]\s*|\s+-\s*|-\s+/;
const TITLE_CLASS = /(^|[\s_-])(title|headline|heading|biaoti|tit|article-?title|news-?title|arttitle|art-title|main-title|entry-title|post-title|story-title|detail-?title|content-?title|h-title)([\s_-]|\d|$)/i;
const NOT_TITLE_CLASS = /(site|logo|sub|nav|menu|list|related|widget|comment|footer|header-titles|site-title|section|column|box-title|ad)/i;

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return squash(v);
  }
  return null;
}

/** Objects from JSON-LD blocks (flattening @graph), ignoring broken JSON. */
function jsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
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

function findTitle(doc: Document, metaTitles: string[]): { title: string | null; element: Element | null } {
  const body = doc.body;
  const candidates: { el: Element; text: string; score: number }[] = [];
  if (body) {
    const seen = new Set<Element>();
    const consider = (el: Element, base: number) => {
      if (seen.has(el)) return;
      seen.add(el);
      const text = textOf(el);
      const w = textWeight(text);
      if (w < 2 || w > 60 || text.length > 160) return;
      if (el.closest('a, nav, footer, li') || linkDensity(el) > 0.5) return;
      if (isSpamText(text)) return;
      let score = base;
      const names = classAndId(el);
      if (TITLE_CLASS.test(names)) score += 2;
      if (NOT_TITLE_CLASS.test(names) && !TITLE_CLASS.test(names.replace(NOT_TITLE_CLASS, ''))) score -= 2;
      const best = Math.max(0, ...metaTitles.map((m) => titleSimilarity(text, m)));
      score += best * 5;
      candidates.push({ el, text, score });
    };
    for (const el of Array.from(body.querySelectorAll('h1'))) consider(el, 3);
    for (const el of Array.from(body.querySelectorAll('h2'))) consider(el, 1.5);
    for (const el of Array.from(body.querySelectorAll('h3'))) consider(el, 0.5);
    for (const el of Array.from(body.querySelectorAll('div, span, p, td, strong, b, font'))) {
      if (TITLE_CLASS.test(classAndId(el)) && el.children.length <= 3) consider(el, 1.5);
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const top = candidates[0];
  if (top && top.score >= 2.5) return { title: top.text, element: top.el };
  const fallback = metaTitles.find((t) => t && !isSpamText(t));
  return { title: fallback ?? top?.text ?? null, element: fallback ? null : top?.el ?? null };
}

const SOURCE_LABEL = zhRegExp(String.raw`(?:^|[\s　|｜，,])(?:信息来源|文章来源|稿件来源|新闻来源|来源|稿源|出处|source)\s*[:：]\s*`, 'i');
const SOURCE_STOP = zhRegExp(String.raw`\s{2,}|[　|｜]|\s(?=(作者|记者|编辑|责任编辑|时间|日期|发布|浏览|点击|字号|阅读|第\d+版|\d{4}[-/年]))|(作者|记者|编辑|责任编辑|发布时间|发布日期|时间|日期|浏览|点击|字号|阅读)\s*[:：]|【|\[`);
const BYLINE_LABEL = zhRegExp(String.raw`(?:^|[\s　|｜])(?:作者|撰文|文\s*/|记者|本报记者|本台记者|通讯员|by)\s*[:：/]?\s*`, 'i');
const DATE_LABEL = zhRegExp(String.raw`(发布时间|发布日期|发表时间|时间|日期|发表于|published|posted|updated)\s*[:：]?`, 'i');

function afterLabel(text: string, label: RegExp): string | null {
  const m = label.exec(text);
  if (!m) return null;
  let rest = text.slice(m.index + m[0].length);
  const stop = SOURCE_STOP.exec(rest);
  if (stop) rest = rest.slice(0, stop.index);
  rest = rest.replace(/^[“"「『]|[”"」』]$/g, '').replace(/[)）\]】,，。;；]+$/, '').trim();
  return rest && textWeight(rest) <= 20 ? rest : null;
}

/** Short lines near the title: where date, source and author are printed. */
function metaLines(doc: Document, titleEl: Element | null): string[] {
  const lines: string[] = [];
  const push = (el: Element) => {
    const t = textOf(el);
    if (t && textWeight(t) <= 80) lines.push(t);
  };
  if (titleEl) {
    // Siblings after the title and their descendants, then the title's ancestors' next siblings.
    let cur: Element | null = titleEl;
    for (let depth = 0; cur && depth < 4 && lines.length < 12; depth++, cur = cur.parentElement) {
      for (let sib = cur.nextElementSibling, n = 0; sib && n < 5; sib = sib.nextElementSibling, n++) {
        push(sib);
        for (const child of Array.from(sib.querySelectorAll('span, em, i, time, a, p, div, li, font'))) push(child);
      }
      for (let sib = cur.previousElementSibling, n = 0; sib && n < 2; sib = sib.previousElementSibling, n++) push(sib);
    }
  }
  for (const el of Array.from(doc.querySelectorAll('[class*="info" i], [class*="meta" i], [class*="source" i], [class*="date" i], [class*="time" i], [class*="author" i], [id*="info" i], [class*="attr" i], [class*="subtitle" i]'))) push(el);
  return lines;
}

export function readMetadata(doc: Document, url: string): PageMetadata {
  const ld = jsonLd(doc);
  const docTitle = textOf(doc.querySelector('head > title'));
  const metaTitles = [
    meta(doc, 'og:title', 'twitter:title', 'ArticleTitle', 'headline', 'title'),
    ldString(ld, 'headline'),
    ...(docTitle ? splitTitle(docTitle) : []),
  ].filter((t): t is string => !!t && !isSpamText(t));
  const { title, element } = findTitle(doc, metaTitles);
  const lines = metaLines(doc, element);

  const published =
    parseDate(meta(doc, 'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'PubDate', 'publish-date', 'publish_date', 'firstpublishedtime', 'dc.date', 'dc.date.issued', 'DC.date', 'sailthru.date', 'parsely-pub-date', 'date')) ??
    parseDate(ldString(ld, 'datePublished')) ??
    parseDate(doc.querySelector('time[datetime]')?.getAttribute('datetime')) ??
    lines.map((l) => (DATE_LABEL.test(l) || /\d{4}\s*[-/.年]/.test(l) ? parseDate(l) : null)).find(Boolean) ??
    dateFromUrl(url) ??
    null;

  let source: string | null = null;
  for (const l of lines) {
    source = afterLabel(l, SOURCE_LABEL);
    if (source) break;
  }
  if (!source) {
    const el = doc.querySelector('[class*="source" i], [id*="source" i], [itemprop="publisher"]');
    const t = el ? textOf(el) : '';
    if (t && textWeight(t) <= 12 && !SOURCE_LABEL.test(t)) source = t;
    else if (t) source = afterLabel(t, SOURCE_LABEL);
  }
  source ??= meta(doc, 'source', 'article:publisher_name') ?? null;

  let byline: string | null = null;
  for (const l of lines) {
    const m = BYLINE_LABEL.exec(l);
    if (m) {
      byline = afterLabel(l.slice(m.index), BYLINE_LABEL) ?? null;
      if (byline) break;
    }
  }
  byline ??= meta(doc, 'author', 'article:author', 'byl') ?? ldString(ld, 'author');

  const siteName = meta(doc, 'og:site_name', 'application-name') ?? null;
  return { title, titleElement: element, published, source: source ?? siteName, byline, siteName };
}
