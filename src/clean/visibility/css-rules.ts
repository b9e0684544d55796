/**
 * A forgiving reader for the page's own `<style>` text. It only needs selectors and
 * declarations, never throws, and skips what it cannot understand: jsdom's CSS parser
 * throws on some real pages' stylesheets, and a page must still be cleaned.
 */

export interface CssRule {
  selector: string;
  declarations: Map<string, string>;
}

/** Media queries whose rules apply to a desktop or mobile screen (print-only rules do not). */
function mediaApplies(query: string): boolean {
  const q = query.toLowerCase();
  if (/\bprint\b/.test(q) && !/\bscreen\b|\ball\b/.test(q)) return false;
  return true;
}

export function parseDeclarations(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of text.split(';')) {
    const i = part.indexOf(':');
    if (i < 0) continue;
    const prop = part.slice(0, i).trim().toLowerCase();
    const value = part.slice(i + 1).replace(/!important/i, '').trim().toLowerCase();
    if (prop && value) out.set(prop, value);
  }
  return out;
}

export function parseCss(css: string, out: CssRule[] = []): CssRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const prelude = text.slice(i, open).trim();
    // Find the matching close brace (blocks nest inside @media / @supports).
    let depth = 1;
    let j = open + 1;
    for (; j < text.length && depth > 0; j++) {
      const c = text[j];
      if (c === '{') depth++;
      else if (c === '}') depth--;
    }
    const body = text.slice(open + 1, j - 1);
    i = j;
    if (prelude.startsWith('@')) {
      const at = prelude.toLowerCase();
      if (at.startsWith('@media') && mediaApplies(prelude.slice(6))) parseCss(body, out);
      else if (at.startsWith('@supports') || at.startsWith('@layer')) parseCss(body, out);
      continue;
    }
    // A stray `;` or `}` from broken CSS ends up in the prelude: keep the last statement.
    const selector = prelude.split(/[;}]/).pop()?.trim() ?? '';
    if (selector) out.push({ selector, declarations: parseDeclarations(body) });
  }
  return out;
}
