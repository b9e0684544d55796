import type { Block } from '../shared/types';
import { foldForMatch } from './interview-words';

/**
 * Speaker labels as pages write them, found by their shape only (which labels are real
 * speakers is decided later, with the whole article in view):
 *   inline     `王雪韬：…`, `记者:…`, `Q: …`, `Q. …`, `【问】…`, `陈建华（校长）：…`, `<strong>记者</strong> …`
 *   own-line   a block that is only the label (`<strong>赵一鸣</strong>`, `问：`), the turn follows
 */

export interface LabelCandidate {
  /** The label as written on the page (original script, without brackets and colon). */
  label: string;
  /** The label folded to Simplified and half-width, for comparing. */
  key: string;
  /** A title given with the label (`陈建华（桐江市实验中学校长）：`). */
  title: string | null;
  /** The turn's text after the label ('' for an own-line label). */
  text: string;
  form: 'inline' | 'own-line';
}

/** Longest label, in characters: a name with a title (`赤峰市民政局局长王雪韬`) fits. */
const MAX_LABEL = 24;
const LABEL_CHARS = String.raw`[^\s:,，。.!！?？;；、（()）【】\[\]「」『』“”"'‘’《》<>]`;
/** `Label：text`, `【Label】：text`, `Label（title）：text`, `A【郑】：text`; the colon is required here. */
const COLON_LABEL = new RegExp(String.raw`^[【\[「『]?\s*(${LABEL_CHARS}(?:${LABEL_CHARS}| (?=[A-Za-z])){0,${MAX_LABEL - 1}})\s*[】\]」』]?\s*(?:[（(【\[]([^（()）【】\[\]]{1,40})[）)】\]])?\s*:\s*`, 'u');
/** `【问】text`: a bracketed label needs no colon. */
const BRACKET_LABEL = new RegExp(String.raw`^[【\[「『]\s*(${LABEL_CHARS}{1,${MAX_LABEL}})\s*[】\]」』]\s*[:：]?\s*`, 'u');
/** `Q. How…` / `A. We…`: English Q&As also write the letters with a full stop. */
const LETTER_LABEL = /^([QA])\.\s+(?=\S)/;
/** A bold run at the start of the block's markup (`<strong>记者</strong>今年…`). */
const BOLD_PREFIX = /^\s*<(strong|b)>([^<]{1,40})<\/\1>/i;

/** Times (`10:30`), ratios, URLs and numbered items are not labels. */
const NOT_A_LABEL = /^(?:\d|https?$|www|第.{1,4}[条章节部分])/i;

function candidate(label: string, folded: string, title: string | null, text: string, form: LabelCandidate['form']): LabelCandidate | null {
  const l = label.trim();
  if (!l || NOT_A_LABEL.test(folded.trim())) return null;
  return { label: l, key: folded.trim().toLowerCase(), title: title?.trim() || null, text: text.trim(), form };
}

/** The label a block starts with, or that the block consists of; null when it has none. */
export function findLabel(block: Block): LabelCandidate | null {
  if (block.kind === 'image' || block.kind === 'caption' || block.kind === 'table') return null;
  const text = block.text.trim();
  const folded = foldForMatch(text);

  const colon = COLON_LABEL.exec(folded);
  if (colon) {
    const start = colon.index + colon[0].indexOf(colon[1]!);
    const label = text.slice(start, start + colon[1]!.length);
    const rest = text.slice(colon[0].length);
    const title = colon[2] ? text.slice(colon[0].indexOf(colon[2]), colon[0].indexOf(colon[2]) + colon[2].length) : null;
    return candidate(label, colon[1]!, title, rest, rest.trim() ? 'inline' : 'own-line');
  }
  const letter = LETTER_LABEL.exec(folded);
  if (letter) return candidate(letter[1]!, letter[1]!, null, text.slice(letter[0].length), 'inline');
  const bracket = BRACKET_LABEL.exec(folded);
  if (bracket) {
    const rest = text.slice(bracket[0].length);
    const start = bracket[0].indexOf(bracket[1]!);
    return candidate(text.slice(start, start + bracket[1]!.length), bracket[1]!, null, rest, rest.trim() ? 'inline' : 'own-line');
  }
  const bold = block.html ? BOLD_PREFIX.exec(block.html) : null;
  if (bold) {
    const boldText = bold[2]!.replace(/&nbsp;/g, ' ').trim();
    if (boldText && text.startsWith(boldText) && boldText.length <= MAX_LABEL && !/[\s,，。!！?？;；]/.test(boldText.replace(/ (?=[A-Za-z])/g, ''))) {
      const rest = text.slice(boldText.length);
      return candidate(boldText, foldForMatch(boldText), null, rest, rest.trim() ? 'inline' : 'own-line');
    }
  }
  // A short block that is a single word may be a label on its own line; whether it is one
  // depends on the words around it (resolved by the caller).
  if (text.length <= MAX_LABEL && !/[\s,，。!！?？;；:：]/.test(text.replace(/ (?=[A-Za-z])/g, ''))) {
    return candidate(text, folded, null, '', 'own-line');
  }
  return null;
}
