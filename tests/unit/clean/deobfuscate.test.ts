import { describe, expect, it } from 'vitest';
import { removeInvisibleChars } from '../../../src/clean/deobfuscate/invisible-chars';
import { replaceHomoglyphs } from '../../../src/clean/deobfuscate/homoglyphs';
import { removePinyinAnnotations } from '../../../src/clean/deobfuscate/pinyin-annotations';
import { repairGarbledText, garbageRunLength } from '../../../src/clean/deobfuscate/garbled-runs';
import { context, page, bodyText, removedTexts } from '../../helpers/dom';
import { readings } from '../../helpers/data';
import { parseLexicon } from '../../../src/clean/deobfuscate/lexicon';
import { restoreFullWidthPunctuation } from '../../../src/clean/deobfuscate/halfwidth-punctuation';
import type { CleanContext } from '../../../src/clean/context';

function run(html: string, ...steps: ((ctx: CleanContext) => void)[]) {
  const doc = page(html);
  const ctx = context(doc);
  for (const s of steps) s(ctx);
  return { text: bodyText(doc), ctx };
}

/** A mirror paragraph: every 當 頁 報 時 來 國 會 說 annotated on every occurrence. */
const MIRROR =
  '<p>當(dāng)前位置：首頁(yè)。本報(bào)記者來(lái)自國(guó)內(nèi)，當(dāng)時(shí)他說(shuō)：“我們會(huì)在下個(gè)月來(lái)。”</p>' +
  '<p>報(bào)道稱，這時(shí)國(guó)家會(huì)議說(shuō)明了情況，當(dāng)地居民來(lái)信說(shuō)很滿意。</p>';

describe('zero-width characters', () => {
  it('removes U+200B, U+200C, U+FEFF and records where', () => {
    const { text, ctx } = run('<p>桐江\u200b市实验\u200c中学\ufeff校长</p>', removeInvisibleChars);
    expect(text).toBe('桐江市实验中学校长');
    expect(ctx.removals).toHaveLength(1);
    expect(ctx.removals[0]).toMatchObject({ step: 'zero-width', category: 'obfuscation' });
    expect(ctx.removals[0]!.text).toContain('U+200B×1');
  });
});

describe('homoglyphs', () => {
  it('maps Kangxi radicals and compatibility ideographs, keeps full-width punctuation', () => {
    const { text, ctx } = run('<p>⼤家⾛进⼝袋公园，⼈⼈称赞：“好！”（完）</p>', replaceHomoglyphs);
    expect(text).toBe('大家走进口袋公园，人人称赞：“好！”（完）');
    expect(removedTexts(ctx.removals, 'homoglyph')[0]).toContain('⼤→大');
  });

  it('maps radical-supplement forms that stand for whole characters (⻔ ⻓ ⻢)', () => {
    expect(run('<p>石⻔水库⻓效管理，⻢上行动</p>', replaceHomoglyphs).text).toBe('石门水库长效管理，马上行动');
  });
});

describe('pinyin annotations', () => {
  it('removes annotations on a densely annotated page, in every spelling', () => {
    const { text, ctx } = run(MIRROR + '<p>當（dāng）前、當(dang1)年、來(lai2)信，這是嗎(ma)？</p>', removePinyinAnnotations);
    expect(text).not.toMatch(/\((dāng|yè|bào|lái|shí|guó|huì|shuō)\)/);
    expect(text).not.toContain('（dāng）');
    expect(text).not.toContain('dang1');
    expect(text).not.toContain('lai2');
    expect(text).toContain('當前位置：首頁');
    expect(removedTexts(ctx.removals, 'pinyin')).toContain('當(dāng)');
    expect(ctx.removals.every((r) => r.category === 'pinyin')).toBe(true);
  });

  it('keeps a second gloss after an annotated character and multi-syllable glosses', () => {
    const { text } = run(MIRROR + '<p>“媽(mā)(mā)”和“你好(nǐ hǎo)”，還有“謝謝(xièxie)”。媽(mā)媽(mā)說(shuō)好。</p>', removePinyinAnnotations);
    expect(text).toContain('“媽(mā)”');
    expect(text).toContain('你好(nǐ hǎo)');
    expect(text).toContain('謝謝(xièxie)');
    expect(text).toContain('媽媽說好');
  });

  it('keeps a standalone gloss the article wrote (“河(hé)、湖(hú)”) and ordinary parentheses', () => {
    const { text } = run(MIRROR + '<p>比如“河(hé)、湖(hú)、海(hǎi)”都有三點水。空氣品質指標(AQI)良好，(記者王小明/台北報導)，去年(2023年)。</p>', removePinyinAnnotations);
    expect(text).toContain('“河(hé)、湖(hú)、海(hǎi)”');
    expect(text).toContain('(AQI)');
    expect(text).toContain('(記者王小明/台北報導)');
    expect(text).toContain('(2023年)');
  });

  it('removes nothing when the pattern is not dense (a language lesson)', () => {
    const html = '<p>第一课学“妈(mā)、麻(má)、马(mǎ)、骂(mà)”，四个声调。老师说“好(hǎo)”要读第三声。</p>';
    const { text, ctx } = run(html, removePinyinAnnotations);
    expect(text).toContain('妈(mā)、麻(má)、马(mǎ)、骂(mà)');
    expect(text).toContain('好(hǎo)');
    expect(ctx.removals).toHaveLength(0);
  });

  it('does not remove a syllable that is not a reading of the character', () => {
    const { text } = run(MIRROR + '<p>項目(xiàngmù)與汽車(car)展覽，車(mǎ)字不讀馬。</p>', removePinyinAnnotations);
    expect(text).toContain('(car)');
    expect(text).toContain('車(mǎ)');
  });
});

describe('garbled runs', () => {
  it('restores ?!?/p> at a paragraph end', () => {
    const { text, ctx } = run('<p>让脱贫成果更加稳固、成效更可持续?!?/p&gt;</p>', repairGarbledText);
    expect(text).toBe('让脱贫成果更加稳固、成效更可持续。”');
    expect(ctx.removals[0]).toMatchObject({ step: 'garble', category: 'garble' });
  });

  it('restores a lost character when the page proves which one', () => {
    const { text, ctx } = run(MIRROR + '<p>他認識五百多個?hàn)字，漢字很有趣，漢字寫得好。</p>', removePinyinAnnotations, repairGarbledText);
    expect(text).toContain('五百多個漢字');
    expect(ctx.removals.some((r) => r.step === 'garble' && r.reason.includes('漢'))).toBe(true);
  });

  it('marks an unknown lost character and the garbage after it with one 〓', () => {
    const { text } = run('<p>在菜市场?xué)\ue0f2\ue46d斤\ue2ac\ue46d䶮上还多，因?yàn)?zāi)、因事故。</p>', repairGarbledText);
    expect(text).toBe('在菜市场〓上还多，因〓、因事故。');
  });

  it('replaces Private-Use runs inside Chinese text and classic mojibake', () => {
    const { text } = run('<p>锟斤拷锟斤拷文字\ue001\ue002继续</p>', repairGarbledText);
    expect(text).toBe('〓文字〓继续');
  });

  it('leaves English question marks and parentheses alone', () => {
    const { text, ctx } = run('<p>Why?ok) fine. 真的吗? (AQI)</p>', repairGarbledText);
    expect(text).toBe('Why?ok) fine. 真的吗? (AQI)');
    expect(ctx.removals).toHaveLength(0);
  });

  it('measures a garbage run up to its last rare or private-use character', () => {
    expect(garbageRunLength('\ue0f2斤䶮上還多', readings)).toBe(3);
    expect(garbageRunLength('字，還能', readings)).toBe(0);
    expect(garbageRunLength('?zāi)、因', readings)).toBe(0);
  });
});

describe('annotation variants', () => {
  it('removes a reading the dictionary does not list when the page repeats it after that character', () => {
    // 車 carries qì, not one of its readings, on every occurrence: a mirror's own list.
    const html = MIRROR + '<p>公車(qì)站旁停著車(qì)，車(qì)主說(shuō)汽車(qì)很新。</p>';
    const { text } = run(html, removePinyinAnnotations);
    expect(text).toContain('公車站旁停著車，車主說汽車很新');
    // …but not when it happens once or twice.
    expect(run(MIRROR + '<p>公車(qì)站旁，車(qì)主。</p>', removePinyinAnnotations).text).toContain('公車(qì)站旁，車(qì)主');
  });

  it('handles combining tone marks (NFD text)', () => {
    const { text } = run(MIRROR + '<p>當(da\u0304ng)年的報(ba\u0300o)道。</p>', removePinyinAnnotations);
    expect(text).toContain('當年的報道');
  });

  it('restores a full-width lost character pattern and a plain garbled paragraph end', () => {
    const { text } = run(MIRROR + '<p>他認識五百多個？hàn）字，漢字很有趣，漢字寫得好?/p&gt;</p>', removePinyinAnnotations, repairGarbledText);
    expect(text).toContain('五百多個漢字');
    expect(text).toContain('漢字寫得好。');
  });
});

describe('lost characters and the dictionary', () => {
  const lexicon = parseLexicon('产值產值服务服務');
  const withLexicon = (ctx: CleanContext) => {
    ctx.lexicon = lexicon;
    repairGarbledText(ctx);
  };

  it('restores a character when its reading and a neighbour make one dictionary word', () => {
    const { text, ctx } = run('<p>今年春茶预计产量可达一千八百吨，?chǎn)值有望突破六亿元。</p><p>咨询请拨打服?wù)热线。</p>', withLexicon);
    expect(text).toContain('，产值有望突破');
    expect(ctx.removals[0]!.reason).toContain('a dictionary word');
  });

  it('picks the form of the page’s script', () => {
    const { text } = run('<p>今年春茶預計產量可達一千八百噸，?chǎn)值有望突破六億元，這是縣裡的說法。</p><p>請撥打服?wù)熱線。</p>', withLexicon);
    expect(text).toContain('，產值有望突破');
  });

  it('leaves 〓 without a dictionary or when no word fits', () => {
    expect(run('<p>今年产量可达一千八百吨，?chǎn)值有望突破六亿元，服?wù)热线。</p>', repairGarbledText).text).toContain('，〓值有望');
    expect(run('<p>他说?chǎn)天很好，?yì)天也好。</p>', withLexicon).text).toContain('他说〓天很好');
  });
});

describe('half-width punctuation', () => {
  it('restores Chinese punctuation inside Chinese text', () => {
    const { text, ctx } = run('<p>王雪韬:赤峰市不断健全机制,将14.5万名低收入人口纳入监测;你说呢?好!</p>', restoreFullWidthPunctuation);
    expect(text).toBe('王雪韬：赤峰市不断健全机制，将14.5万名低收入人口纳入监测；你说呢？好！');
    expect(ctx.removals[0]).toMatchObject({ step: 'punctuation', category: 'obfuscation' });
  });

  it('leaves English, numbers, times and labels alone', () => {
    const html = '<p>Q: Why? A: Because, well: yes! 比分3:1，时间10:30，网址 https://a.example/x?y=1, 见 www.a.cn;</p>';
    const { text, ctx } = run(html, restoreFullWidthPunctuation);
    expect(text).toBe('Q: Why? A: Because, well: yes! 比分3:1，时间10:30，网址 https://a.example/x?y=1, 见 www.a.cn;');
    expect(ctx.removals).toHaveLength(0);
  });
});

describe('lost characters: where and when', () => {
  const lexicon = parseLexicon('医疗經濟经济产值服务');
  const withLexicon = (ctx: CleanContext) => {
    ctx.lexicon = lexicon;
    repairGarbledText(ctx);
  };

  it('repairs after punctuation and digits, and two in a row as one word', () => {
    // On an annotated mirror: 這 and 個 are in its list; 醫療 are found as one word.
    const page = MIRROR + '<p>這(zhè)裡有三個(gè)村。去年收入一萬多元。?zhè)幾年翻了一番，全村12?gè)合作社，遠程?yī)?liáo)系統已經開通。</p>';
    const { text } = run(page, removePinyinAnnotations, (ctx) => {
      ctx.lexicon = parseLexicon('医疗醫療');
      repairGarbledText(ctx);
    });
    expect(text).toContain('一萬多元。這幾年');
    expect(text).toContain('12個合作社');
    expect(text).toContain('遠程醫療系統');
  });

  it('leaves quiz options alone, and repairs a single mark with a full reading', () => {
    const quiz = '<p>下列哪种做法更安全？A）把家庭住址告诉陌生人 B）不告诉陌生人</p>';
    expect(run(quiz, withLexicon).text).toContain('更安全？A）把家庭住址');
    const lower = '<p>哪种做法对？a）告诉陌生人 b）不告诉陌生人</p>';
    expect(run(lower, withLexicon).text).toContain('对？a）告诉陌生人');
    expect(run('<p>今年产量可达一千八百吨，?chǎn)值有望突破六亿元。</p>', withLexicon).text).toContain('，产值有望突破');
  });

  it('keeps mojibake an article quotes', () => {
    expect(run('<p>乱码“锟斤拷”和“烫烫烫”是怎么来的？</p>', repairGarbledText).text).toBe('乱码“锟斤拷”和“烫烫烫”是怎么来的？');
  });

  it('on an annotated mirror, restores the annotated character, not any dictionary word', () => {
    // 縣 is in the mirror's list (縣(xiàn) elsewhere); 限 would make 年限, a dictionary word.
    const mirror = MIRROR + '<p>全縣(xiàn)各鄉鎮，縣(xiàn)裡的醫院，2016年?xiàn)锟斤拷统一建设。</p>';
    const { text } = run(mirror, removePinyinAnnotations, (ctx) => {
      ctx.lexicon = parseLexicon('年限');
      repairGarbledText(ctx);
    });
    expect(text).toContain('2016年縣〓统一建设');
  });
});
