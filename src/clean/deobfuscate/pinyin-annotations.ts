import { record, type CleanContext } from '../context';
import { isBlock, toArray } from '../../shared/dom';
import { isReadingOf, normaliseSyllable, WRITTEN_SYLLABLE, type Readings } from './readings';
import { readableTextNodes } from './text-nodes';

/**
 * Spam mirrors glue a reading after characters of a fixed list, on every occurrence:
 * `當(dāng)前位置`, `當（dāng）`, `當(dang1)`, `嗎(ma)`. Such an annotation is removed only when
 *  - the syllable is a reading of the character before it, and
 *  - the page shows the pattern densely: several characters annotated on (nearly) every
 *    occurrence.
 * A syllable that is not in the character's dictionary readings still counts when the
 * page glues that same syllable after that character again and again (a mirror's list
 * can carry readings pinyin-pro does not know).
 * On such a page an annotation is cleaned when its character is annotated consistently,
 * or else unless it stands alone as a quoted or listed gloss (“河(hé)、湖(hú)”), which is
 * how articles about the language write pinyin, or its character mostly goes without
 * (a sidebar or gallery caption the mirror added later can hold the unannotated rest, so
 * a share below 80% is not enough to keep it). Multi-syllable glosses
 * (`你好(nǐ hǎo)`), a second gloss after an annotated character (`媽(mā)(mā)`) and
 * ordinary parentheses (`(AQI)`, `(記者王小明/台北報導)`) never match.
 */
const ANNOTATION = new RegExp(`(\\p{Script=Han})([(（])(${WRITTEN_SYLLABLE})([)）])`, 'gu');

/** Quotes around a glossed word the article wrote: “买(mǎi)”. */
const QUOTE_OPEN = /[“‘「『"']$/;
const QUOTE_CLOSE = /^[”’」』"']/;
/**
 * A one-character list item whose neighbour is one too, glossed: “河(hé)、湖(hú)、海(hǎi)”.
 * (運(yùn)輸(shū)、分類(lèi) is a sentence the mirror annotated, not such a list.)
 */
const ITEM_START = /(?:^|[“‘「『"'、，,：:\s])$/;
// A neighbour may carry the mirror's gloss before the article's: 媽(mā)(mā)、麻(má).
const GLOSS = `(?:[(（]${WRITTEN_SYLLABLE}[)）]){1,2}`;
const GLOSSED_BEFORE = new RegExp(`(?:^|[“‘「『"'、，,：:\\s])\\p{Script=Han}${GLOSS}、$`, 'u');
const GLOSSED_AFTER = new RegExp(`^、\\p{Script=Han}${GLOSS}(?:$|[、”’」』"'，,。；;\\s])`, 'u');

const STEP = { step: 'pinyin', category: 'pinyin' as const, reason: 'pinyin annotation glued after the character' };

/** How many characters, annotated how often, make a page an annotated mirror. */
const MIN_CONSISTENT_CHARS = 3;
const MIN_CONSISTENT_ANNOTATIONS = 10;
const CONSISTENT_SHARE = 0.8;
/** Times a character must carry the same non-dictionary syllable to count as annotated. */
const MIN_REPEATS = 3;

interface CharStats {
  total: number;
  annotated: number;
}

export function removePinyinAnnotations(ctx: CleanContext): void {
  const readings = ctx.readings;
  if (!readings) return;
  const nodes = readableTextNodes(ctx.doc).filter((n) => /[(（]/.test(n.data));
  if (!nodes.length) return;
  const repeated = repeatedPairs(nodes, readings);
  const annotates = (ch: string, syl: string) => isReadingOf(readings, ch, syl) || (repeated.get(ch + normaliseSyllable(syl)) ?? 0) >= MIN_REPEATS;
  const stats = collectStats(ctx.doc, nodes, annotates);
  const consistent = new Set<string>();
  let consistentAnnotations = 0;
  for (const [ch, s] of stats) {
    if (s.annotated >= 2 && s.annotated / s.total >= CONSISTENT_SHARE) {
      consistent.add(ch);
      consistentAnnotations += s.annotated;
    }
  }
  if (consistent.size < MIN_CONSISTENT_CHARS || consistentAnnotations < MIN_CONSISTENT_ANNOTATIONS) return;

  const table = new Map<string, Set<string>>();
  for (const node of nodes) {
    const text = node.data;
    const out = text.replace(ANNOTATION, (match, ch: string, _o: string, syl: string, _c: string, offset: number) => {
      if (!annotates(ch, syl)) return match;
      const s = stats.get(ch);
      if (!consistent.has(ch)) {
        if (s && s.total - s.annotated > 2 * s.annotated + 1) return match; // mostly unannotated
        if (writtenGloss(text, offset, match.length)) return match;
      }
      const reading = normaliseSyllable(syl)!;
      const set = table.get(reading);
      if (set) set.add(ch);
      else table.set(reading, new Set([ch]));
      record(ctx, STEP, match);
      return ch;
    });
    if (out !== text) node.data = out;
  }
  ctx.annotationReadings = table;
}

/** How often each character is followed by each (valid) syllable. */
function repeatedPairs(nodes: Text[], readings: Readings): Map<string, number> {
  const counts = new Map<string, number>();
  for (const node of nodes) {
    for (const m of node.data.matchAll(ANNOTATION)) {
      const syl = normaliseSyllable(m[3]!);
      if (!syl || !readings.isSyllable(syl)) continue;
      const key = m[1]! + syl;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * A gloss the article wrote: a quoted single word (“买(mǎi)”), or an item of a list whose
 * neighbouring items are glossed too (河(hé)、湖(hú)). A lone gloss inside a list
 * (红、黄(huáng)、绿) or a sentence is the mirror's.
 */
function writtenGloss(text: string, offset: number, length: number): boolean {
  // Long enough to hold a neighbouring item with two glosses and the character before it.
  const before = text.slice(Math.max(0, offset - 24), offset);
  const after = text.slice(offset + length, offset + length + 24);
  if (QUOTE_OPEN.test(before) && QUOTE_CLOSE.test(after)) return true;
  if (!ITEM_START.test(before)) return false;
  return GLOSSED_BEFORE.test(before) || GLOSSED_AFTER.test(after);
}

/**
 * Per character: occurrences and annotated occurrences, counted outside links. Link
 * texts are navigation, related lists and injected spam, which a mirror often added after
 * annotating the article: counting them would dilute a consistently annotated character.
 */
function collectStats(doc: Document, annotatedNodes: Text[], annotates: (ch: string, syl: string) => boolean): Map<string, CharStats> {
  const inLinks = linkTextNodes(doc);
  const stats = new Map<string, CharStats>();
  for (const node of annotatedNodes) {
    if (inLinks.has(node)) continue;
    for (const m of node.data.matchAll(ANNOTATION)) {
      const ch = m[1]!;
      if (!annotates(ch, m[3]!)) continue;
      const s = stats.get(ch);
      if (s) s.annotated++;
      else stats.set(ch, { total: 0, annotated: 1 });
    }
  }
  if (!stats.size) return stats;
  // Totals over the text of the blocks that carry annotations, outside links, annotated or
  // not: a mirror annotates the article, and the sidebar or footer it added afterwards
  // would dilute a consistently annotated character (站 four times in a template). Only the annotated
  // characters are counted, so one regex scan per text node finds them (a lookup per
  // character of the whole page was most of this step on large pages). The keys are
  // single Han characters: nothing to escape in a character class.
  const counted = new RegExp(`[${[...stats.keys()].join('')}]`, 'gu');
  const annotatedBlocks = new Set(annotatedNodes.map(blockOf));
  for (const node of readableTextNodes(doc)) {
    if (inLinks.has(node) || !annotatedBlocks.has(blockOf(node))) continue;
    const text = node.data;
    counted.lastIndex = 0;
    for (let m = counted.exec(text); m; m = counted.exec(text)) stats.get(m[0])!.total++;
  }
  return stats;
}

/**
 * Text nodes inside a link (an ancestor whose tagName is `A`), collected from the links
 * down once instead of walking up from every text node of the page.
 */
function linkTextNodes(doc: Document): Set<Node> {
  const out = new Set<Node>();
  for (const a of toArray(doc.getElementsByTagName('a'))) {
    if (a.tagName !== 'A') continue;
    // 4 = NodeFilter.SHOW_TEXT
    const walker = doc.createTreeWalker(a, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) out.add(n);
  }
  return out;
}

/** The nearest block ancestor of a text node (the paragraph it belongs to). */
function blockOf(node: Text): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) if (isBlock(el)) return el;
  return null;
}
