// @vitest-environment jsdom
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../../src/cli/decode';
import { leadingText, looksLikeBinaryPage, looksLikeBinaryText } from '../../../src/extension/binary-page';
import { randomBytes } from '../../helpers/random-bytes';


const FIXTURES = path.resolve(__dirname, '../../fixtures');

describe('binary data served as HTML', () => {
  it('is recognised in the single-byte decodings browsers pick for it', () => {
    for (const [bytes, label] of [
      [randomBytes(20_000, 7), 'random'],
      [Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...randomBytes(20_000, 8)]), 'PNG'],
      [Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, ...randomBytes(20_000, 9)]), 'gzip'],
    ] as const) {
      for (const encoding of ['windows-1252', 'iso-8859-2', 'utf-8']) {
        expect(looksLikeBinaryText(new TextDecoder(encoding).decode(bytes)), `${label} as ${encoding}`).toBe(true);
      }
    }
  });

  it('never flags a page of the fixture corpus, in any of its scripts and encodings', () => {
    const dirs = fs.readdirSync(FIXTURES).filter((d) => fs.existsSync(path.join(FIXTURES, d, 'page.html')));
    expect(dirs.length).toBeGreaterThan(40);
    const flagged = dirs.filter((d) => looksLikeBinaryText(decodePage(fs.readFileSync(path.join(FIXTURES, d, 'page.html'))).text));
    expect(flagged).toEqual([]);
  });

  it('reads only the start of the body text, across elements', () => {
    document.body.replaceChildren();
    for (let i = 0; i < 3000; i++) document.body.appendChild(document.createElement('p')).append(`第${i}段。`);
    const text = leadingText(document, 100);
    expect(text).toHaveLength(100);
    expect(text.startsWith('第0段。第1段。')).toBe(true);
    expect(looksLikeBinaryPage(document)).toBe(false);
    document.body.append(new TextDecoder('windows-1252').decode(randomBytes(20_000, 3)));
    expect(looksLikeBinaryPage(document)).toBe(false); // the start is text
    document.body.replaceChildren(new TextDecoder('windows-1252').decode(randomBytes(20_000, 3)));
    expect(looksLikeBinaryPage(document)).toBe(true);
  });

  it('says nothing about very short texts', () => {
    expect(looksLikeBinaryText('\u0001\u0002\u0003')).toBe(false);
    expect(looksLikeBinaryText('')).toBe(false);
  });
});
