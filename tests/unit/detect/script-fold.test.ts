import { describe, expect, it } from 'vitest';
import { countScriptChars, foldScript } from '../../../src/detect/script';
import { AMBIGUOUS, SIMPLIFIED, TRADITIONAL } from '../../../src/detect/script-pairs-data';

// foldScript and countScriptChars walk code points with tables by code point; they must
// give what a plain walk over the characters with the string tables gives.
const s = [...SIMPLIFIED];
const t = [...TRADITIONAL];
const toSimplified = new Map(t.map((c, i) => [c, s[i]!]));
const toTraditional = new Map(s.map((c, i) => [c, t[i]!]));
const ambiguous = new Set(AMBIGUOUS);
const foldByChar = (text: string) => [...text].map((ch) => toSimplified.get(ch) ?? ch).join('');
function countByChar(text: string) {
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    if (ambiguous.has(ch)) continue;
    if (toTraditional.has(ch)) simplified++;
    else if (toSimplified.has(ch)) traditional++;
  }
  return { simplified, traditional };
}

describe('foldScript / countScriptChars', () => {
  const pool = [...s, ...t, ...AMBIGUOUS, 'a', ' ', '，', '中', '𠀀', '\ud840', '\udc00'];
  // A fixed pseudo-random sequence: the same strings on every run.
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const samples = [SIMPLIFIED, TRADITIONAL, AMBIGUOUS, '', '無關的文字 plain text', '\udc00\ud840'];
  for (let k = 0; k < 2000; k++) samples.push(Array.from({ length: Math.floor(next() * 24) }, () => pool[Math.floor(next() * pool.length)]!).join(''));

  it('fold and count every sample as the character tables do', () => {
    for (const text of samples) {
      expect(foldScript(text)).toBe(foldByChar(text));
      expect(countScriptChars(text)).toEqual(countByChar(text));
    }
  });
});
