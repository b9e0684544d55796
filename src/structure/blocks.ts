import type { Block, BlockKind } from '../shared/types';
import { elementsByTags, hasBlockChild, hasDescendantTag, isBlock, squash, TEXT_NODE, textWeight, toArray } from '../shared/dom';
import { escapeText as textMarkup, serializeChildren } from '../sanitize/serialize-html';
import { isDecorativeImage } from '../shared/images';

/**
 * The article body as an ordered list of blocks (paragraphs, headings, list items,
 * captions, images). Blocks are the single source for the panel, the plain text and the
 * Markdown export, so all three always agree.
 */

/** Marks elements the pipeline identified as photo captions before Readability strips styles. */
export const CAPTION_ATTR = 'data-qd-caption';

const CAPTION_PREFIX = /^[（(【\[]?\s*(图为|图片|资料图片|资料图|图\s*[:：]|图\d|图片来源|摄影|记者\s*\S{2,4}\s*摄|photo|图／|图\/|▲|△)|[（(]\s*(摄|图)|摄$|供图|[\s（(／/]摄[）)]?$/i;
const INLINE_KEEP = new Set(['A', 'STRONG', 'B', 'EM', 'I', 'U', 'S', 'SUP', 'SUB', 'CODE', 'MARK', 'SMALL', 'DEL', 'INS', 'Q', 'CITE', 'ABBR', 'TIME', 'RUBY', 'RT', 'RP']);

interface Draft {
  kind: BlockKind;
  nodes: Node[];
  level?: number;
  caption?: boolean;
}

export function toBlocks(content: Element): Block[] {
  const drafts: Draft[] = [];
  visit(content, drafts);
  const blocks: Block[] = [];
  for (const d of drafts) {
    if (d.kind === 'image') {
      const img = d.nodes[0] as Element;
      const src = img.getAttribute('src');
      if (src && !isDecorativeImage(img)) blocks.push({ kind: 'image', text: '', image: { src, alt: squash(img.getAttribute('alt') ?? ''), caption: null } });
      continue;
    }
    if (d.nodes.every((n) => n.nodeType === TEXT_NODE)) {
      // Text only (most paragraphs): what the holder below would give, without building it.
      let raw = '';
      for (const n of d.nodes) raw += (n as Text).data;
      const text = squash(raw);
      if (!text) continue;
      const block: Block = { kind: d.kind, text, html: textMarkup(raw).trim() };
      if (d.level) block.level = d.level;
      if (d.caption) block.kind = 'caption';
      blocks.push(block);
      continue;
    }
    const holder = content.ownerDocument.createElement('div');
    for (const n of d.nodes) holder.appendChild(n.cloneNode(true));
    cleanInline(holder);
    const text = d.kind === 'table' ? tableText(holder) : squash(holder.textContent ?? '');
    if (!text) continue;
    const block: Block = { kind: d.kind, text, html: serializeChildren(holder).trim() };
    if (d.level) block.level = d.level;
    if (isAllBold(holder, text)) block.emphasized = true;
    if (d.caption) block.kind = 'caption';
    blocks.push(block);
  }
  attachCaptions(blocks);
  return blocks;
}

/**
 * Deeper block nesting is read as one paragraph instead of recursing: a page's script can
 * build a DOM thousands of levels deep, and the recursion ran out of stack near 5 000
 * levels (issue 7). Parsed pages stay far below (browsers cap parsing at 512, the CLI at 128).
 */
const MAX_VISIT_DEPTH = 256;

/** Its text only: a deep subtree is not cloned (cloning recurses per level too). */
function deepAsText(el: Element): Draft {
  return { kind: 'paragraph', nodes: [el.ownerDocument.createTextNode(el.textContent ?? '')] };
}

function visit(el: Element, out: Draft[], depth = 0): void {
  let inline: Node[] = [];
  const kindOf = (e: Element): Draft => {
    const tag = e.tagName;
    if (/^H[1-6]$/.test(tag)) return { kind: 'heading', nodes: [], level: Number(tag[1]) };
    if (tag === 'LI' || tag === 'DT' || tag === 'DD') return { kind: 'list-item', nodes: [] };
    if (tag === 'BLOCKQUOTE') return { kind: 'quote', nodes: [] };
    if (tag === 'FIGCAPTION' || tag === 'CAPTION') return { kind: 'caption', nodes: [] };
    return { kind: 'paragraph', nodes: [], caption: e.hasAttribute(CAPTION_ATTR) };
  };
  const flushInline = (template: Draft) => {
    // <br> separates paragraphs on many Chinese CMS pages.
    let line: Node[] = [];
    const pushLine = () => {
      if (line.some((n) => (n.textContent ?? '').trim())) out.push({ ...template, nodes: line });
      line = [];
    };
    for (const n of inline) {
      if (n.nodeType === 1 && (n as Element).tagName === 'BR') pushLine();
      else line.push(n);
    }
    pushLine();
    inline = [];
  };
  const leafTemplate = kindOf(el);
  const hasBlockChildren = toArray(el.children).some((c) => isBlock(c) || c.tagName === 'IMG' || c.tagName === 'FIGURE' || c.tagName === 'PICTURE' || hasBlockChild(c));
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) {
      inline.push(child);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const c = child as Element;
    if (c.tagName === 'IMG') {
      flushInline(hasBlockChildren ? { kind: 'paragraph', nodes: [] } : leafTemplate);
      out.push({ kind: 'image', nodes: [c] });
    } else if (isBlock(c) || c.tagName === 'FIGURE' || c.tagName === 'PICTURE') {
      flushInline(hasBlockChildren ? { kind: 'paragraph', nodes: [] } : leafTemplate);
      if (c.tagName === 'TABLE' && isDataTable(c)) out.push({ kind: 'table', nodes: [c] });
      else if (depth >= MAX_VISIT_DEPTH) out.push(deepAsText(c));
      else visit(c, out, depth + 1);
    } else if (hasBlockChild(c) || hasDescendantTag(c, IMG)) {
      // an inline wrapper around an image (<a><img></a>, <span><img></span>), or around
      // paragraphs (<font>, a CMS's own <founder-content>): its content is read as blocks
      flushInline(hasBlockChildren ? { kind: 'paragraph', nodes: [] } : leafTemplate);
      if (depth >= MAX_VISIT_DEPTH) out.push(deepAsText(c));
      else visit(c, out, depth + 1);
    } else inline.push(c);
  }
  flushInline(hasBlockChildren ? { kind: 'paragraph', nodes: [] } : leafTemplate);
}

const IMG = new Set(['IMG']);
const LAYOUT_IN_TABLE = new Set(['TABLE', 'P', 'DIV', 'IMG']);
const BOLD = new Set(['STRONG', 'B']);

/** A table of data (rows of short cells) rather than a layout table holding the page. */
function isDataTable(table: Element): boolean {
  if (hasDescendantTag(table, LAYOUT_IN_TABLE)) return false;
  const rows = table.getElementsByTagName('tr').length;
  return rows >= 2 && textWeight(table.textContent ?? '') / Math.max(1, table.getElementsByTagName('td').length) < 40;
}

/** A table as text: one line per row (a paragraph each), cells separated by a space. */
function tableText(holder: Element): string {
  return toArray(holder.getElementsByTagName('tr'))
    .map((tr) => toArray(tr.children).map((cell) => squash(cell.textContent ?? '')).filter(Boolean).join(' '))
    .filter(Boolean)
    .join('\n\n');
}

/** Unwrap presentational inline elements; keep links and emphasis. */
function cleanInline(holder: Element): void {
  for (const e of toArray(holder.getElementsByTagName('*'))) {
    if (INLINE_KEEP.has(e.tagName) || e.tagName === 'BR' || e.tagName === 'TABLE' || e.closest('table')) continue;
    e.replaceWith(...Array.from(e.childNodes));
  }
  for (const e of toArray(holder.getElementsByTagName('*'))) {
    for (const attr of Array.from(e.attributes)) if (!(e.tagName === 'A' && attr.name === 'href')) e.removeAttribute(attr.name);
  }
}

function isAllBold(holder: Element, text: string): boolean {
  const bold = elementsByTags(holder, BOLD).map((b) => squash(b.textContent ?? '')).join('');
  return bold.length > 0 && bold.replace(/\s/g, '') === text.replace(/\s/g, '');
}

/** A short paragraph right after an image that reads like a caption becomes its caption. */
function attachCaptions(blocks: Block[]): void {
  for (let i = 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    const prev = blocks[i - 1]!;
    if (prev.kind !== 'image' || !prev.image) continue;
    const looksLikeCaption = b.kind === 'caption' || (b.kind === 'paragraph' && textWeight(b.text) <= 150 && CAPTION_PREFIX.test(b.text));
    if (!looksLikeCaption) continue;
    b.kind = 'caption';
    prev.image.caption = b.text;
  }
}
