import { record, type CleanContext } from '../context';
import { readableTextNodes } from './text-nodes';

/**
 * Mirrors swap Chinese punctuation for ASCII (，：？；！ → , : ? ; !) to defeat duplicate
 * detection. Inside Chinese text (a Chinese character or closing mark before, Chinese
 * text, a number read as Chinese such as `,68岁`, an opening mark or the end after) the
 * full-width form is restored; English, numbers (3:1, 10:30), URLs and labels such as `Q:` are never next to a Chinese
 * character, so they stay.
 */
const FULL: Record<string, string> = { ',': '，', ':': '：', '?': '？', ';': '；', '!': '！' };
const HALF_IN_CHINESE = /(?<=[\p{Script=Han}”’」』）》〓])[,:?;!](?=\s*(?:[\p{Script=Han}“‘「『（《]|\d[\d.%]*[\p{Script=Han}]|$))/gu;

const STEP = { step: 'punctuation', category: 'obfuscation' as const, reason: 'half-width punctuation inside Chinese text restored' };

export function restoreFullWidthPunctuation(ctx: CleanContext): void {
  for (const node of readableTextNodes(ctx.doc)) {
    const text = node.data;
    if (!/[,:?;!]/.test(text)) continue;
    let count = 0;
    const out = text.replace(HALF_IN_CHINESE, (m) => {
      count++;
      return FULL[m]!;
    });
    if (count) {
      node.data = out;
      record(ctx, STEP, `${count}× in “${out.trim().slice(0, 24)}”`);
    }
  }
}
