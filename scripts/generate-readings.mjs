#!/usr/bin/env node
// Generates public/data/readings.txt: the readings (pinyin with tone marks)
// of the characters a news page realistically uses (GB2312, Big5 level 1 and the
// Traditional forms OpenCC gives for GB2312), from pinyin-pro. The content script carries
// this table instead of pinyin-pro itself (~140 KB gzip), and only on pages that need it
// (the background hands it over). Run: npm run generate:data
// tests/unit/clean/readings.test.ts checks the table against pinyin-pro.
import fs from 'node:fs';
import { polyphonic } from 'pinyin-pro';
import * as OpenCC from 'opencc-js';

const han = /^\p{Script=Han}$/u;
const chars = new Set();
const gb = new TextDecoder('gbk');
for (let hi = 0xb0; hi <= 0xf7; hi++)
  for (let lo = 0xa1; lo <= 0xfe; lo++) {
    const c = gb.decode(new Uint8Array([hi, lo]));
    if (han.test(c)) chars.add(c);
  }
const big5 = new TextDecoder('big5');
for (let hi = 0xa4; hi <= 0xc6; hi++)
  for (let lo = 0x40; lo <= 0xfe; lo++) {
    if (lo > 0x7e && lo < 0xa1) continue;
    const c = big5.decode(new Uint8Array([hi, lo]));
    if (han.test(c)) chars.add(c);
  }
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
for (const c of [...chars]) for (const t of toTraditional(c)) if (han.test(t)) chars.add(t);

// pinyin-pro knows Traditional characters less well than their Simplified forms
// (處 only chǔ, 处 chù and chǔ): a character has the readings of both forms.
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const readingsOf = (c) => {
  const s = toSimplified(c);
  const own = polyphonic(c, { type: 'array' })[0] ?? [];
  const simplified = s !== c && [...s].length === 1 ? polyphonic(s, { type: 'array' })[0] ?? [] : [];
  return [...new Set([...own, ...simplified])];
};

const bySyllable = new Map();
for (const c of [...chars].sort()) {
  for (const reading of readingsOf(c)) {
    const r = reading.normalize('NFC');
    bySyllable.set(r, (bySyllable.get(r) ?? '') + c);
  }
}
const data = [...bySyllable].sort(([a], [b]) => (a < b ? -1 : 1)).map(([r, cs]) => r + cs).join('');
fs.mkdirSync(new URL('../public/data/', import.meta.url), { recursive: true });
fs.writeFileSync(new URL('../public/data/readings.txt', import.meta.url), data + '\n');
console.log(`public/data/readings.txt: ${chars.size} characters, ${bySyllable.size} readings, ${Buffer.byteLength(data)} bytes`);
