import { record, removeElement, type CleanContext } from './context';
import { zhRegExp } from './patterns/variants';
import { AUTHOR_PHOTO, isDecorativeImage } from '../shared/images';
import { childNodesOf, classAndId, elementsByTags, hasBlockChild, hasDescendantTag, isBlock, linkDensity, textOf, textWeight, toArray } from '../shared/dom';
import {
  CHROME_CLASS, CHROME_LINE_PATTERNS, CHROME_ROLES, CHROME_TAGS, SECTION_HEADINGS, type ChromePattern,
} from './patterns/chrome-patterns';

const STEP = 'chrome';
const chrome = (reason: string) => ({ step: STEP, category: 'chrome' as const, reason });

/**
 * Page chrome: navigation, breadcrumbs, font-size and print tools, share bars, QR codes,
 * view counts, editor lines, previous/next links, related lists, comment boxes,
 * footers, cookie banners. Recognised by the words on the line (Chinese and English) and
 * by unambiguous markup; anything that holds article-sized text is left for extraction.
 */
export function removePageChrome(ctx: CleanContext): void {
  const body = ctx.doc.body;
  if (!body) return;
  removeDocumentInfoTables(ctx, body);
  removeChromeMarkup(ctx, body);
  removeChromeSections(ctx, body);
  removeChromeLines(ctx, body);
  removeRepeatedSummary(ctx, body);
}

/** Labels of a government disclosure page's document table (信息公开 索引号, 成文日期 …). */
const DOC_INFO_LABEL = zhRegExp(String.raw`索\s*引\s*号|主\s*题\s*分\s*类|发\s*布\s*机\s*构|成\s*文\s*日\s*期|发\s*文\s*机\s*关|发\s*文\s*字\s*号|文\s*号|有\s*效\s*性|体\s*裁\s*分\s*类|组\s*配\s*分\s*类|公\s*开\s*方\s*式|公\s*开\s*范\s*围`, 'g');
const DOC_INFO_TAGS = new Set(['TABLE', 'DL', 'UL', 'DIV']);

/**
 * The document table above a disclosed notice (索引号 / 主题分类 / 发布机构 / 成文日期):
 * filing data, not the notice. Its dates and publisher were read before this step.
 */
function removeDocumentInfoTables(ctx: CleanContext, body: Element): void {
  // One read of the page's text first: most pages have no such table, and reading the
  // text of every nested <div> on them would cost a pass per nesting level.
  DOC_INFO_LABEL.lastIndex = 0;
  if (!DOC_INFO_LABEL.test(body.textContent ?? '')) return;
  for (const el of elementsByTags(body, DOC_INFO_TAGS)) {
    if (!el.isConnected) continue;
    const text = textOf(el);
    if (textWeight(text) > 240) continue;
    const labels = new Set((text.match(DOC_INFO_LABEL) ?? []).map((l) => l.replace(/\s+/g, '')));
    if (labels.size >= 3) removeElement(ctx, el, chrome('document information table'));
  }
}

const SUMMARY_LABEL = zhRegExp(String.raw`^\s*[【\[]?\s*(摘要|内容摘要|内容提要|提要|导读|导语|核心提示)\s*[】\]]?\s*[:：]?\s*`);
const CUT_OFF = /\s*(\.{3,}|…+|。{3})\s*$/;

/**
 * A portal's summary box (`摘要: 在江陵市中心……`): the article's opening cut off with an
 * ellipsis, shown again before the article. An editor's 导语 that says something of its
 * own is not cut off, or not found again below, and stays.
 */
function removeRepeatedSummary(ctx: CleanContext, body: Element): void {
  let bodyText: string | null = null;
  for (const el of toArray(body.getElementsByTagName('*'))) {
    if (!el.isConnected || !isBlock(el) || hasBlockChild(el)) continue;
    const text = textOf(el);
    if (!CUT_OFF.test(text)) continue;
    const label = SUMMARY_LABEL.exec(text);
    const stem = text.slice(label ? label[0].length : 0).replace(CUT_OFF, '');
    // Unlabelled (DedeCMS's div.intro), it must be a long stretch of the opening word for word.
    if (textWeight(stem) < (label ? 20 : 30)) continue;
    bodyText ??= textOf(body);
    const rest = bodyText.replace(text, '');
    if (!rest.includes(stem.slice(0, label ? 40 : stem.length))) continue;
    let target: Element = el;
    while (target.parentElement && target.parentElement !== body && textOf(target.parentElement) === text) target = target.parentElement;
    removeElement(ctx, target, chrome('summary repeating the article'));
  }
}

/** An element that holds article text and must not go as "furniture". */
function holdsContent(el: Element): boolean {
  if (textWeight(el.textContent ?? '') > 300) return true;
  let longParagraphs = 0;
  for (const p of toArray(el.getElementsByTagName('p'))) if (textWeight(p.textContent ?? '') >= 50 && ++longParagraphs >= 2) return true;
  return false;
}

const FORM_FIELDS = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON']);
const H1 = new Set(['H1']);
const SECTION_HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B', 'DT', 'SPAN', 'DIV', 'P', 'LI', 'EM']);

function removeChromeMarkup(ctx: CleanContext, body: Element): void {
  // A credit set apart from the caption behind a "Credit" label (`Credit...Sofia Marchetti`);
  // a credit written into the caption (`(Photo: Lee Park)`, `记者 赵一鸣 摄`) stays with it.
  for (const cap of toArray(body.getElementsByTagName('figcaption'))) {
    for (const el of toArray(cap.getElementsByTagName('*'))) {
      if (!el.isConnected || !/^credit\b/i.test(textOf(el))) continue;
      if (/(^|[\s_-])credits?($|[\s_-])/i.test(`${classAndId(el)} ${el.getAttribute('data-testid') ?? ''}`)) removeElement(ctx, el, chrome('photo credit'));
    }
  }
  for (const img of toArray(body.getElementsByTagName('img'))) {
    if (AUTHOR_PHOTO.test(`${classAndId(img)} ${classAndId(img.parentElement ?? img)}`)) removeElement(ctx, img, chrome('author photo'));
  }
  for (const el of toArray(body.getElementsByTagName('*'))) {
    if (!el.isConnected || el.tagName === 'MAIN' || el.tagName === 'ARTICLE') continue;
    const reason = chromeMarkup(el);
    if (!reason || holdsContent(el)) continue;
    if (el.tagName === 'FORM' && !hasDescendantTag(el, FORM_FIELDS)) continue;
    removeElement(ctx, el, chrome(reason));
  }
}

function chromeMarkup(el: Element): string | null {
  if (CHROME_TAGS.has(el.tagName)) return `<${el.tagName.toLowerCase()}>`;
  if (el.tagName === 'HEADER' && !hasDescendantTag(el, H1)) return 'site header';
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.test(role)) return `role=${role}`;
  const names = classAndId(el);
  if (names.trim() && CHROME_CLASS.test(names)) return `class/id “${names.trim().slice(0, 40)}”`;
  return null;
}

function matchLine(text: string, patterns: ChromePattern[]): ChromePattern | null {
  const weight = textWeight(text);
  for (const pat of patterns) if (weight <= pat.maxWeight && pat.re.test(text)) return pat;
  return null;
}

/** A heading such as 相关新闻 goes with the links or widgets it introduces. */
function removeChromeSections(ctx: CleanContext, body: Element): void {
  for (const el of elementsByTags(body, SECTION_HEADING_TAGS)) {
    if (!el.isConnected) continue;
    const text = textOf(el);
    if (!text || textWeight(text) > 12) continue;
    const pat = matchLine(text, SECTION_HEADINGS);
    if (!pat) continue;
    // Walk up while the parent holds only this heading plus links/widgets.
    let section: Element = el;
    for (let up = el.parentElement; up && up !== body; up = up.parentElement) {
      const rest = textWeight(textOf(up)) - textWeight(text);
      if (holdsContent(up) || (rest > 40 && linkDensity(up) < 0.5)) break;
      section = up;
    }
    if (section === el) {
      // Heading inside a larger container: take the link lists that follow it.
      for (let next = el.nextElementSibling; next; ) {
        const after: Element | null = next.nextElementSibling;
        if (!/^(UL|OL|DL)$/.test(next.tagName) && linkDensity(next) < 0.5) break;
        removeElement(ctx, next, chrome(`${pat.name} (list)`));
        next = after;
      }
    }
    removeElement(ctx, section, chrome(pat.name));
  }
}

/** Short lines (leaf blocks, list items, loose text runs) whose words are chrome. */
function removeChromeLines(ctx: CleanContext, body: Element): void {
  for (const el of toArray(body.getElementsByTagName('*'))) {
    if (!el.isConnected || !isBlock(el) || el.tagName === 'BODY') continue;
    if (hasBlockChild(el)) {
      removeLooseChromeText(ctx, el);
      continue;
    }
    const text = textOf(el);
    if (!text) continue;
    const pat = matchLine(text, CHROME_LINE_PATTERNS);
    if (!pat) continue;
    const parent = el.parentElement;
    removeElement(ctx, el, chrome(pat.name));
    removeEmptiedParent(ctx, parent, pat);
  }
  removeLooseChromeText(ctx, body);
}

const META_PATTERNS = new Set(['meta line', 'view count']);
/** Sentence punctuation: an outlet name or a follow label has none. */
const SENTENCE = /[。！？!?；;，,]/;

/**
 * What is left of a container once its chrome line is gone:
 *  - nothing but icons (a QR box, a share bar, an avatar): the container goes;
 *  - a bare name next to the removed date/views line (an outlet or author card,
 *    `<p>滨江都市报</p><p>2024-09-14 · 阅读量 1.8万</p>`): the card goes.
 */
function removeEmptiedParent(ctx: CleanContext, parent: Element | null, pat: ChromePattern): void {
  if (!parent || parent.tagName === 'BODY' || holdsContent(parent)) return;
  const rest = textOf(parent);
  if (!rest) {
    const images = toArray(parent.getElementsByTagName('img'));
    if (!images.length || images.every(isDecorativeImage) || /QR|share|app/i.test(pat.name)) removeElement(ctx, parent, chrome(`${pat.name} (container)`));
    return;
  }
  if (META_PATTERNS.has(pat.name) && textWeight(rest) <= 12 && !SENTENCE.test(rest)) removeElement(ctx, parent, chrome('outlet or author card'));
}


function removeLooseChromeText(ctx: CleanContext, container: Element): void {
  let run: ChildNode[] = [];
  const flush = () => {
    const text = run.map((n) => n.textContent ?? '').join('').replace(/\s+/g, ' ').trim();
    const pat = text ? matchLine(text, CHROME_LINE_PATTERNS) : null;
    if (pat) {
      record(ctx, chrome(pat.name), text);
      for (const n of run) n.remove();
      removed = pat;
    }
    run = [];
  };
  let removed: ChromePattern | null = null;
  for (const child of childNodesOf(container)) {
    if (child.nodeType === 1 && (isBlock(child as Element) || (child as Element).tagName === 'BR')) flush();
    else if (child.nodeType === 1 || child.nodeType === 3) run.push(child);
  }
  flush();
  if (removed && container.tagName !== 'BODY') removeEmptiedParent(ctx, container, removed);
}
