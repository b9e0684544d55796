/**
 * jsdom parses every `<style>` element and `style` attribute while it builds the page, with
 * a recursive CSS parser: about 1 000 nested blocks or brackets (`@media{@media{…`,
 * `calc(calc(…`) overflow the stack and the page cannot even be opened (issue 7). No real
 * style sheet nests more than a few levels, so the CLI drops style text nested deeper than
 * this before jsdom sees it. Dropping styles only errs towards keeping text: the visibility
 * step then sees fewer hiding rules.
 */
export const MAX_CSS_NESTING = 64;

const STYLE_ELEMENT = /(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>|$)/gi;
const STYLE_ATTRIBUTE = /(\sstyle\s*=\s*)("[^"]*"|'[^']*')/gi;

/** Deepest nesting of `{`, `(` and `[` in a piece of CSS. */
export function cssNesting(css: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css.charCodeAt(i);
    if (c === 0x7b || c === 0x28 || c === 0x5b) {
      if (++depth > max) max = depth;
    } else if ((c === 0x7d || c === 0x29 || c === 0x5d) && depth > 0) depth--;
  }
  return max;
}

/** The page with style text nested deeper than `max` emptied (elements) or removed (attributes). */
export function limitCssNesting(html: string, max = MAX_CSS_NESTING): string {
  return html
    .replace(STYLE_ELEMENT, (m, open: string, css: string, close: string) => (cssNesting(css) > max ? `${open}/* nested over ${max} levels: dropped */${close}` : m))
    .replace(STYLE_ATTRIBUTE, (m, _name: string, value: string) => (cssNesting(value) > max ? ' ' : m));
}
