import type { Block, Interview } from '../shared/types';
import { readIntro } from './interview-intro';
import { findLabel } from './turn-labels';

/**
 * Where an interview's parts sit among the article's blocks, found again from the text of
 * its turns. The exports get the article after script conversion, with the interview as
 * the pipeline reported it; matching the turns' text against the blocks keeps the export
 * identical to that report (the same turns, speakers and text) while the lead, images,
 * captions and sub-headings stay where the page put them.
 */

export interface InterviewLayout {
  /** Blocks that only list the host and guests (the export prints its own header instead). */
  intro: Set<number>;
  /** Own-line label blocks (`<strong>记者</strong>`), replaced by the turn's label. */
  labels: Set<number>;
  /** Block index → the turn it starts. */
  turnStart: Map<number, number>;
  /** Blocks holding a turn's later paragraphs. */
  continuation: Set<number>;
  /** False when some turn could not be found among the blocks. */
  complete: boolean;
}

const NON_TEXT = new Set<Block['kind']>(['image', 'caption', 'table']);
/** The label before a turn's text (`王雪韬：`, `<b>Q:</b> `, `【问】`). */
const MAX_LABEL_PREFIX = 40;

export function layoutInterview(blocks: Block[], interview: Interview): InterviewLayout {
  const layout: InterviewLayout = { intro: new Set(), labels: new Set(), turnStart: new Map(), continuation: new Set(), complete: true };
  const intro = readIntro(blocks);
  const introBlocks = intro.blocks;
  let cursor = 0;
  interview.turns.forEach((turn, k) => {
    if (!layout.complete) return;
    const [first = '', ...rest] = turn.text.split('\n\n');
    let j = cursor;
    for (; j < blocks.length; j++) {
      const b = blocks[j]!;
      if (NON_TEXT.has(b.kind) || introBlocks.has(j)) continue;
      const text = b.text.trim();
      if (!text.endsWith(first)) continue;
      const prefix = text.slice(0, text.length - first.length);
      if (prefix.length <= MAX_LABEL_PREFIX && !/[。！？!?]/.test(prefix)) break;
    }
    if (j >= blocks.length) {
      layout.complete = false;
      return;
    }
    layout.turnStart.set(j, k);
    if (blocks[j]!.text.trim() === first) {
      // The label may stand on the line before (own-line convention).
      const prev = previousText(blocks, j, cursor);
      const label = prev >= 0 ? findLabel(blocks[prev]!) : null;
      if (label && label.form === 'own-line' && !layout.turnStart.has(prev) && !layout.continuation.has(prev) && !introBlocks.has(prev)) layout.labels.add(prev);
    }
    let m = j;
    for (const paragraph of rest) {
      m++;
      while (m < blocks.length && NON_TEXT.has(blocks[m]!.kind)) m++;
      if (m >= blocks.length || blocks[m]!.text.trim() !== paragraph) {
        layout.complete = false;
        return;
      }
      layout.continuation.add(m);
    }
    cursor = m + 1;
  });
  // The header replaces the people lists before the first turn that say nothing more than it.
  const firstTurn = Math.min(...layout.turnStart.keys(), blocks.length);
  for (const i of intro.summarised) if (i < firstTurn) layout.intro.add(i);
  return layout;
}

function previousText(blocks: Block[], j: number, floor: number): number {
  for (let i = j - 1; i >= floor; i--) if (!NON_TEXT.has(blocks[i]!.kind)) return i;
  return -1;
}
