import { recordElement, type CleanContext } from '../context';
import { detachAll, textWeight, toArray } from '../../shared/dom';
import { createStyleSheetOracle } from './style-sheet-oracle';

const STEP = 'visibility';

/**
 * Drops what a reader never sees: hidden link farms, off-screen keyword blocks,
 * watermark spans. A hidden element that holds most of the page's text is kept: some
 * pages hide the whole article until a script runs, and losing the article is worse
 * than keeping a hidden block.
 */
export function removeHiddenElements(ctx: CleanContext): void {
  const body = ctx.doc.body;
  if (!body) return;
  const oracle = ctx.hiddenOracle ?? createStyleSheetOracle(ctx.doc);
  const pageWeight = Math.max(1, textWeight(body.textContent ?? ''));
  // Removed in one pass at the end (detachAll): one by one is quadratic in jsdom when a
  // big container holds many hidden blocks. Elements come in document order, so nothing
  // read below has lost a descendant yet, as when each was removed at once.
  const hidden = new Set<Element>();
  for (const el of toArray(body.getElementsByTagName('*'))) {
    if (hidden.size && insideAny(el, hidden)) continue; // inside something already removed
    const reason = el.hasAttribute('hidden')
      ? 'hidden attribute'
      : el.getAttribute('aria-hidden') === 'true' && textWeight(el.textContent ?? '') < 200
        ? 'aria-hidden'
        : el.tagName === 'TEMPLATE'
          ? 'template content is never shown'
          : oracle(el);
    if (!reason) continue;
    if (textWeight(el.textContent ?? '') > pageWeight * 0.5) continue;
    recordElement(ctx, el, { step: STEP, category: 'hidden', reason });
    hidden.add(el);
  }
  detachAll(hidden);
}

function insideAny(el: Element, set: ReadonlySet<Element>): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return true;
  return false;
}
