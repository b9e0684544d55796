/**
 * Small DOM helpers used by every stage. Pure DOM (works in jsdom and in the page),
 * no extension APIs.
 */

export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
  'MARQUEE', 'CAPTION',
]);

/** Node.ELEMENT_NODE / TEXT_NODE without touching a global `Node` (absent in plain Node). */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

/** Whitespace as HTML collapses it, plus the ideographic space. */
export const WS = /[\s\u00a0\u3000]+/g;

export function squash(text: string): string {
  return text.replace(WS, ' ').trim();
}

/** The element's text with whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return node ? squash(node.textContent ?? '') : '';
}

const ONE_HAN = /^\p{Script=Han}$/u;
const LATIN_WORD_RE = /[A-Za-z]+(?:'[A-Za-z]+)?/g;
/** No character below U+2E80 (CJK Radicals Supplement) is of the Han script. */
const FIRST_HAN = 0x2e80;
/**
 * Han or not for each BMP code unit, filled in as met (0 unknown, 1 Han, 2 not), so the
 * answer is the regex engine's own Unicode data without a match array per call.
 */
const bmpHan = new Uint8Array(0x10000);

function isHanUnit(c: number): boolean {
  let v = bmpHan[c]!;
  if (v === 0) {
    v = ONE_HAN.test(String.fromCharCode(c)) ? 1 : 2;
    bmpHan[c] = v;
  }
  return v === 1;
}

/**
 * Characters of the Han script, as `text.match(/\p{Script=Han}/gu).length` counts them. A
 * loop instead of the match: called on whole sections' text many times per page, and
 * the match array of every character was the content script's biggest single cost
 * (120 ms of a 1 MB page's 570).
 */
export function countHan(text: string): number {
  let n = 0;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c < FIRST_HAN) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        // A pair: the astral ideographs (extensions B and later).
        if (ONE_HAN.test(text.slice(i, i + 2))) n++;
        i++;
        continue;
      }
    }
    if (isHanUnit(c)) n++;
  }
  return n;
}

/** Latin words (`don't` is one), counted without a match array. */
function countLatinWords(text: string): number {
  LATIN_WORD_RE.lastIndex = 0;
  let n = 0;
  while (LATIN_WORD_RE.test(text)) n++;
  return n;
}

/**
 * A length that treats one Chinese character and one English word alike, so thresholds
 * work for both (Readability's 140-character paragraphs undercount CJK).
 */
export function textWeight(text: string): number {
  return countHan(text) + countLatinWords(text);
}

/** Share of the element's text that sits inside links (0–1). */
export function linkDensity(el: Element): number {
  const total = textOf(el).length;
  if (!total) return 0;
  let inLinks = 0;
  for (const a of toArray(el.getElementsByTagName('a'))) inLinks += textOf(a).length;
  return Math.min(1, inLinks / total);
}

/** Every text node under `root`, in document order. */
export function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const out: Text[] = [];
  // 4 = NodeFilter.SHOW_TEXT
  const walker = doc.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/**
 * An HTMLCollection (`getElementsByTagName`, `children`) as an array. Never
 * `Array.from(collection)` or `for…of` over it: in jsdom every `length` read on an
 * HTMLCollection runs its named-property lookup, a scan of the whole collection, and the
 * array iterator reads `length` once per item, so those are quadratic (18 s for the 6 900
 * elements of a 1 MB page; see `npm run bench`). One `length` read and indexed access are
 * linear in jsdom and in browsers.
 */
export function toArray<T extends Element>(collection: HTMLCollectionOf<T>): T[] {
  const n = collection.length;
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) out[i] = collection[i] as T;
  return out;
}

/**
 * The node's children as an array, by walking siblings. Not `Array.from(node.childNodes)`
 * nor `node.children` where children get removed: jsdom updates those live lists eagerly
 * on every change once they have been read, so removing the spam paragraphs of a long
 * article one by one cost a pass over all its children each (quadratic on long pages; see
 * `npm run bench`). Walking siblings creates no list, in jsdom and in browsers.
 */
export function childNodesOf(node: Node): ChildNode[] {
  const out: ChildNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/**
 * Remove nodes from the tree, with the same result as `node.remove()` on each but linear.
 * jsdom's remove() costs the node's position among its siblings (it recomputes the child
 * index), so removing many children of one big container one by one is quadratic (the
 * hidden link farms of a long page). A parent losing many children is emptied and gets
 * the others back in one pass instead.
 */
export function detachAll(nodes: Iterable<ChildNode>): void {
  const byParent = new Map<Element, Set<ChildNode>>();
  for (const n of nodes) {
    const parent = n.parentElement;
    if (!parent) {
      n.remove();
      continue;
    }
    let set = byParent.get(parent);
    if (!set) byParent.set(parent, (set = new Set()));
    set.add(n);
  }
  for (const [parent, set] of byParent) {
    if (set.size < 16) {
      for (const n of set) n.remove();
      continue;
    }
    const kept = childNodesOf(parent).filter((n) => !set.has(n));
    parent.textContent = '';
    const frag = parent.ownerDocument.createDocumentFragment();
    for (const n of kept) frag.appendChild(n);
    parent.appendChild(frag);
  }
}

/** True when a child element of `el` is a block (walks siblings, see `childNodesOf`). */
export function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (isBlock(c)) return true;
  return false;
}

/** Every element under `root` (not including it), in document order. */
export function elementsUnder(root: Element | Document): Element[] {
  return toArray(root.getElementsByTagName('*'));
}

export function closest(el: Element | null, test: (e: Element) => boolean): Element | null {
  for (let cur = el; cur; cur = cur.parentElement) if (test(cur)) return cur;
  return null;
}

/**
 * True when `el` or an ancestor has one of the tag names. Tree walks and tag checks
 * instead of selector strings: jsdom's selector engine dominates the CLI's time otherwise.
 */
export function hasAncestorTag(el: Element, tags: ReadonlySet<string>): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (tags.has(cur.tagName)) return true;
  return false;
}

/** Elements under `root` whose tag is in `tags`, in document order. */
export function elementsByTags(root: Element | Document, tags: ReadonlySet<string>): Element[] {
  return toArray(root.getElementsByTagName('*')).filter((e) => tags.has(e.tagName));
}

/**
 * True when an element under `el` has one of the tag names (upper case). Instead of
 * `el.querySelector('img')`: jsdom's selector engine is most of the pipeline's own time on
 * ordinary pages (see `npm run bench`); a tree walk stops at the first match.
 */
export function hasDescendantTag(el: Element, tags: ReadonlySet<string>): boolean {
  const doc = el.ownerDocument;
  // 1 = NodeFilter.SHOW_ELEMENT
  const walker = doc.createTreeWalker(el, 1);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (tags.has((n as Element).tagName)) return true;
  return false;
}

/** The page's `<title>`, as `doc.querySelector('head > title')` finds it, without the selector engine. */
export function headTitle(doc: Document): Element | null {
  for (const t of toArray(doc.getElementsByTagName('title'))) if (t.parentElement?.localName === 'head') return t;
  return null;
}

/**
 * The first `<meta>` one of whose `attrs` (name, property …) is `value`, compared
 * case-insensitively as metadata.ts reads them: `meta[property="k"], meta[name="k"]`
 * without the selector engine.
 */
export function metaWith(doc: Document, attrs: readonly string[], value: string): Element | null {
  const v = value.toLowerCase();
  for (const m of toArray(doc.getElementsByTagName('meta'))) if (attrs.some((a) => m.getAttribute(a)?.toLowerCase() === v)) return m;
  return null;
}

/** Cap long texts in removal records so the panel stays light. */
export function excerpt(text: string, max = 300): string {
  const t = squash(text);
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

/** Class and id of an element as one lower-case string, for markup hints. */
export function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
}

/** Resolve a URL against a base, or null when it cannot be parsed. */
export function absoluteUrl(href: string, base: string): string | null {
  try {
    return new URL(href, base || undefined).href;
  } catch {
    return null;
  }
}
