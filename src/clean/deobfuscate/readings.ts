/**
 * Character readings for pinyin checks, from the generated table (see
 * scripts/generate-readings.mjs). The table is data passed in by the caller, not imported:
 * the CLI reads it from public/data, the content script gets it from the background only
 * on pages that show the pattern (it is the biggest thing the content script would carry).
 */

const SYLLABLE_CHAR = /[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]/;

/**
 * A written pinyin syllable as pages glue it after characters: letters with tone marks
 * (precomposed or combining), `ü` spelled `v` or `u:`, an optional tone number.
 * Regex source, shared by the pinyin and garble steps.
 */
export const WRITTEN_SYLLABLE = '[a-zA-Z\\u00e0-\\u00fc\\u0100-\\u01dc\\u01f9\\u1e3f\\u0300-\\u036f:]{1,9}[0-5]?';

/** The readings table: parsed from public/data/readings.txt (scripts/generate-readings.mjs). */
export interface Readings {
  /** All readings of a character with tone marks, or [] when the table does not know it. */
  readingsOf(ch: string): string[];
  /** Characters known to have this reading. */
  charsWithReading(syllable: string): string;
  /** Characters ordinary Chinese text uses (the table's coverage); others count as rare. */
  isCommonHan(ch: string): boolean;
  isSyllable(s: string): boolean;
}

/** Each reading is followed by the characters that have it: `dāng当當铛dàng…`. */
export function parseReadings(data: string): Readings {
  const byChar = new Map<string, string[]>();
  const bySyllable = new Map<string, string>();
  let syllable = '';
  let chars = '';
  const flush = () => {
    if (!syllable) return;
    bySyllable.set(syllable, chars);
    for (const c of chars) {
      const list = byChar.get(c);
      if (list) list.push(syllable);
      else byChar.set(c, [syllable]);
    }
  };
  for (const ch of data.trim()) {
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
  return {
    readingsOf: (ch) => byChar.get(ch) ?? [],
    charsWithReading: (s) => bySyllable.get(s) ?? '',
    isCommonHan: (ch) => byChar.has(ch),
    isSyllable: (s) => bySyllable.has(s),
  };
}

/**
 * Pages that need the table: a reading glued after a character (`當(dāng)`) or a lost
 * character's `?shù)`. The content script asks for the table only then.
 */
export const READINGS_HINT = /\p{Script=Han}[(（][a-zA-Z\u00e0-\u00fc\u0100-\u01dc\u0300-\u036f:]{1,9}[0-5]?[)）]|[?？][a-zA-Z\u00e0-\u00fc\u0100-\u01dc]{1,9}[0-5]?[)）]/u;

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
export function isReadingOf(readings: Readings, ch: string, written: string): boolean {
  const s = normaliseSyllable(written);
  return !!s && readings.readingsOf(ch).includes(s);
}
