import { isBlock, linkDensity, textOf, textWeight, toArray } from '../shared/dom';

/**
 * The element whose own paragraphs carry the most article text. Works where Readability
 * struggles on Chinese pages: short paragraphs, text separated by `<br>` instead of
 * `<p>`, table layouts. Scores each element by the text of its direct paragraph-like
 * children (links discounted) and prefers the parent when the text is spread over
 * sibling blocks.
 */
export function findContentBlock(body: Element): Element | null {
  const scores = new Map<Element, number>();
  const marked: Element[] = [];
  for (const el of toArray(body.getElementsByTagName('*'))) {
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
    if (isMarkedBody(el)) marked.push(el);
    let score = 0;
    let loose = '';
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 3) loose += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const c = child as Element;
        if (c.tagName === 'BR') {
          score += paragraphScore(loose);
          loose = '';
        } else if (!isBlock(c) || c.tagName === 'P' || /^H[1-6]$/.test(c.tagName) || !toArray(c.children).some(isBlock)) {
          const t = textOf(c);
          if (isBlock(c)) score += paragraphScore(t) * (1 - linkDensity(c));
          else if (c.tagName !== 'A') loose += t;
        }
      }
    }
    score += paragraphScore(loose);
    if (score > 0) scores.set(el, score);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  if (!best) return null;
  // Text split across containers (a guest box and the body; a gallery's summary and its
  // captioned slides): climb while an ancestor holds substantially more paragraph text
  // in its subtree than the current block does. Page chrome is gone by now, so what an
  // ancestor adds is article text, unless it is mostly links.
  const totals = subtreeTotals(body, scores);
  let block: Element = best;
  for (let depth = 0; depth < 3; depth++) {
    const parent: Element | null = block.parentElement;
    if (!parent || parent === body || parent.tagName === 'HTML') break;
    if ((totals.get(parent) ?? 0) > (totals.get(block) ?? 0) * 1.15 && linkDensity(parent) < 0.3) block = parent;
    else break;
  }
  // The page's own marking of the article body (schema.org articleBody, a CMS's test id)
  // wins over a container that also holds the header, when it holds most of the text.
  for (const el of marked) {
    if (block.contains(el) && (totals.get(el) ?? 0) >= 0.8 * (totals.get(block) ?? 0)) return el;
    // The text split over columns inside the marked body: the body is the whole of it.
    if (el.contains(block) && linkDensity(el) < 0.3) return el;
  }
  return block;
}

/** `itemprop="articleBody"`, `name="articleBody"`, `data-testid="article-body"`. */
export function isMarkedBody(el: Element): boolean {
  return el.getAttribute('itemprop') === 'articleBody' || /^article-?body$/i.test(el.getAttribute('name') ?? '') || /^(article|story)-?body$/i.test(el.getAttribute('data-testid') ?? '');
}

/** Sum of the scores of each element and everything under it (children after parents in document order). */
function subtreeTotals(body: Element, scores: Map<Element, number>): Map<Element, number> {
  const totals = new Map<Element, number>();
  const all = toArray(body.getElementsByTagName('*'));
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    const total = (totals.get(el) ?? 0) + (scores.get(el) ?? 0);
    totals.set(el, total);
    const parent = el.parentElement;
    if (parent) totals.set(parent, (totals.get(parent) ?? 0) + total);
  }
  return totals;
}

function paragraphScore(text: string): number {
  const w = textWeight(text);
  if (w < 8) return 0;
  // Sentence punctuation marks prose; navigation and lists have little of it.
  const punctuation = (text.match(/[，。！？；、,.!?;]/g) ?? []).length;
  return w * (punctuation ? 1 : 0.3);
}
