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
  for (const el of toArray(body.getElementsByTagName('*'))) {
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
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
  // Text split across sibling containers (e.g. a guest box and the body): take the parent
  // when it holds substantially more paragraph text than the best child alone.
  const parent = best.parentElement;
  if (parent && parent !== body && parent.tagName !== 'HTML') {
    const siblingsScore = toArray(parent.children).reduce((n, c) => n + (scores.get(c) ?? 0), 0);
    if (siblingsScore > bestScore * 1.15 && linkDensity(parent) < 0.3) return parent;
  }
  return best;
}

function paragraphScore(text: string): number {
  const w = textWeight(text);
  if (w < 8) return 0;
  // Sentence punctuation marks prose; navigation and lists have little of it.
  const punctuation = (text.match(/[，。！？；、,.!?;]/g) ?? []).length;
  return w * (punctuation ? 1 : 0.3);
}
