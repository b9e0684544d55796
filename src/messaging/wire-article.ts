import type { Article, Block } from '../shared/types';
import { blocksToHtml, blocksToText, escapeText } from '../structure/blocks-to-html';
import type { ReadReply, ReadResult } from './protocol';

/**
 * The Article as it crosses the message boundary (content script → background → panel).
 * Chrome serializes extension messages as JSON at every hop, and on a 1 MB page the
 * Article was 1.3 MB: `html` and `text` are derived from `blocks`, and most blocks' markup
 * is just their escaped text. The wire form leaves those out; `fromWire` rebuilds exactly
 * the same Article in the panel (the one place that does).
 */
export interface WireArticle extends Omit<Article, 'html' | 'text' | 'blocks'> {
  blocks: WireBlock[];
}

/**
 * A block whose `html` is `0` when it is just its escaped text (most paragraphs). The key
 * stays where it was, so the rebuilt Article is the same down to its key order.
 */
export type WireBlock = Omit<Block, 'html'> & { html?: string | 0 };

export function toWire(article: Article): WireArticle {
  const { html: _html, text: _text, blocks, ...rest } = article;
  return { ...rest, blocks: blocks.map(toWireBlock) };
}

export function fromWire(wire: WireArticle): Article {
  const { blocks: wireBlocks, ...rest } = wire;
  const blocks = wireBlocks.map(fromWireBlock);
  // Same key order as runPipeline's Article (kept stable for anything that serializes it).
  const { interview, removed, timings, ...head } = rest;
  return { ...head, html: blocksToHtml(blocks), text: blocksToText(blocks), blocks, interview, removed, timings };
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
