import { Readability } from '@mozilla/readability';
import { isBlock, textOf, textWeight, toArray } from '../shared/dom';
import { findContentBlock } from './find-content-block';

export interface Extraction {
  /** The article body, an element of `doc` (or of a clone owned by the caller). */
  content: Element;
  method: 'readability' | 'density';
}

/** Paragraph-like texts of a container, for comparing what two extractions kept. */
function paragraphTexts(root: Element): string[] {
  const out: string[] = [];
  for (const el of toArray(root.getElementsByTagName('*'))) {
    if (!isBlock(el) || toArray(el.children).some(isBlock)) continue;
    const t = textOf(el);
    if (textWeight(t) >= 4) out.push(t);
  }
  return out;
}

/**
 * Readability on a copy of the cleaned page, checked against the project's own density
 * rule: when Readability drops a real share of the paragraphs the dense block holds
 * (short Chinese paragraphs, `<br>` text, guest boxes), the dense block wins.
 */
export function extractArticle(doc: Document): Extraction | null {
  const body = doc.body;
  if (!body) return null;
  const dense = findContentBlock(body);

  let readable: Element | null = null;
  try {
    const copy = doc.cloneNode(true) as Document;
    const result = new Readability<Node>(copy, { charThreshold: 100, keepClasses: false, serializer: (n) => n, disableJSONLD: true }).parse();
    const content = result?.content;
    if (content && content.nodeType === 1) readable = content as Element;
  } catch {
    readable = null; // Readability on a hostile page: fall back to the density rule
  }

  if (!dense) return readable ? { content: readable, method: 'readability' } : null;
  if (!readable) return { content: dense, method: 'density' };

  const readableText = textOf(readable);
  const denseParagraphs = paragraphTexts(dense);
  const denseWeight = denseParagraphs.reduce((n, t) => n + textWeight(t), 0);
  const kept = denseParagraphs.filter((t) => readableText.includes(t)).reduce((n, t) => n + textWeight(t), 0);
  if (denseWeight > 0 && kept / denseWeight < 0.97) return { content: dense, method: 'density' };
  // Readability kept the dense text; prefer it unless it pulled in much more (widgets).
  if (textWeight(readableText) > denseWeight * 1.6 && denseWeight > 200) return { content: dense, method: 'density' };
  return { content: readable, method: 'readability' };
}
