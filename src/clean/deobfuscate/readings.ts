import { READINGS_DATA } from './readings-data';

/**
 * Character readings for pinyin checks, from the generated table (see
 * scripts/generate-readings.mjs). Parsed on first use only: most pages never need it.
 */

const SYLLABLE_CHAR = /[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]/;

/**
 * A written pinyin syllable as pages glue it after characters: letters with tone marks
 * (precomposed or combining), `ü` spelled `v` or `u:`, an optional tone number.
 * Regex source, shared by the pinyin and garble steps.
 */
export const WRITTEN_SYLLABLE = '[a-zA-Z\\u00e0-\\u00fc\\u0100-\\u01dc\\u01f9\\u1e3f\\u0300-\\u036f:]{1,9}[0-5]?';

let byChar: Map<string, string[]> | null = null;
let bySyllable: Map<string, string> | null = null;

function load(): void {
  if (byChar) return;
  byChar = new Map();
  bySyllable = new Map();
  let syllable = '';
  let chars = '';
  const flush = () => {
    if (!syllable) return;
    bySyllable!.set(syllable, chars);
    for (const c of chars) {
      const list = byChar!.get(c);
      if (list) list.push(syllable);
      else byChar!.set(c, [syllable]);
    }
  };
  for (const ch of READINGS_DATA) {
    if (SYLLABLE_CHAR.test(ch)) {
      if (chars) {
        flush();
        syllable = '';
        chars = '';
      }
      syllable += ch;
    } else chars += ch;
  }
  flush();
}

/** All readings of a character with tone marks, or [] when the table does not know it. */
export function readingsOf(ch: string): string[] {
  load();
  return byChar!.get(ch) ?? [];
}

/** Characters known to have this reading. */
export function charsWithReading(syllable: string): string {
  load();
  return bySyllable!.get(syllable) ?? '';
}

/** Characters ordinary Chinese text uses (the table's coverage); others count as rare. */
export function isCommonHan(ch: string): boolean {
  load();
  return byChar!.has(ch);
}

export function isSyllable(s: string): boolean {
  load();
  return bySyllable!.has(s);
}

const MARKS: Record<string, string[]> = {
  a: ['ā', 'á', 'ǎ', 'à'],
  e: ['ē', 'é', 'ě', 'è'],
  i: ['ī', 'í', 'ǐ', 'ì'],
  o: ['ō', 'ó', 'ǒ', 'ò'],
  u: ['ū', 'ú', 'ǔ', 'ù'],
  ü: ['ǖ', 'ǘ', 'ǚ', 'ǜ'],
};

/**
 * Normalise a written syllable to the table's form: lower case, NFC, `v`/`u:` → `ü`,
 * tone numbers → tone marks (`dang1` → `dāng`, `ma5`/`ma0` → `ma`).
 * Returns null when it cannot be a syllable.
 */
export function normaliseSyllable(raw: string): string | null {
  let s = raw.normalize('NFC').toLowerCase().replace(/u:|v/g, 'ü');
  const m = /^([a-z\u00e0-\u00fc\u0100-\u01dc\u01f9\u1e3f]+?)([0-5])?$/.exec(s);
  if (!m) return null;
  s = m[1]!;
  const tone = m[2] ? Number(m[2]) : 0;
  if (tone >= 1 && tone <= 4) {
    if (/[^a-zü]/.test(s)) return null; // a tone number after a tone mark
    // Standard placement: a or e take the mark; in "ou" the o; otherwise the last vowel.
    const idx = s.search(/[ae]/) >= 0 ? s.search(/[ae]/) : s.includes('ou') ? s.indexOf('o') : lastVowel(s);
    if (idx < 0) return null;
    s = s.slice(0, idx) + MARKS[s[idx]!]![tone - 1] + s.slice(idx + 1);
  }
  return s;
}

function lastVowel(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if ('aeiouü'.includes(s[i]!)) return i;
  return -1;
}

/** True when `written` (any accepted spelling) is a reading of `ch`. */
export function isReadingOf(ch: string, written: string): boolean {
  const s = normaliseSyllable(written);
  return !!s && readingsOf(ch).includes(s);
}
