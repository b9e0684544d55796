import { record, recordElement, removeElement, type CleanContext } from '../context';
import { BLOCK_TAGS, childNodesOf, detachAll, elementsByTags, hasBlockChild, headTitle, isBlock, linkDensity, textOf, textWeight, toArray } from '../../shared/dom';
import { zhRegExp } from '../patterns/variants';
import { isSpamText, spamSignals } from './spam-text';

const STEP = 'spam';
const spam = (reason: string) => ({ step: STEP, category: 'spam' as const, reason });

/** Image paths of adverts: /ad/, /ads/, /guanggao/, banner_, gg_. */
const AD_IMAGE = /\/(ads?|advert\w*|guanggao|gg|banners?)\/|[/_-](ad|banner|gg)[_-]?\d|\bad(s|vert)?\.(jpe?g|png|gif|webp)/i;

const FRIEND_LINKS = zhRegExp('^\\s*[【\\[]?\\s*(友情链接|友链|合作伙伴|links)\\s*[】\\]]?\\s*[:：]?');
const CLOAKING = /document\.referrer[\s\S]{0,300}(baidu|sogou|so\.com|sm\.cn|google|bing|360)|(baidu|sogou|so\.com|sm\.cn)[\s\S]{0,300}(location|document\.write)/i;

/**
 * Injected spam, judged by what it says: SEO keyword lines at the top of the body and
 * inside the article, spam paragraphs with contact details, 友情链接 blocks and link
 * farms, `<marquee>`, spam in image `alt`, a stuffed `<title>` and cloaking scripts.
 */
export function removeInjectedSpam(ctx: CleanContext): void {
  const { doc } = ctx;
  removeCloakingScripts(ctx);
  clearStuffedTitle(ctx);
  for (const m of toArray(doc.getElementsByTagName('marquee'))) {
    removeElement(ctx, m, spam(isSpamText(textOf(m)) ? 'scrolling spam (<marquee>)' : 'scrolling banner (<marquee>)'));
  }
  for (const img of toArray(doc.getElementsByTagName('img'))) {
    for (const attr of ['alt', 'title']) {
      const v = img.getAttribute(attr);
      if (!v || !isSpamText(v) || !img.isConnected) continue;
      // An advert image (its path says so) goes; a real photo only loses the spam text.
      if (AD_IMAGE.test(img.getAttribute('src') ?? '')) {
        const holder = img.parentElement;
        removeElement(ctx, img, spam('advert image with spam keywords'));
        if (holder && holder !== ctx.doc.body && !textOf(holder) && !holder.getElementsByTagName('img').length) holder.remove();
      } else {
        record(ctx, spam(`spam keywords in image ${attr}`), v);
        img.setAttribute(attr, '');
      }
    }
  }
  removeLinkFarms(ctx);
  removeSpamBlocks(ctx);
}

function removeCloakingScripts(ctx: CleanContext): void {
  for (const s of toArray(ctx.doc.getElementsByTagName('script'))) {
    if (CLOAKING.test(s.textContent ?? '')) removeElement(ctx, s, spam('search-engine cloaking redirect script'));
  }
}

function clearStuffedTitle(ctx: CleanContext): void {
  const title = headTitle(ctx.doc);
  if (title && isSpamText(textOf(title))) {
    record(ctx, spam('page title stuffed with spam keywords'), textOf(title));
    title.textContent = '';
  }
  for (const meta of toArray(ctx.doc.getElementsByTagName('meta')).filter(isStuffable)) {
    const v = meta.getAttribute('content') ?? '';
    if (isSpamText(v)) {
      record(ctx, spam(`<meta ${meta.getAttribute('name') ?? meta.getAttribute('property')}> stuffed with spam keywords`), v);
      meta.setAttribute('content', '');
    }
  }
}

/** `meta[name="keywords"], meta[name="description"], meta[property="og:title"], meta[property="og:description"]` */
function isStuffable(meta: Element): boolean {
  const name = meta.getAttribute('name')?.toLowerCase();
  const property = meta.getAttribute('property')?.toLowerCase();
  return name === 'keywords' || name === 'description' || property === 'og:title' || property === 'og:description';
}

const FARM_TAGS = new Set(['DIV', 'P', 'UL', 'OL', 'TD', 'SECTION', 'SPAN', 'DD', 'LI', 'FONT', 'CENTER', 'DETAILS', 'ASIDE', 'NAV']);

/** Blocks that are mostly links whose texts are spam, or a 友情链接 list. */
function removeLinkFarms(ctx: CleanContext): void {
  const body = ctx.doc.body;
  if (!body) return;
  for (const el of elementsByTags(body, FARM_TAGS)) {
    if (!el.isConnected) continue;
    const links = toArray(el.getElementsByTagName('a'));
    if (links.length < 2) continue;
    const text = textOf(el);
    if (FRIEND_LINKS.test(text) && linkDensity(el) > 0.5) {
      removeElement(ctx, el, spam('友情链接 block'));
      continue;
    }
    if (linkDensity(el) < 0.6) continue;
    const texts = links.map(textOf);
    const spamLinks = texts.filter((t) => isSpamText(t) || spamSignals(t).strong > 0).length;
    // Each link alone may be mild (澳门赌场), but a block of them is a keyword list.
    const asList = texts.length >= 4 && isSpamText(texts.join('，'));
    if ((spamLinks >= 2 && spamLinks >= links.length * 0.5) || asList) removeElement(ctx, el, spam('link farm'));
  }
}

/**
 * Smallest blocks (and loose text runs) whose text is spam. When a spam block is the only
 * content of its parent, the parent goes too (`<div class="seo"><h1>spam</h1></div>`).
 */
function removeSpamBlocks(ctx: CleanContext): void {
  const body = ctx.doc.body;
  if (!body) return;
  // Removed in one pass at the end (detachAll): one by one is quadratic in jsdom when a
  // long article holds many spam paragraphs. What is read below sees the page as if each
  // had been removed at once (`gone` is skipped, or removed early when a parent goes too).
  const gone = new Set<Node>();
  for (const el of toArray(body.getElementsByTagName('*'))) {
    if (!el.isConnected || !BLOCK_TAGS.has(el.tagName) || el.tagName === 'BODY' || (gone.size && insideAny(el, gone))) continue;
    if (hasBlockChild(el)) {
      removeLooseSpamText(ctx, el);
      continue;
    }
    const text = textOf(el);
    if (!text) continue;
    // A block of `<br>`-separated lines (one `<p>` holding the article): judge each line,
    // so a spam line goes and the article's lines stay.
    // What is left is judged whole: a spam block split over lines (百家乐<br>QQ：…).
    const lines = hasBrLines(el);
    if (lines) removeLooseSpamText(ctx, el);
    if (!isSpamText(lines ? textOf(el) : text)) continue;
    let target: Element = el;
    for (let parent = target.parentElement; parent && parent !== body; parent = target.parentElement) {
      const met: Node[] = [];
      if (!onlyTextIn(parent, target, gone, met)) break;
      for (const n of met) {
        (n as ChildNode).remove();
        gone.delete(n);
      }
      target = parent;
    }
    recordElement(ctx, target, spam('spam text'));
    gone.add(target);
  }
  detachAll(gone as Set<ChildNode>);
  removeLooseSpamText(ctx, body);
}

/** Two or more lines with text separated by `<br>` directly inside the element. */
function hasBrLines(el: Element): boolean {
  let lines = 0;
  let text = false;
  for (const child of childNodesOf(el)) {
    if (child.nodeType === 1 && (child as Element).tagName === 'BR') {
      if (text) lines++;
      text = false;
    } else if ((child.textContent ?? '').trim()) text = true;
  }
  return lines + (text ? 1 : 0) >= 2;
}

function insideAny(el: Element, set: ReadonlySet<Node>): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return true;
  return false;
}

/**
 * True when nothing in `parent` but `child` has text, i.e. textOf(parent) === textOf(child),
 * not counting the nodes in `gone` (removed, see removeSpamBlocks; those met go into `met`).
 * Checked on the siblings, stopping at the first text: reading textOf(parent) instead read
 * the whole article for every spam paragraph inside it (quadratic on long pages).
 */
function onlyTextIn(parent: Element, child: Element, gone: ReadonlySet<Node>, met: Node[]): boolean {
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n !== child && hasText(n, gone, met)) return false;
  return true;
}

/** Whether `node` has non-blank text outside `gone`, in document order (iterative: pages nest deep). */
function hasText(node: Node, gone: ReadonlySet<Node>, met: Node[]): boolean {
  if (!gone.size) return !!(node.textContent ?? '').trim();
  const stack: Node[] = [node];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (gone.has(n)) met.push(n);
    else if (n.nodeType === 3) {
      if ((n as Text).data.trim()) return true;
    } else for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return false;
}

/**
 * Text sitting directly in a container next to blocks (`<body>spam<div>…`), or a line
 * between `<br>`s. A spam line goes with the `<br>` that ended it.
 */
function removeLooseSpamText(ctx: CleanContext, container: Element): void {
  let run: ChildNode[] = [];
  const flush = (br?: ChildNode) => {
    const text = run.map((n) => n.textContent ?? '').join('').trim();
    if (text && textWeight(text) > 0 && isSpamText(text)) {
      record(ctx, spam('spam text'), text);
      for (const n of run) n.remove();
      br?.remove();
    }
    run = [];
  };
  for (const child of childNodesOf(container)) {
    if (child.nodeType === 1 && (child as Element).tagName === 'BR') flush(child);
    else if (child.nodeType === 1 && isBlock(child as Element)) flush();
    else if (child.nodeType === 1 || child.nodeType === 3) run.push(child);
  }
  flush();
}
