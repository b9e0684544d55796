import type { Block } from '../shared/types';
import type { LabelCandidate } from './turn-labels';
import { textWeight } from '../shared/dom';

/**
 * Blocks → speaker turns, in page order. A turn starts at a label (inline or on its own
 * line) or, where the host's questions carry no label, at a question; the paragraphs after
 * it belong to it until the next turn, a heading or a bold sub-heading. Images and
 * captions between paragraphs are skipped without ending the turn.
 */

export interface RawTurn {
  /** The label, or null for an unlabelled host question. */
  label: LabelCandidate | null;
  paragraphs: string[];
  /** Index of the block holding the label (own-line) or the first paragraph. */
  first: number;
  /** Indexes of the blocks whose text the turn holds (not the own-line label block). */
  blocks: number[];
}

export interface SegmentOptions {
  /** Accepted labels by block index (already checked against the cast). */
  labels: Map<number, LabelCandidate>;
  /** Blocks that list the people (never part of a turn). */
  intro: Set<number>;
  /** Whether host questions may come without a label (no host label is used anywhere). */
  unlabelledQuestions: boolean;
  /** Whether a label is the host's (an unlabelled question must be followed by someone else). */
  isHostLabel: (label: LabelCandidate) => boolean;
}

const SKIPPED = new Set<Block['kind']>(['image', 'caption', 'table']);
/** `（本报记者 张三 整理）`, `(实习生李四对本文亦有贡献)`: notes after the transcript. */
const NOTE = /^[（(][^（()）]{0,60}[）)]$/;
/** Longest unlabelled question that is not bold (in characters + English words). */
const MAX_PLAIN_QUESTION = 160;
const ENDS_WITH_QUESTION = /[？?][”"’)）]?$/;

export function segmentTurns(blocks: Block[], options: SegmentOptions): RawTurn[] {
  const { labels, intro } = options;
  const turns: RawTurn[] = [];
  let current: RawTurn | null = null;
  let pending: { label: LabelCandidate; index: number } | null = null;

  const nextContent = (from: number): number => {
    let j = from + 1;
    while (j < blocks.length && (SKIPPED.has(blocks[j]!.kind) || intro.has(j))) j++;
    return j;
  };
  // A question is answered: the next block is someone else's labelled turn.
  const answered = (i: number): boolean => {
    const next = labels.get(nextContent(i));
    return !!next && !options.isHostLabel(next);
  };
  // Where the page sets its questions in bold, a plain paragraph ending in ？ is part of
  // an answer (a rhetorical question), not the next question.
  const boldQuestions = options.unlabelledQuestions && blocks.some((b, i) => b.kind === 'paragraph' && b.emphasized && !labels.has(i) && answered(i));
  const isQuestion = (i: number): boolean => {
    const b = blocks[i]!;
    if (!options.unlabelledQuestions || b.kind !== 'paragraph' || !answered(i)) return false;
    if (b.emphasized) return true;
    return !boldQuestions && ENDS_WITH_QUESTION.test(b.text) && textWeight(b.text) <= MAX_PLAIN_QUESTION;
  };
  const start = (label: LabelCandidate | null, index: number, text: string, textIndex: number) => {
    current = { label, paragraphs: text ? [text] : [], first: index, blocks: text ? [textIndex] : [] };
    turns.push(current);
  };

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (intro.has(i)) {
      current = null;
      pending = null;
      continue;
    }
    if (SKIPPED.has(b.kind)) continue;
    const label = labels.get(i);
    if (label?.form === 'own-line') {
      pending = { label, index: i };
      current = null;
      continue;
    }
    if (label) {
      pending = null;
      start(label, i, label.text, i);
      continue;
    }
    if (pending) {
      start(pending.label, pending.index, b.text, i);
      pending = null;
      continue;
    }
    if (b.kind === 'heading') {
      current = null;
      continue;
    }
    if (isQuestion(i)) {
      start(null, i, b.text, i);
      continue;
    }
    const turn = current as RawTurn | null;
    if (turn && !b.emphasized && !NOTE.test(b.text)) {
      turn.paragraphs.push(b.text);
      turn.blocks.push(i);
    } else current = null;
  }
  return turns.filter((t) => t.paragraphs.length > 0);
}
