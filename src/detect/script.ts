import { AMBIGUOUS, SIMPLIFIED, TRADITIONAL } from './script-pairs-data';
import type { Script } from '../shared/types';

/**
 * Which script Chinese text is written in, from the common characters whose Simplified
 * and Traditional forms differ (no OpenCC needed in the content script).
 */

let toSimplified: Map<string, string> | null = null;
let toTraditional: Map<string, string> | null = null;
let ambiguous: Set<string> | null = null;

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
}

export interface ScriptCounts {
  simplified: number;
  traditional: number;
}

export function countScriptChars(text: string): ScriptCounts {
  load();
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    if (ambiguous!.has(ch)) continue;
    if (toTraditional!.has(ch)) simplified++;
    else if (toSimplified!.has(ch)) traditional++;
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
  let out = '';
  for (const ch of text) out += toSimplified!.get(ch) ?? ch;
  return out;
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
