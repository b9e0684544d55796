import type { Interview, InterviewTurn } from '../shared/types';

/** Letters and digits only: punctuation and spacing differ between the page and the turns. */
function key(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}

const LABEL_SEPARATOR = /^[\s\u3000]*[：:][\s\u3000]*/;
/** A short label before a colon that opens a paragraph: "王雪韬：", "记者:", "问：". */
const LEADING_LABEL = /^[\s\u3000]*([^：:\s\u3000]{1,8})[\s\u3000]*[：:]/;

/**
 * Show an interview as a transcript: every turn's paragraph gets its speaker styled
 * (the name the page wrote, or the detected one put in front when the page only set the
 * question in bold) and host turns are set apart. Works on the sanitized body; matches
 * turns to paragraphs in order by the start of their text.
 */
export function decorateInterview(body: HTMLElement, interview: Interview): void {
  const doc = body.ownerDocument;
  const paragraphs = Array.from(body.querySelectorAll('p'));
  body.classList.add('interview');
  let from = 0;
  for (const turn of interview.turns) {
    const turnKey = key(turn.text).slice(0, 12);
    const speakerKey = key(turn.speaker);
    if (!turnKey) continue;
    for (let i = from; i < paragraphs.length; i++) {
      const p = paragraphs[i]!;
      const raw = p.textContent ?? '';
      const text = key(raw);
      // The page's own label: the speaker's name, or a role word such as 记者 or 问.
      const label = raw.match(LEADING_LABEL);
      const pageLabel =
        speakerKey.length > 0 && text.startsWith(speakerKey) && text.slice(speakerKey.length).startsWith(turnKey)
          ? turn.speaker
          : label && key(raw.slice(label[0].length)).startsWith(turnKey)
            ? label[1]!
            : null;
      if (pageLabel === null && !text.startsWith(turnKey)) continue;
      markTurn(doc, p, turn, pageLabel);
      from = i + 1;
      break;
    }
  }
}

function markTurn(doc: Document, p: HTMLParagraphElement, turn: InterviewTurn, pageLabel: string | null): void {
  p.classList.add('turn', turn.role === 'host' ? 'turn-host' : 'turn-guest');
  if (pageLabel !== null && styleExistingLabel(doc, p, pageLabel)) return;
  const label = doc.createElement('span');
  label.className = 'speaker';
  label.textContent = `${turn.speaker}：`;
  p.insertBefore(label, p.firstChild);
}

/** Wrap the page's own "王雪韬：" or "记者：" in a speaker span; false when it is not in one text node. */
function styleExistingLabel(doc: Document, p: HTMLParagraphElement, speaker: string): boolean {
  const walker = doc.createTreeWalker(p, 4 /* NodeFilter.SHOW_TEXT */);
  let node = walker.nextNode() as Text | null;
  while (node && !node.data.trim()) node = walker.nextNode() as Text | null;
  if (!node) return false;
  const lead = node.data.match(/^[\s\u3000]*/)?.[0].length ?? 0;
  if (!node.data.startsWith(speaker, lead)) return false;
  const sep = node.data.slice(lead + speaker.length).match(LABEL_SEPARATOR);
  const end = lead + speaker.length + (sep ? sep[0].length : 0);
  const parent = node.parentElement;
  // A name already alone in <strong>/<b>: style that element instead of splitting it.
  if (parent && parent !== p && /^(STRONG|B)$/.test(parent.tagName) && key(parent.textContent ?? '') === key(speaker)) {
    parent.classList.add('speaker');
    return true;
  }
  const label = doc.createElement('span');
  label.className = 'speaker';
  label.textContent = `${speaker}：`;
  node.data = node.data.slice(end);
  node.parentNode!.insertBefore(label, node);
  return true;
}
