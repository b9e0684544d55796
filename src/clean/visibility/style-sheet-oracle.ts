import type { HiddenOracle } from '../context';
import { parseCss, parseDeclarations } from './css-rules';
import { backgroundColor, hiddenByDeclarations, parseColor, sameColour, type Declarations } from './hidden-declarations';
import { toArray } from '../../shared/dom';

/** Properties that can hide an element; rules without any of them are ignored. */
const RELEVANT = /^(display|visibility|font-size|opacity|position|left|top|right|margin-left|margin-top|clip|clip-path|text-indent|overflow(-[xy])?|width|height|max-height|transform|color|background(-color)?)$/;

type Decls = Map<string, string>;
/**
 * Longer selectors are not page styling but a hostile page's: jsdom's selector engine takes
 * time growing with the square of a selector's length (100 KB: 30 s), issue 7.
 */
const MAX_SELECTOR_LENGTH = 4096;

/**
 * Visibility without a rendering engine: inline `style` attributes and the page's own
 * `<style>` rules (later rules win, inline wins over rules; specificity is ignored, which
 * errs towards keeping text). Used by the CLI and tests; the content script passes the
 * browser's computed style instead.
 */
export function createStyleSheetOracle(doc: Document): HiddenOracle {
  const fromRules = new Map<Element, Decls>();
  for (const styleEl of toArray(doc.getElementsByTagName('style'))) {
    for (const rule of parseCss(styleEl.textContent ?? '')) {
      const relevant = [...rule.declarations].filter(([p]) => RELEVANT.test(p));
      if (!relevant.length || rule.selector.length > MAX_SELECTOR_LENGTH) continue;
      let matched: Element[];
      try {
        matched = Array.from(doc.querySelectorAll(rule.selector));
      } catch {
        continue; // selector the DOM library does not support (e.g. ::before): ignore
      }
      for (const el of matched) {
        let d = fromRules.get(el);
        if (!d) fromRules.set(el, (d = new Map()));
        for (const [p, v] of relevant) d.set(p, v);
      }
    }
  }

  const cache = new Map<Element, Declarations>();
  const declarationsOf = (el: Element): Declarations => {
    let d = cache.get(el);
    if (d) return d;
    const inline = el.getAttribute('style');
    const rules = fromRules.get(el);
    if (!inline && !rules) d = EMPTY;
    else {
      const merged = new Map(rules ?? []);
      if (inline) for (const [p, v] of parseDeclarations(inline)) merged.set(p, v);
      d = merged;
    }
    cache.set(el, d);
    return d;
  };

  return (el: Element) => {
    const d = declarationsOf(el);
    const byDecl = d === EMPTY ? null : hiddenByDeclarations(d);
    if (byDecl) return byDecl;
    return colouredLikeBackground(el, d, declarationsOf);
  };
}

const EMPTY: Declarations = new Map();

/**
 * Text painted in its background colour (white-on-white watermarks, `<font color>`
 * junk). Only judged when the page itself declares the background, or when a small
 * inline run is white inside a paragraph with no declared background (the page default).
 */
function colouredLikeBackground(el: Element, d: Declarations, declarationsOf: (e: Element) => Declarations): string | null {
  const colour = parseColor(d.get('color') ?? (el.tagName === 'FONT' ? el.getAttribute('color') ?? undefined : undefined));
  if (!colour || !(el.textContent ?? '').trim()) return null;
  if (colour[3] === 0) return 'transparent text';
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const dd = cur === el ? d : declarationsOf(cur);
    const bg = backgroundColor(dd) ?? parseColor(cur.getAttribute('bgcolor') ?? undefined);
    if (bg && bg[3] > 0) return sameColour(colour, bg) ? 'text coloured like its background' : null;
  }
  const inlineRun = el.tagName === 'SPAN' || el.tagName === 'FONT' || el.tagName === 'I' || el.tagName === 'EM';
  return inlineRun && sameColour(colour, [255, 255, 255, 1]) ? 'white text on the default white page' : null;
}
