import { record, type CleanContext } from '../context';
import { normaliseSyllable, WRITTEN_SYLLABLE, type Readings } from './readings';
import { readableTextNodes } from './text-nodes';
import { detectScript, isSimplifiedOnly, isTraditionalOnly } from '../../detect/script';

/**
 * Broken converters on mirror sites leave garbage where characters were:
 *  - `?!?/p>` for `。”</p>` at a paragraph end: certain, restored;
 *  - `?shù)` where a character and its `(` were lost: restored when the page says which
 *    character it was (one of the page's annotated characters, or a character with that
 *    reading, forming a word that occurs elsewhere on the page), otherwise marked `〓`;
 *  - runs of rare or Private-Use characters replacing real text (`鶎䶮`, `锟斤拷`),
 *    often right after such a `?py)`: replaced by one `〓`, the mark for a missing character.
 */
export const MISSING = '〓';

const STEP = { step: 'garble', category: 'garble' as const };
const HAN = /\p{Script=Han}/u;
/** `?shù)`: a lost character (the `?`) and its reading; some converters also lose to full-width forms. */
const LOST_CHAR = new RegExp(`[?？](${WRITTEN_SYLLABLE})[)）]`, 'g');
const LOST_CHAR_AHEAD = new RegExp(`^[?？]${WRITTEN_SYLLABLE}[)）]`);
/** `。”</p>` and `。</p>` read back through the wrong encoding, left as text at a paragraph end. */
const PARAGRAPH_END = /\?!\?\/p>/g;
const PARAGRAPH_END_PLAIN = /\?\/p>(?=\s*$)/g;
const PUA = /[\ue000-\uf8ff]/;
const PUA_RUN = /[\ue000-\uf8ff]+/g;
const MOJIBAKE = /(?:锟斤拷|烫烫烫|屯屯屯)+/g;
/** How far a garbage run after a lost character may reach. */
const RUN_WINDOW = 8;

export function repairGarbledText(ctx: CleanContext): void {
  const nodes = readableTextNodes(ctx.doc);
  const suspicious = nodes.filter((n) => /[?？]/.test(n.data) || PUA.test(n.data) || n.data.includes('锟斤拷'));
  if (!suspicious.length) return;
  const corpus = nodes.map((n) => n.data).join('\n');
  for (const node of suspicious) {
    let text = node.data;
    text = text.replace(PARAGRAPH_END, (m) => {
      record(ctx, { ...STEP, reason: 'garbled paragraph end restored to 。”' }, m);
      return '。”';
    });
    text = text.replace(PARAGRAPH_END_PLAIN, (m) => {
      record(ctx, { ...STEP, reason: 'garbled paragraph end restored to 。' }, m);
      return '。';
    });
    if (ctx.readings) text = repairLostCharacters(ctx, ctx.readings, text, corpus);
    text = text.replace(MOJIBAKE, (m) => {
      record(ctx, { ...STEP, reason: 'mojibake run' }, m);
      return MISSING;
    });
    if (PUA.test(text) && HAN.test(text)) {
      text = text.replace(PUA_RUN, (m) => {
        record(ctx, { ...STEP, reason: 'private-use characters inside text' }, m);
        return MISSING;
      });
    }
    text = text.replace(new RegExp(`${MISSING}{2,}`, 'g'), MISSING);
    if (text !== node.data) node.data = text;
  }
}

function repairLostCharacters(ctx: CleanContext, readings: Readings, text: string, corpus: string): string {
  let out = '';
  let from = 0;
  LOST_CHAR.lastIndex = 0;
  for (let m = LOST_CHAR.exec(text); m; m = LOST_CHAR.exec(text)) {
    // The character before, as already repaired (a previous lost character may end here).
    const prev = [...(out + text.slice(from, m.index))].pop() ?? '';
    const reading = normaliseSyllable(m[1]!);
    // Only after Chinese text (or a line start): `what?ok)` in English is not a lost character.
    if ((prev && !HAN.test(prev) && !/[\s“‘「（(，、：:〓]/.test(prev)) || !reading || !readings.charsWithReading(reading)) continue;
    const restStart = m.index + m[0].length;
    const runLength = garbageRunLength(text.slice(restStart), readings);
    const next = runLength ? '' : ([...text.slice(restStart)][0] ?? '');
    const restored = restoreLostCharacter(ctx, readings, reading, prev, next, corpus);
    const lost = restored?.char ?? null;
    const run = text.slice(restStart, restStart + runLength);
    record(
      ctx,
      {
        ...STEP,
        reason: lost
          ? `lost character restored as ${lost} (reading ${reading}, ${restored!.evidence})`
          : 'lost character and garbage replaced by 〓',
      },
      m[0] + run,
    );
    out += text.slice(from, m.index) + (lost ?? MISSING) + (run ? MISSING : '');
    from = restStart + runLength;
    LOST_CHAR.lastIndex = from;
  }
  return out + text.slice(from);
}

/** Length (in UTF-16 units) of the garbage that follows a lost character, 0 when none. */
export function garbageRunLength(rest: string, readings: Readings): number {
  const chars = [...rest].slice(0, RUN_WINDOW);
  let end = 0;
  let units = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    // The next lost character starts here: it is handled on its own.
    if ((c === '?' || c === '？') && LOST_CHAR_AHEAD.test(chars.slice(i).join(''))) break;
    const junk = isJunk(c, readings);
    if (!junk && !HAN.test(c)) break;
    units += c.length;
    if (junk) end = units;
  }
  return end;
}

function isJunk(c: string, readings: Readings): boolean {
  if (PUA.test(c) || c === '\ufffd' || c === '?' || c === '？') return true;
  if (/[\u2460-\u24ff\u2500-\u257f\u3200-\u32ff]/.test(c)) return true; // enclosed numbers, box drawing
  if (/[A-Za-z]/.test(c)) return true;
  return HAN.test(c) && !readings.isCommonHan(c);
}

/**
 * The lost character, when it is certain: among the characters with this reading, exactly
 * one forms a word with a neighbour — a word found elsewhere on the page (the page's own
 * annotation list first), else a dictionary word. Candidates in the other script than the
 * page's are left out (产 and 產 are the same character for this purpose).
 */
function restoreLostCharacter(
  ctx: CleanContext,
  readings: Readings,
  reading: string,
  prev: string,
  next: string,
  corpus: string,
): { char: string; evidence: string } | null {
  const usable = (c: string) => readings.readingsOf(c).includes(reading) && fitsScript(c, ctx);
  const pairs = (c: string) => [prev && HAN.test(prev) ? prev + c : '', next && HAN.test(next) ? c + next : ''].filter(Boolean);
  const fromAnnotations = [...(ctx.annotationReadings?.get(reading) ?? [])].filter(usable);
  const pageChars = [...new Set(readings.charsWithReading(reading))].filter((c) => corpus.includes(c) && usable(c));
  for (const candidates of [fromAnnotations, pageChars]) {
    const attested = candidates.filter((c) => pairs(c).some((w) => corpus.includes(w)));
    if (attested.length === 1) return { char: attested[0]!, evidence: 'the word occurs elsewhere on the page' };
    if (attested.length > 1) return null;
  }
  const lexicon = ctx.lexicon;
  if (!lexicon) return null;
  const all = [...new Set(readings.charsWithReading(reading))].filter(usable);
  const both = all.filter((c) => pairs(c).length === 2 && pairs(c).every((w) => lexicon.has(w)));
  const either = all.filter((c) => pairs(c).some((w) => lexicon.has(w)));
  const pick = both.length === 1 ? both : either.length === 1 ? either : [];
  return pick.length ? { char: pick[0]!, evidence: 'a dictionary word' } : null;
}

/** Leave out candidates of the other script than the page is written in. */
function fitsScript(c: string, ctx: CleanContext): boolean {
  const script = (ctx.pageScript ??= detectScript(ctx.doc.body?.textContent ?? '') ?? 'hans');
  return script === 'hant' ? !isSimplifiedOnly(c) : !isTraditionalOnly(c);
}
