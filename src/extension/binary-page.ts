/**
 * Binary data a server sent as HTML (an image, an archive, random bytes): the browser
 * decodes it as text in some single-byte encoding and builds a "page" of it, which the
 * pipeline would read as an article of noise. Text of any real page has almost no C0
 * control characters (besides tab, line feed, form feed and carriage return); bytes that
 * are not text have about one in ten. Looks at the first `SAMPLE` characters of text only.
 */
const SAMPLE = 8192;
/** Controls in the sample above this share: not text. Real pages: 0, or a stray few. */
const MAX_CONTROL_SHARE = 0.02;
/** Fewer characters than this say nothing either way. */
const MIN_SAMPLE = 256;

export function looksLikeBinaryText(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  if (sample.length < MIN_SAMPLE) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 9 || c === 11 || (c > 13 && c < 32) || c === 127) control++;
  }
  return control / sample.length > MAX_CONTROL_SHARE;
}

/** The first characters of `doc`'s body text, without building the whole text of a big page. */
export function leadingText(doc: Document, length = SAMPLE): string {
  const body = doc.body;
  if (!body) return '';
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let n = walker.nextNode(); n && text.length < length; n = walker.nextNode()) text += (n as Text).data;
  return text.slice(0, length);
}

export function looksLikeBinaryPage(doc: Document): boolean {
  return looksLikeBinaryText(leadingText(doc));
}
