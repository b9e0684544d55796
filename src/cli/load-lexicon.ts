import { readFileSync } from 'node:fs';
import { parseLexicon, type Lexicon } from '../clean/deobfuscate/lexicon';

let cached: Lexicon | null | undefined;

/** The dictionary shipped with the extension (public/lexicon), read once; null if missing. */
export function loadLexicon(): Lexicon | null {
  if (cached === undefined) {
    try {
      cached = parseLexicon(readFileSync(new URL('../../public/lexicon/words-2.txt', import.meta.url), 'utf8'));
    } catch {
      cached = null; // the cleaner still works; lost characters stay 〓 unless the page proves them
    }
  }
  return cached;
}
