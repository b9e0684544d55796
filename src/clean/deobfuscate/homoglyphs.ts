import { record, type CleanContext } from '../context';
import { readableTextNodes } from './text-nodes';

/**
 * Kangxi radicals (⼈ U+2F08), CJK radical supplements and compatibility ideographs look
 * like ordinary characters but break search, copy and conversion. Kangxi radicals and
 * compatibility ideographs map to the ordinary ideograph by their NFKC decomposition;
 * applying NFKC to whole texts instead would also fold full-width punctuation, which
 * Chinese text must keep. The radical supplement (⻔ ⻓ ⻢, U+2E80–U+2EFF) has no such
 * decomposition: its forms that stand for a whole character are listed here.
 */
const SUPPLEMENT =
  '⺁厂⺊卜⺌小⺍小⺒巳⺓幺⺜日⺝月⺠民⺩王⺪疋⺬示⺮竹⺶羊⺷羊⺻聿⺼月⺽臼⻁虎⻄西⻅见⻆角⻉贝⻊足⻋车⻑長⻓长⻔门⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻟食⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀';
const SUPPLEMENT_MAP = new Map<string, string>();
for (let i = 0; i + 1 < SUPPLEMENT.length; i += 2) SUPPLEMENT_MAP.set(SUPPLEMENT[i]!, SUPPLEMENT[i + 1]!);
const LOOKALIKE = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]|\ud87e[\udc00-\ude1f]/g;
const HAN = /^\p{Script=Han}$/u;

const STEP = { step: 'homoglyph', category: 'obfuscation' as const, reason: 'look-alike radical or compatibility character' };

export function normaliseLookalike(ch: string): string {
  const listed = SUPPLEMENT_MAP.get(ch);
  if (listed) return listed;
  const n = ch.normalize('NFKC');
  return n !== ch && HAN.test(n) ? n : ch;
}

export function replaceHomoglyphs(ctx: CleanContext): void {
  for (const node of readableTextNodes(ctx.doc)) {
    if (!LOOKALIKE.test(node.data)) continue;
    LOOKALIKE.lastIndex = 0;
    const changed: string[] = [];
    node.data = node.data.replace(LOOKALIKE, (ch) => {
      const n = normaliseLookalike(ch);
      if (n !== ch) changed.push(`${ch}→${n}`);
      return n;
    });
    if (changed.length) record(ctx, STEP, changed.join(' '));
  }
}
