import type { Article, Script, TargetScript } from '../shared/types';
import { sanitizeToFragment } from '../sanitize/sanitize-html';
import { serializeFragment } from '../sanitize/serialize-html';
import { loadConverter, type Convert, type TraditionalVariant } from './opencc-converters';

/** `lang` values that make the browser pick the right CJK glyphs and fonts. */
export function langTag(target: TargetScript, original: Script | null, variant: TraditionalVariant = 'tw'): string | null {
  switch (target) {
    case 'hans':
      return 'zh-Hans';
    case 'hant':
      return 'zh-Hant';
    case 'tw':
      return 'zh-Hant-TW';
    case 'hk':
      return 'zh-Hant-HK';
    default:
      return original === 'hans' ? 'zh-Hans' : original === 'hant' ? (variant === 'hk' ? 'zh-Hant-HK' : 'zh-Hant') : null;
  }
}

export { traditionalVariant } from '../detect/traditional-variant';

/** Convert every text node under `root`; URLs and attributes are never touched. */
export function convertTextNodes(root: Node, convert: Convert): void {
  const doc = root.ownerDocument ?? (root as Document);
  const nodes: Text[] = [];
  // 4 = NodeFilter.SHOW_TEXT
  const walker = doc.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (HAN.test((n as Text).data)) nodes.push(n as Text);
  }
  const converted = convertTexts(
    nodes.map((n) => n.data),
    convert,
  );
  nodes.forEach((n, i) => (n.data = converted[i]!));
}

const HAN = /\p{Script=Han}/u;
/**
 * Joins the texts of one conversion. No OpenCC dictionary entry contains U+0000, so no
 * phrase matches across it: each text converts exactly as it would alone.
 */
const SEPARATOR = '\u0000';

/**
 * Many short texts (a body's text nodes) converted in one call: one pass over one string
 * instead of a few thousand calls, each with its own setup and join. Same result as
 * `texts.map(convert)`.
 */
export function convertTexts(texts: readonly string[], convert: Convert): string[] {
  if (texts.length < 2 || texts.some((t) => t.includes(SEPARATOR))) return texts.map(convert);
  const parts = convert(texts.join(SEPARATOR)).split(SEPARATOR);
  // A converter that dropped or added a separator (never OpenCC): fall back to one by one.
  return parts.length === texts.length ? parts : texts.map(convert);
}

/** HTML with its text converted: sanitized to a fragment, text nodes converted, serialized. */
export function convertHtml(html: string, convert: Convert, win: Window): string {
  const frag = sanitizeToFragment(html, win);
  convertTextNodes(frag, convert);
  return serializeFragment(frag);
}

/**
 * The article in the script the reader chose: title, metadata, body, captions, speaker
 * names and the removed-items list. Returns a new object; the input is not changed.
 */
export function convertArticle(article: Article, convert: Convert, win: Window): Article {
  const c = (s: string | null) => (s === null ? null : convert(s));
  return {
    ...article,
    title: c(article.title),
    source: c(article.source),
    byline: c(article.byline),
    text: convert(article.text),
    html: convertHtml(article.html, convert, win),
    blocks: article.blocks.map((b) => ({
      ...b,
      text: convert(b.text),
      ...(b.html !== undefined ? { html: convertHtml(b.html, convert, win) } : {}),
      ...(b.image ? { image: { ...b.image, alt: convert(b.image.alt), caption: c(b.image.caption) } } : {}),
    })),
    interview: article.interview && {
      host: article.interview.host.map((p) => ({ name: convert(p.name), title: convert(p.title) })),
      guests: article.interview.guests.map((p) => ({ name: convert(p.name), title: convert(p.title) })),
      turns: article.interview.turns.map((t) => ({ ...t, speaker: convert(t.speaker), text: convert(t.text) })),
    },
    removed: article.removed.map((r) => ({ ...r, text: convert(r.text) })),
  };
}

/** Load the converter for an article and a target script. */
export function converterFor(article: Pick<Article, 'originalScript'>, target: TargetScript, variant: TraditionalVariant = 'tw'): Promise<Convert> {
  if (!article.originalScript || target === 'original') return Promise.resolve((s: string) => s);
  return loadConverter(article.originalScript, variant, target);
}
