import type { CleanContext } from './context';
import { removeHiddenElements } from './visibility/remove-hidden';
import { removeInvisibleChars } from './deobfuscate/invisible-chars';
import { replaceHomoglyphs } from './deobfuscate/homoglyphs';
import { removePinyinAnnotations } from './deobfuscate/pinyin-annotations';
import { repairGarbledText } from './deobfuscate/garbled-runs';
import { restoreFullWidthPunctuation } from './deobfuscate/halfwidth-punctuation';
import { removeInjectedSpam } from './spam/remove-injected-spam';
import { removePageChrome } from './remove-page-chrome';
import { removeNonContent } from './remove-non-content';

export interface CleaningStep {
  name: string;
  /** Why the step sits where it does. */
  reason: string;
  run(ctx: CleanContext): void;
}

/**
 * The cleaning steps, in order. The README repeats this list. The metadata stage reads
 * the page between `spam` and `chrome`.
 */
export const CLEANING_STEPS: readonly CleaningStep[] = [
  { name: 'visibility', reason: 'first: hidden link farms and watermark spans must go before any text is read', run: removeHiddenElements },
  { name: 'non-content', reason: 'scripts and styles were needed by the visibility step; after it they are only noise', run: removeNonContent },
  { name: 'zero-width', reason: 'before any matching: zero-width characters split the words patterns look for', run: removeInvisibleChars },
  { name: 'homoglyph', reason: 'before any matching: look-alike radicals hide words from the lexicons', run: replaceHomoglyphs },
  { name: 'pinyin', reason: 'before garble repair, which uses the page’s annotation list to restore lost characters', run: removePinyinAnnotations },
  { name: 'garble', reason: 'after pinyin: the remaining ?py) runs are characters a converter lost', run: repairGarbledText },
  { name: 'punctuation', reason: 'after garble repair, which reads the ASCII ? of lost characters', run: restoreFullWidthPunctuation },
  { name: 'spam', reason: 'on de-obfuscated text, so spam written in Traditional or with pinyin is still recognised; before metadata, so a spam heading is never the title', run: removeInjectedSpam },
  { name: 'chrome', reason: 'after metadata, which reads the date and source from the meta line this step removes', run: removePageChrome },
];

export const now = (): number => globalThis.performance?.now() ?? Date.now();
export const round = (ms: number): number => Math.round(ms * 100) / 100;
