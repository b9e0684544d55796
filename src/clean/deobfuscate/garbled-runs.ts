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
const MISSING_RUN = new RegExp(`${MISSING}{2,}`, 'g');
const MOJIBAKE = /(?:锟斤拷|烫烫烫|屯屯屯)+/g;
/** How far a garbage run after a lost character may reach. */
const RUN_WINDOW = 8;

export function repairGarbledText(ctx: CleanContext): void {
  const nodes = readableTextNodes(ctx.doc);
  const suspicious = nodes.filter((n) => /[?？]/.test(n.data) || PUA.test(n.data) || n.data.includes('锟斤拷'));
  if (!suspicious.length) return;
  const corpus = nodes.map((n) => n.data).join('\n');
  // A bare one-letter mark (`？a）`) is a quiz option unless the page is a mirror that
  // annotated its text or shows the marks more than once.
  const garbledPage = !!ctx.annotationReadings?.size || (corpus.match(LOST_CHAR) ?? []).filter((m) => !/[A-Z]/.test(m)).length >= 2;
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
    if (ctx.readings) text = repairLostCharacters(ctx, ctx.readings, text, corpus, garbledPage);
    text = text.replace(MOJIBAKE, (m: string, offset: number, whole: string) => {
      // An article about mojibake quotes it: “锟斤拷”.
      if (/[“‘「『"']$/.test(whole.slice(0, offset)) && /^[”’」』"']/.test(whole.slice(offset + m.length))) return m;
      record(ctx, { ...STEP, reason: 'mojibake run' }, m);
      return MISSING;
    });
    if (PUA.test(text) && HAN.test(text)) {
      text = text.replace(PUA_RUN, (m) => {
        record(ctx, { ...STEP, reason: 'private-use characters inside text' }, m);
        return MISSING;
      });
    }
    text = text.replace(MISSING_RUN, MISSING);
    if (text !== node.data) node.data = text;
  }
}

function repairLostCharacters(ctx: CleanContext, readings: Readings, text: string, corpus: string, garbledPage: boolean): string {
  let out = '';
  let from = 0;
  LOST_CHAR.lastIndex = 0;
  for (let m = LOST_CHAR.exec(text); m; m = LOST_CHAR.exec(text)) {
    // The character before, as already repaired (a previous lost character may end here).
    const prev = [...(out + text.slice(from, m.index))].pop() ?? '';
    const reading = /^[a-z]$/.test(m[1]!) && !garbledPage ? null : lostReading(m[1]!, readings);
    // Not after a Latin letter: `what?ok)` in English is no lost character.
    if (/[A-Za-z]/.test(prev) || !reading) continue;
    const restStart = m.index + m[0].length;
    const runLength = garbageRunLength(text.slice(restStart), readings);
    const run = text.slice(restStart, restStart + runLength);
    // Two lost in a row (醫療 → ?yī)?liáo)): they can only be restored together, as one word.
    LOST_CHAR.lastIndex = restStart;
    const second = runLength ? null : LOST_CHAR.exec(text);
    if (second && second.index === restStart) {
      const reading2 = lostReading(second[1]!, readings);
      const pair = reading2 ? restoreLostPair(ctx, readings, [reading, reading2]) : null;
      if (pair) {
        record(ctx, { ...STEP, reason: `lost characters restored as ${pair} (readings ${reading} ${reading2}, a dictionary word)` }, m[0] + second[0]);
        out += text.slice(from, m.index) + pair;
        from = second.index + second[0].length;
        LOST_CHAR.lastIndex = from;
        continue;
      }
    }
    const next = runLength ? '' : ([...text.slice(restStart)][0] ?? '');
    // Rare characters after the mark, or another mark that made no word with it, mean the
    // bytes around it were destroyed: the mark may itself be debris (因?yàn)?zāi) for 因灾).
    // A `锟斤拷` or Private-Use run only stands in for what followed.
    const intact = (!run || /^[锟斤拷烫屯\ue000-\uf8ff]+$/.test(run)) && next !== '?' && next !== '？';
    const restored = restoreLostCharacter(ctx, readings, reading, prev, next, corpus, intact);
    const lost = restored?.char ?? null;
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

/**
 * The reading of a `?py)` mark, or null when it cannot be a lost character's: mirrors
 * write lower-case pinyin (a quiz's `？A）` is an option label), and the syllable must exist.
 */
function lostReading(written: string, readings: Readings): string | null {
  if (/[A-Z]/.test(written)) return null;
  const reading = normaliseSyllable(written);
  return reading && readings.charsWithReading(reading) ? reading : null;
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
 * The lost character, when it is certain. On an annotated mirror the lost character was
 * one of the page's annotated characters (the `(py)` it carried survived): the annotated
 * character with that reading that forms a word found elsewhere on the page, or, when the
 * text around the mark is intact, the only one there is or the only one forming a
 * dictionary word. Otherwise, among all characters with the reading, exactly one forms a word with a
 * neighbour: a word found elsewhere on the page, else a dictionary word. Candidates in
 * the other script than the page's are left out (产 and 產 are the same character here).
 */
function restoreLostCharacter(
  ctx: CleanContext,
  readings: Readings,
  reading: string,
  prev: string,
  next: string,
  corpus: string,
  intact: boolean,
): { char: string; evidence: string } | null {
  const usable = (c: string) => readings.readingsOf(c).includes(reading) && fitsScript(c, ctx);
  const pairs = (c: string) => [prev && HAN.test(prev) ? prev + c : '', next && HAN.test(next) ? c + next : ''].filter(Boolean);
  const lexicon = ctx.lexicon;

  const annotated = [...(ctx.annotationReadings?.get(reading) ?? [])].filter(usable);
  if (annotated.length) {
    const attested = annotated.filter((c) => pairs(c).some((w) => corpus.includes(w)));
    if (attested.length === 1) return { char: attested[0]!, evidence: 'an annotated character of the page forming a word found on the page' };
    if (attested.length || !intact) return null;
    if (annotated.length === 1) return { char: annotated[0]!, evidence: 'the only character the page annotates with this reading' };
    const words = lexicon ? annotated.filter((c) => pairs(c).some((w) => lexicon.has(w))) : [];
    return words.length === 1 ? { char: words[0]!, evidence: 'the one annotated character forming a dictionary word' } : null;
  }

  const pageChars = [...new Set(readings.charsWithReading(reading))].filter((c) => corpus.includes(c) && usable(c));
  const onPage = pageChars.filter((c) => pairs(c).some((w) => corpus.includes(w)));
  if (onPage.length === 1) return { char: onPage[0]!, evidence: 'the word occurs elsewhere on the page' };
  if (onPage.length > 1 || !lexicon) return null;
  const all = [...new Set(readings.charsWithReading(reading))].filter(usable);
  const both = all.filter((c) => pairs(c).length === 2 && pairs(c).every((w) => lexicon.has(w)));
  const either = all.filter((c) => pairs(c).some((w) => lexicon.has(w)));
  const pick = both.length === 1 ? both : either.length === 1 ? either : [];
  return pick.length ? { char: pick[0]!, evidence: 'a dictionary word' } : null;
}

/**
 * Two lost characters in a row: the one dictionary word whose characters have these
 * readings (among the page's annotated characters first, when it has them).
 */
function restoreLostPair(ctx: CleanContext, readings: Readings, [r1, r2]: [string, string]): string | null {
  const lexicon = ctx.lexicon;
  if (!lexicon) return null;
  const pool = (r: string) => {
    const annotated = [...(ctx.annotationReadings?.get(r) ?? [])];
    const chars = annotated.length ? annotated : [...new Set(readings.charsWithReading(r))];
    return chars.filter((c) => readings.readingsOf(c).includes(r) && fitsScript(c, ctx));
  };
  const firsts = pool(r1);
  const seconds = pool(r2);
  const words: string[] = [];
  for (const a of firsts) for (const b of seconds) if (lexicon.has(a + b)) words.push(a + b);
  return words.length === 1 ? words[0]! : null;
}

/** Leave out candidates of the other script than the page is written in. */
function fitsScript(c: string, ctx: CleanContext): boolean {
  const script = (ctx.pageScript ??= detectScript(ctx.doc.body?.textContent ?? '') ?? 'hans');
  return script === 'hant' ? !isSimplifiedOnly(c) : !isTraditionalOnly(c);
}
