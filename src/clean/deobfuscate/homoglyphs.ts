import { record, type CleanContext } from '../context';
import { readableTextNodes } from './text-nodes';

/**
 * Kangxi radicals (⼈ U+2F08), CJK radical supplements and compatibility ideographs look
 * like ordinary characters but break search, copy and conversion. Each maps to the
 * ordinary ideograph by its NFKC decomposition; applying NFKC to whole texts instead
 * would also fold full-width punctuation, which Chinese text must keep.
 */
const LOOKALIKE = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]|\ud87e[\udc00-\ude1f]/g;
const HAN = /^\p{Script=Han}$/u;

const STEP = { step: 'homoglyph', category: 'obfuscation' as const, reason: 'look-alike radical or compatibility character' };

export function normaliseLookalike(ch: string): string {
  const n = ch.normalize('NFKC');
  return n !== ch && HAN.test(n) ? n : ch;
}

export function replaceHomoglyphs(ctx: CleanContext): void {
  for (const node of readableTextNodes(ctx.doc)) {
    if (!LOOKALIKE.test(node.data)) continue;
    LOOKALIKE.lastIndex = 0;
    const changed: string[] = [];
    node.data = node.data.replace(LOOKALIKE, (ch) => {
      const n = normaliseLookalike(ch);
      if (n !== ch) changed.push(`${ch}→${n}`);
      return n;
    });
    if (changed.length) record(ctx, STEP, changed.join(' '));
  }
}
