/**
 * The project's quality measures, as ../shared/tools/score.mjs defines them (kept here so
 * the suite runs on a clean clone without the shared folder).
 */
import * as OpenCC from 'opencc-js';

const t2s = OpenCC.Converter({ from: 'tw', to: 'cn' });

// Whitespace WITHOUT zero-width characters: leftovers count as errors.
const WS = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;

export const fold = (s: string | null | undefined) =>
  String(s ?? '').replace(WS, '').replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
export const leakFold = (s: string | null | undefined) => fold(t2s(String(s ?? '')));
const cerNorm = (s: string) => s.normalize('NFKC').replace(WS, '').replace(/[\p{P}\p{S}]/gu, '');
export const titleNorm = (s: string | null | undefined) => String(s ?? '').normalize('NFKC').replace(WS, ' ').replace(/\s+/g, ' ').trim();

export function levenshtein(a: string, b: string): number {
  const A = [...a];
  const B = [...b];
  if (!A.length) return B.length;
  if (!B.length) return A.length;
  let prev = new Uint32Array(B.length + 1);
  let cur = new Uint32Array(B.length + 1);
  for (let j = 0; j <= B.length; j++) prev[j] = j;
  for (let i = 1; i <= A.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= B.length; j++) {
      cur[j] = Math.min(prev[j - 1]! + (A[i - 1] === B[j - 1] ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[B.length]!;
}

export function cer(hyp: string, ref: string): number {
  const r = cerNorm(ref);
  const h = cerNorm(hyp);
  if (!r.length) return h.length ? 1 : 0;
  return Math.min(1, levenshtein(h, r) / [...r].length);
}

export function dateNorm(s: string | null | undefined): string | null {
  const m = String(s ?? '').normalize('NFKC').match(/(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
}

export function leaks(title: string | null, text: string, mustNot: string[] = []): string[] {
  const hay = leakFold((title ?? '') + '\n' + text);
  return mustNot.filter((s) => hay.includes(leakFold(s)));
}

export function misses(text: string, must: string[] = []): string[] {
  const fh = fold(text);
  return must.filter((s) => !fh.includes(fold(s)));
}
