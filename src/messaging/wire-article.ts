import type { Article, Block, Removal, RemovalCategory } from '../shared/types';
import { blocksToHtml, blocksToText, escapeText } from '../structure/blocks-to-html';
import type { ReadReply, ReadResult } from './protocol';

/**
 * The Article as it crosses the message boundary (content script → background → panel).
 * Chrome serializes extension messages as JSON at every hop, and on a 1 MB page the
 * Article was 1.3 MB: `html` and `text` are derived from `blocks`, most blocks' markup is
 * just their escaped text, and the removal records repeat a handful of step, category and
 * reason strings thousands of times (one record per pinyin annotation: 7 000 records and
 * two thirds of the message on a 1 MB page). The wire form leaves the derived fields out
 * and sends the records as a string table with indices; `fromWire` rebuilds exactly the
 * same Article in the panel (the one place that does).
 */
export interface WireArticle extends Omit<Article, 'html' | 'text' | 'blocks' | 'removed'> {
  blocks: WireBlock[];
  removed: WireRemovals;
}

/**
 * A block whose `html` is `0` when it is just its escaped text (most paragraphs). The key
 * stays where it was, so the rebuilt Article is the same down to its key order.
 */
export type WireBlock = Omit<Block, 'html'> & { html?: string | 0 };

/**
 * Removal records as each distinct string once (`strings`) and four indices into it per
 * record, in record order: step, category, reason, text.
 */
export interface WireRemovals {
  strings: string[];
  records: number[];
}

export function toWire(article: Article): WireArticle {
  const { html: _html, text: _text, blocks, removed, ...rest } = article;
  // `removed` keeps its place among the keys (before `timings`).
  const { timings, ...head } = rest;
  return { ...head, blocks: blocks.map(toWireBlock), removed: toWireRemovals(removed), timings };
}

export function fromWire(wire: WireArticle): Article {
  const { blocks: wireBlocks, removed: wireRemovals, ...rest } = wire;
  const blocks = wireBlocks.map(fromWireBlock);
  // Same key order as runPipeline's Article (kept stable for anything that serializes it).
  const { interview, timings, ...head } = rest;
  return { ...head, html: blocksToHtml(blocks), text: blocksToText(blocks), blocks, interview, removed: fromWireRemovals(wireRemovals), timings };
}

/** The panel's view of a read: the reply with its Article rebuilt. */
export function readResultFromWire(reply: ReadReply): ReadResult {
  return reply.status === 'article' || reply.status === 'not-article' ? { status: reply.status, article: fromWire(reply.article) } : reply;
}

function toWireBlock(block: Block): WireBlock {
  return block.html !== undefined && block.html === escapeText(block.text) ? { ...block, html: 0 } : block;
}

function fromWireBlock(block: WireBlock): Block {
  return block.html === 0 ? { ...block, html: escapeText(block.text) } : (block as Block);
}

function toWireRemovals(removed: readonly Removal[]): WireRemovals {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const at = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const records = new Array<number>(removed.length * 4);
  for (let r = 0; r < removed.length; r++) {
    const { step, category, reason, text } = removed[r]!;
    records[r * 4] = at(step);
    records[r * 4 + 1] = at(category);
    records[r * 4 + 2] = at(reason);
    records[r * 4 + 3] = at(text);
  }
  return { strings, records };
}

function fromWireRemovals({ strings, records }: WireRemovals): Removal[] {
  const out = new Array<Removal>(records.length / 4);
  for (let r = 0; r < out.length; r++) {
    out[r] = {
      step: strings[records[r * 4]!]!,
      category: strings[records[r * 4 + 1]!]! as RemovalCategory,
      reason: strings[records[r * 4 + 2]!]!,
      text: strings[records[r * 4 + 3]!]!,
    };
  }
  return out;
}
