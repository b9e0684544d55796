import { readFileSync } from 'node:fs';
import { parseLexicon, type Lexicon } from '../clean/deobfuscate/lexicon';
import { parseReadings, type Readings } from '../clean/deobfuscate/readings';

/**
 * The pipeline's data files as the extension ships them (public/data), read once. Null
 * when a file is missing: the cleaner still works, only without what that file enables.
 */
function loader<T>(file: string, parse: (text: string) => T): () => T | null {
  let cached: T | null | undefined;
  return () => {
    if (cached === undefined) {
      try {
        // src/cli and dist/cli are at the same depth, so this works from the bundle too.
        cached = parse(readFileSync(new URL(`../../public/data/${file}`, import.meta.url), 'utf8'));
      } catch {
        cached = null;
      }
    }
    return cached;
  };
}

export const loadReadings: () => Readings | null = loader('readings.txt', parseReadings);
export const loadLexicon: () => Lexicon | null = loader('words-2.txt', parseLexicon);
