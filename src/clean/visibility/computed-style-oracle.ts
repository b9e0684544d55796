import type { HiddenOracle } from '../context';
import { hiddenByDeclarations, parseColor, sameColour } from './hidden-declarations';
import { toArray } from '../../shared/dom';

/** The slice of `CSSStyleDeclaration` the oracle reads (keeps it testable). */
export interface ComputedStyleLike {
  getPropertyValue(prop: string): string;
}

export interface LiveView {
  getComputedStyle(el: Element): ComputedStyleLike;
  scrollX: number;
  scrollY: number;
}

/** The computed properties that can hide an element (the ones hiddenByDeclarations reads). */
const PROPS = new Set(['display', 'visibility', 'font-size', 'opacity', 'position', 'clip', 'clip-path', 'text-indent', 'overflow', 'width', 'height', 'max-height', 'transform']);

/**
 * Visibility as the browser rendered the live page, mapped onto the clone the pipeline
 * works on. The clone is `document.cloneNode(true)` made just before, so both trees have
 * the same elements in the same order.
 */
export function createComputedStyleOracle(live: Document, clone: Document, view: LiveView, options: { prefix?: boolean } = {}): HiddenOracle {
  const hidden = new Map<Element, string>();
  const cloneEls = clone.body ? toArray(clone.body.getElementsByTagName('*')) : [];
  const allLive = live.body ? toArray(live.body.getElementsByTagName('*')) : [];
  // `prefix`: the clone holds the live page's first elements only (a bounded read,
  // src/extension/bounded-read.ts).
  const liveEls = options.prefix ? allLive.slice(0, cloneEls.length) : allLive;
  if (liveEls.length !== cloneEls.length) return () => null; // page changed under us: Node rules still run
  const skipUnder = new Set<Element>();
  const backgrounds = new Map<Element, [number, number, number, number]>();
  for (let i = 0; i < liveEls.length; i++) {
    const el = liveEls[i]!;
    if (el.parentElement && skipUnder.has(el.parentElement)) {
      skipUnder.add(el);
      continue;
    }
    const reason = hiddenByComputedStyle(el, view, backgrounds);
    if (reason) {
      hidden.set(cloneEls[i]!, reason);
      skipUnder.add(el);
    }
  }
  return (el) => hidden.get(el) ?? null;
}

export function hiddenByComputedStyle(
  el: Element,
  view: LiveView,
  backgrounds = new Map<Element, [number, number, number, number]>(),
): string | null {
  const style = view.getComputedStyle(el);
  // Read lazily, in the order hiddenByDeclarations asks, so a visible element costs the
  // properties it is judged on and no more (width and height only under overflow:hidden,
  // clip only when positioned): reading all 13 for every element of a large page was most
  // of the oracle's time. Other properties (left, top, …) are not taken from computed style.
  const values = new Map<string, string>();
  const d = {
    get(prop: string): string | undefined {
      if (!PROPS.has(prop)) return undefined;
      let v = values.get(prop);
      if (v === undefined) {
        v = style.getPropertyValue(prop).trim();
        values.set(prop, v);
      }
      return v;
    },
  };
  const reason = hiddenByDeclarations(d);
  if (reason) return reason;
  const position = d.get('position');
  if ((position === 'absolute' || position === 'fixed') && 'getBoundingClientRect' in el) {
    const r = el.getBoundingClientRect();
    if (r.right + view.scrollX < 0 || r.bottom + view.scrollY < 0) return 'positioned off-screen';
  }
  // Leaves first: a container's textContent is its whole subtree's text, built per element.
  if (el.children.length === 0 && (el.textContent ?? '').trim()) {
    const colour = parseColor(style.getPropertyValue('color'));
    const bg = effectiveBackground(el, view, backgrounds);
    if (colour && colour[3] === 0) return 'transparent text';
    if (colour && bg && sameColour(colour, bg)) return 'text coloured like its background';
  }
  return null;
}

/** The first opaque background up the tree (cached: siblings share ancestors). */
function effectiveBackground(
  el: Element,
  view: LiveView,
  cache: Map<Element, [number, number, number, number]>,
): [number, number, number, number] {
  const cached = cache.get(el);
  if (cached) return cached;
  const own = parseColor(view.getComputedStyle(el).getPropertyValue('background-color'));
  const bg = own && own[3] > 0 ? own : el.parentElement ? effectiveBackground(el.parentElement, view, cache) : ([255, 255, 255, 1] as [number, number, number, number]);
  cache.set(el, bg);
  return bg;
}
