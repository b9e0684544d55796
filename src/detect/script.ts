import { AMBIGUOUS, SIMPLIFIED, TRADITIONAL } from './script-pairs-data';
import type { Script } from '../shared/types';

/**
 * Which script Chinese text is written in, from the common characters whose Simplified
 * and Traditional forms differ (no OpenCC needed in the content script).
 */

let toSimplified: Map<string, string> | null = null;
let toTraditional: Map<string, string> | null = null;
let ambiguous: Set<string> | null = null;
/**
 * The same tables by code point, for the two functions that run over whole article texts:
 * no one-character string per character, and no new string when nothing folds.
 * `kindOf`: 1 counts as Simplified, 2 as Traditional (ambiguous characters are absent).
 */
let foldOf: Map<number, string> | null = null;
let kindOf: Map<number, number> | null = null;

function load(): void {
  if (toSimplified) return;
  toSimplified = new Map();
  toTraditional = new Map();
  const s = [...SIMPLIFIED];
  const t = [...TRADITIONAL];
  for (let i = 0; i < s.length; i++) {
    toSimplified.set(t[i]!, s[i]!);
    toTraditional.set(s[i]!, t[i]!);
  }
  ambiguous = new Set(AMBIGUOUS);
  foldOf = new Map([...toSimplified].map(([from, to]) => [from.codePointAt(0)!, to]));
  kindOf = new Map();
  for (const ch of new Set([...toTraditional.keys(), ...toSimplified.keys()])) {
    if (ambiguous.has(ch)) continue;
    kindOf.set(ch.codePointAt(0)!, toTraditional.has(ch) ? 1 : 2);
  }
}

/** The code point at `i` of `text`, as `for…of` yields it (a lone surrogate is its own). */
function codePointAt(text: string, i: number): number {
  return text.codePointAt(i)!;
}

export interface ScriptCounts {
  simplified: number;
  traditional: number;
}

export function countScriptChars(text: string): ScriptCounts {
  load();
  const kinds = kindOf!;
  let simplified = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const c = codePointAt(text, i);
    if (c > 0xffff) i++;
    const kind = kinds.get(c);
    if (kind === 1) simplified++;
    else if (kind === 2) traditional++;
  }
  return { simplified, traditional };
}

/** The script of the text, or null when it holds no telling characters. */
export function detectScript(text: string): Script | null {
  const { simplified, traditional } = countScriptChars(text);
  if (simplified + traditional < 3) return null;
  return traditional > simplified ? 'hant' : 'hans';
}

/**
 * A script-neutral form for comparing texts (a Traditional page heading with its
 * Simplified `og:title`): common Traditional characters folded to Simplified.
 */
export function foldScript(text: string): string {
  load();
  const fold = foldOf!;
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = codePointAt(text, i);
    const width = c > 0xffff ? 2 : 1;
    const to = fold.get(c);
    if (to !== undefined) {
      out += text.slice(copied, i) + to;
      copied = i + width;
    }
    i += width - 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Traditional forms of a Simplified character known to the table (for patterns). */
export function traditionalOf(ch: string): string | undefined {
  load();
  return toTraditional!.get(ch);
}

/** A character written only in Simplified (its Traditional form differs and it is no Traditional character itself). */
export function isSimplifiedOnly(ch: string): boolean {
  load();
  return toTraditional!.has(ch) && !ambiguous!.has(ch);
}

/** A character written only in Traditional. */
export function isTraditionalOnly(ch: string): boolean {
  load();
  return toSimplified!.has(ch) && !ambiguous!.has(ch);
}
