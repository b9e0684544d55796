/**
 * Words OpenCC's Taiwan → Simplified chain gets wrong: its first stage turns Taiwan 著
 * into standard Traditional 着 wherever it reads zhe, also in 原著, 专著, 土著 (著 as
 * "work, writing" is 著 in Simplified too); 揹 is 背. These pairs (Taiwan / Hong Kong
 * form → the standard Traditional form OpenCC's second stage maps right) take
 * precedence in the first stage, so `原著` stays `原著` while `看著` becomes `看着`.
 * Only words with no other reading are listed (新著 is not: 重新著手).
 * tests/unit/convert/round-trip.test.ts checks Simplified → Traditional → Simplified
 * round trips on these and on common 着/著, 干/乾, 发/髮 words.
 */
export const REGIONAL_TO_STANDARD_FIXES: readonly (readonly [string, string])[] = [
  ['卓著', '卓著'],
  ['原著', '原著'],
  ['編著', '编著'],
  ['論著', '论著'],
  ['遺著', '遗著'],
  ['專著', '专著'],
  ['譯著', '译著'],
  ['拙著', '拙著'],
  ['土著', '土著'],
  ['巨著', '巨著'],
  ['揹', '背'],
];
