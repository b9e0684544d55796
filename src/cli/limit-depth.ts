import { defaultTreeAdapter, parse, serialize, type DefaultTreeAdapterMap, type TreeAdapter } from 'parse5';

/**
 * Pages nested thousands of levels deep (a CMS that never closes its `<div>`s or
 * `<font>`s, or a hostile page) cannot go through jsdom: every insertion walks all its
 * ancestors recursively, so 20 000 levels cost n² and end in "Maximum call stack size
 * exceeded" (issue 7). Browsers never build such trees: Chromium's parser stops nesting at
 * 512 levels and attaches deeper elements to the element at that depth. The CLI does the
 * same before handing the page to jsdom, at a lower depth: jsdom and the pipeline do work
 * per element and ancestor (Readability re-homes every <font>'s subtree), so 5 000 unclosed
 * <font>s took 250 s at 512 levels. Real pages stay far below (the fixtures: under 32).
 */

/** Chromium's kMaximumHTMLParserDOMTreeDepth is 512; see above for the lower value. */
export const MAX_DEPTH = 128;

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

/** Never opened by a start tag (no end tag follows). */
const VOID = new Set('area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr'.split(' '));
/** Closed implicitly by a sibling or the parent's end: their depth is counted through the parent's weight instead. */
const IMPLIED_END = new Set('p li dt dd option optgroup rb rt rtc rp tr td th thead tbody tfoot colgroup caption'.split(' '));
/** Containers whose implied children (tbody > tr > td, li) add levels. */
const WEIGHT: Record<string, number> = { table: 4, ul: 2, ol: 2, dl: 2, menu: 2, select: 2 };
/** Their content is text up to the end tag, not markup. */
const RAW_TEXT = new Set('script style textarea title xmp iframe noembed noframes'.split(' '));
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/g;

export interface MarkupScan {
  /** Start tags of elements (an estimate of the page's size in elements). */
  elements: number;
  /** The page may nest deeper than the limit asked for. */
  deep: boolean;
}

/**
 * A cheap scan of the tags: the number of elements, and whether the page may nest deeper
 * than `limit` levels. Depth may be overestimated (unclosed formatting tags the parser
 * closes for us); that only costs one extra parse in `limitDepth`.
 */
export function scanMarkup(html: string, limit = MAX_DEPTH): MarkupScan {
  const stack: Array<{ tag: string; weight: number }> = [];
  const open = new Map<string, number>();
  let depth = 0;
  let deep = false;
  let elements = 0;
  let foreign = 0; // inside <svg> or <math>, `/>` really closes
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    if (!m[2]) continue; // a comment
    const tag = m[2].toLowerCase();
    if (m[1]) {
      if (deep || !open.get(tag)) continue; // an end tag for nothing open: the parser ignores it too
      for (let top = stack.pop(); top; top = stack.pop()) {
        depth -= top.weight;
        open.set(top.tag, (open.get(top.tag) ?? 1) - 1);
        if (top.tag === 'svg' || top.tag === 'math') foreign--;
        if (top.tag === tag) break;
      }
      continue;
    }
    elements++;
    if (RAW_TEXT.has(tag)) {
      const end = new RegExp(`</${tag}`, 'ig');
      end.lastIndex = TOKEN.lastIndex;
      TOKEN.lastIndex = end.exec(html)?.index ?? html.length;
      continue;
    }
    if (deep || VOID.has(tag) || IMPLIED_END.has(tag) || (m[3] && foreign > 0)) continue;
    const weight = WEIGHT[tag] ?? 1;
    stack.push({ tag, weight });
    open.set(tag, (open.get(tag) ?? 0) + 1);
    if (tag === 'svg' || tag === 'math') foreign++;
    depth += weight;
    if (depth > limit) deep = true; // from here on only count
  }
  return { elements, deep };
}

function parentOf(node: Node): ParentNode | null {
  return 'parentNode' in node ? node.parentNode : null;
}

function depthOf(node: Node): number {
  let d = 0;
  for (let cur = parentOf(node); cur; cur = parentOf(cur)) d++;
  return d;
}

/** Elements and text a lifted element may hold and still be worth keeping. */
function isEmpty(el: ChildNode): boolean {
  if (!defaultTreeAdapter.isElementNode(el)) return false;
  if (VOID.has(el.tagName)) return false; // <img>, <br>: content on their own
  return el.childNodes.every((c) => (defaultTreeAdapter.isTextNode(c) ? !c.value.trim() : defaultTreeAdapter.isCommentNode(c)));
}

/**
 * The page re-serialized with no element deeper than `max`. As in Chromium, an element
 * that would sit deeper becomes a child of the element at depth `max - 1` (a sibling of
 * its would-be parent), in order, so text and paragraphs are kept in full. Unlike
 * Chromium, lifted elements left empty (the wrappers of a nesting attack) are dropped:
 * jsdom updates a parent's child list on every removal, and the pipeline would otherwise
 * remove 20 000 empty siblings one by one.
 */
export function limitDepth(html: string, max = MAX_DEPTH): string {
  const lifted = new Set<ChildNode>();
  const liftedInto = new Set<ParentNode>();
  const lift = (parent: ParentNode, node: ChildNode): boolean => {
    if (!defaultTreeAdapter.isElementNode(node)) return false; // text and comments are leaves
    let d = depthOf(parent);
    if (d < max) return false;
    let p = parent;
    for (let up = parentOf(p); d >= max && up; d--, up = parentOf(p)) p = up;
    defaultTreeAdapter.appendChild(p, node);
    lifted.add(node);
    liftedInto.add(p);
    return true;
  };
  const treeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
    ...defaultTreeAdapter,
    appendChild(parent: ParentNode, node: ChildNode) {
      if (!lift(parent, node)) defaultTreeAdapter.appendChild(parent, node);
    },
    insertBefore(parent: ParentNode, node: ChildNode, reference: ChildNode) {
      if (!lift(parent, node)) defaultTreeAdapter.insertBefore(parent, node, reference);
    },
  };
  // scriptingEnabled false, as jsdom parses when it runs no scripts: <noscript> is markup.
  const doc = parse(html, { treeAdapter, scriptingEnabled: false });
  for (const p of liftedInto) p.childNodes = p.childNodes.filter((c) => !(lifted.has(c) && isEmpty(c)));
  return serialize(doc);
}
