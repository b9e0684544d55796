import { record, type CleanContext } from '../context';
import { readableTextNodes } from './text-nodes';

/** Zero-width and formatting characters that only serve to break copied text and matching. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

const STEP = { step: 'zero-width', category: 'obfuscation' as const, reason: 'zero-width characters inside words' };

export function removeInvisibleChars(ctx: CleanContext): void {
  for (const node of readableTextNodes(ctx.doc)) {
    const text = node.data;
    if (!INVISIBLE.test(text)) continue;
    INVISIBLE.lastIndex = 0;
    const codes = new Map<string, number>();
    for (const m of text.match(INVISIBLE) ?? []) {
      const code = 'U+' + m.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      codes.set(code, (codes.get(code) ?? 0) + 1);
    }
    node.data = text.replace(INVISIBLE, '');
    const summary = [...codes].map(([c, n]) => `${c}×${n}`).join(' ');
    record(ctx, STEP, `${summary} in “${node.data.trim().slice(0, 24)}”`);
  }
}
