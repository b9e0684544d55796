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

const PROPS = ['display', 'visibility', 'font-size', 'opacity', 'position', 'clip', 'clip-path', 'text-indent', 'overflow', 'width', 'height', 'max-height', 'transform'];

/**
 * Visibility as the browser rendered the live page, mapped onto the clone the pipeline
 * works on. The clone is `document.cloneNode(true)` made just before, so both trees have
 * the same elements in the same order.
 */
export function createComputedStyleOracle(live: Document, clone: Document, view: LiveView): HiddenOracle {
  const hidden = new Map<Element, string>();
  const liveEls = live.body ? toArray(live.body.getElementsByTagName('*')) : [];
  const cloneEls = clone.body ? toArray(clone.body.getElementsByTagName('*')) : [];
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
  const d = new Map<string, string>();
  for (const p of PROPS) d.set(p, style.getPropertyValue(p).trim());
  // Computed values are always present; only keep the ones that can hide.
  if (d.get('overflow') !== 'hidden') d.delete('width'), d.delete('height'), d.delete('max-height');
  const reason = hiddenByDeclarations(d);
  if (reason) return reason;
  const position = d.get('position');
  if ((position === 'absolute' || position === 'fixed') && 'getBoundingClientRect' in el) {
    const r = el.getBoundingClientRect();
    if (r.right + view.scrollX < 0 || r.bottom + view.scrollY < 0) return 'positioned off-screen';
  }
  if ((el.textContent ?? '').trim() && el.children.length === 0) {
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
