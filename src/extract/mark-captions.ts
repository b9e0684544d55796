import { CAPTION_ATTR } from '../structure/blocks';
import { classAndId, textOf, textWeight } from '../shared/dom';

const CAPTION_CLASS = /caption|pic-?desc|img-?desc|imgtxt|img_?title|pictext|photo-?desc|tuzhu|picnote|pic[-_]?txt|pic[-_]?text|wp-caption-text/;
const CENTERED = /text-align\s*:\s*center/i;

/**
 * Photo captions are usually a centred line right after the image. Readability strips
 * styles, so captions are marked before extraction.
 */
export function markCaptions(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  for (const el of Array.from(body.querySelectorAll('p, div, span, td, font, center, figcaption'))) {
    const text = textOf(el);
    if (!text || textWeight(text) > 150 || el.querySelector('img')) continue;
    const prev = el.previousElementSibling;
    const afterImage = !!prev && (prev.tagName === 'IMG' || (!!prev.querySelector('img') && textWeight(textOf(prev)) === 0));
    const centred = CENTERED.test(el.getAttribute('style') ?? '') || el.getAttribute('align')?.toLowerCase() === 'center' || el.tagName === 'CENTER';
    if (CAPTION_CLASS.test(classAndId(el)) || (afterImage && centred)) el.setAttribute(CAPTION_ATTR, '');
  }
}
