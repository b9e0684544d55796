/**
 * Two-character dictionary words (public/data/words-2.txt, generated from CC-CEDICT by
 * scripts/generate-lexicon.mjs). Optional: the CLI reads the file, the content script gets
 * it from the background only on pages with lost characters; without it the garble step
 * restores only what the page itself proves.
 */
export interface Lexicon {
  has(word: string): boolean;
}

/** The file is the words concatenated: each is two UTF-16 units (BMP characters). */
export function parseLexicon(text: string): Lexicon {
  const words = new Set<string>();
  const t = text.trim();
  for (let i = 0; i + 1 < t.length; i += 2) words.add(t.slice(i, i + 2));
  return words;
}

/** A page worth loading the lexicon for: it has `?py)` lost-character marks. */
export const LOST_CHARACTER_HINT = /[?？][a-zA-Z\u00e0-\u00fc\u0100-\u01dc]{1,9}[0-5]?[)）]/;
