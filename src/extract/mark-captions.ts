import { CAPTION_ATTR } from '../structure/blocks';
import { classAndId, elementsByTags, hasDescendantTag, textOf, textWeight } from '../shared/dom';

const CAPTION_CLASS = /caption|pic-?desc|img-?desc|imgtxt|img_?title|pictext|photo-?desc|tuzhu|picnote|pic[-_]?txt|pic[-_]?text|wp-caption-text/;
const CENTERED = /text-align\s*:\s*center/i;
const CANDIDATE_TAGS = new Set(['P', 'DIV', 'SPAN', 'TD', 'FONT', 'CENTER', 'FIGCAPTION']);
const IMG = new Set(['IMG']);

/**
 * Photo captions are usually a centred line right after the image. Readability strips
 * styles, so captions are marked before extraction.
 */
export function markCaptions(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  for (const el of elementsByTags(body, CANDIDATE_TAGS)) {
    const text = textOf(el);
    if (!text || textWeight(text) > 150 || hasDescendantTag(el, IMG)) continue;
    const prev = el.previousElementSibling;
    const afterImage = !!prev && (prev.tagName === 'IMG' || (hasDescendantTag(prev, IMG) && textWeight(textOf(prev)) === 0));
    const centred = CENTERED.test(el.getAttribute('style') ?? '') || el.getAttribute('align')?.toLowerCase() === 'center' || el.tagName === 'CENTER';
    if (CAPTION_CLASS.test(classAndId(el)) || (afterImage && centred)) el.setAttribute(CAPTION_ATTR, '');
  }
}
