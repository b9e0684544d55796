import { isDecorativeImage } from '../shared/images';
import { isMarkedBody } from './find-content-block';
import { createReadability } from './readability';
import { isBlock, textOf, textWeight, toArray } from '../shared/dom';
import { findContentBlock } from './find-content-block';
import { premarkLargeTables } from './premark-large-tables';

export interface Extraction {
  /** The article body, an element of `doc` (or of a clone owned by the caller). */
  content: Element;
  method: 'readability' | 'density';
  /** A lead photo (with its caption) printed just above the body, outside its container. */
  lead: Element[];
}

/**
 * Figures right before the dense block, above the body's container (lead art with its
 * caption); both extractions tend to leave them out. Stops at the first real text.
 */
function leadFigures(dense: Element): Element[] {
  const out: Element[] = [];
  // When the block is the first thing in its container (a preview box inside the body
  // box), the lead art sits before that container: look one or two levels up.
  for (let cur: Element | null = dense, level = 0; cur && level < 3; cur = cur.parentElement, level++) {
    for (let sib = cur.previousElementSibling, n = 0; sib && n < 3; sib = sib.previousElementSibling, n++) {
      // The figure itself when the box holds one (not the "Buy now" link or the header
      // beside it); otherwise, right before the block only, a box with a picture.
      const figures = sib.tagName === 'FIGURE' ? [sib] : toArray(sib.getElementsByTagName('figure'));
      const heading = ['h1', 'h2', 'h3'].some((h) => sib.getElementsByTagName(h).length > 0);
      const lead = figures.length === 1 ? figures[0]! : level === 0 && !heading ? sib : null;
      const images = lead ? (lead.tagName === 'IMG' ? [lead] : toArray(lead.getElementsByTagName('img'))) : [];
      const hasImage = images.some((img) => !isDecorativeImage(img));
      if (lead && hasImage && textWeight(textOf(lead)) <= 80 && lead.getElementsByTagName('a').length <= 1) out.unshift(lead);
      else if (textWeight(textOf(sib)) > 0) return out;
    }
    if (out.length || cur.previousElementSibling || cur.parentElement?.tagName === 'BODY') break;
  }
  return out;
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
 * Readability on the cleaned page (the pipeline's working copy), checked against the project's own density
 * rule: when Readability drops a real share of the paragraphs the dense block holds
 * (short Chinese paragraphs, `<br>` text, guest boxes), the dense block wins.
 */
export function extractArticle(doc: Document): Extraction | null {
  const body = doc.body;
  if (!body) return null;
  // The density rule reads the page first; what it needs afterwards is copied (the dense
  // block and the figures above it, a fraction of the page), so Readability can work on
  // the page itself instead of on a copy of all of it. `doc` is the pipeline's working copy.
  const denseOriginal = findContentBlock(body);
  const dense = denseOriginal ? (denseOriginal.cloneNode(true) as Element) : null;
  const leadCandidates = denseOriginal ? leadFigures(denseOriginal).map((f) => f.cloneNode(true) as Element) : [];

  let readable: Element | null = null;
  try {
    premarkLargeTables(doc); // keeps Readability linear on huge tables in jsdom
    const result = createReadability(doc, { charThreshold: 100, keepClasses: false, serializer: (n) => n, disableJSONLD: true }).parse();
    const content = result?.content;
    if (content && content.nodeType === 1) readable = content as Element;
  } catch {
    readable = null; // Readability on a hostile page: fall back to the density rule
  }

  if (!dense) return readable ? { content: readable, method: 'readability', lead: [] } : null;
  // A body the page marks as such is taken as it is: Readability would add the header around it.
  const chosen = denseOriginal && isMarkedBody(denseOriginal) ? { content: dense, method: 'density' as const } : choose(dense, readable);
  const chosenText = textOf(chosen.content);
  const chosenImages = new Set(toArray(chosen.content.getElementsByTagName('img')).map((i) => i.getAttribute('src')));
  const lead = leadCandidates.filter((f) => {
    const caption = textOf(f);
    const img = f.tagName === 'IMG' ? f : f.getElementsByTagName('img')[0];
    return caption ? !chosenText.includes(caption) : !chosenImages.has(img?.getAttribute('src') ?? null);
  });
  return { ...chosen, lead };
}

function choose(dense: Element, readable: Element | null): Omit<Extraction, 'lead'> {
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
