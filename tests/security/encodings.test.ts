/**
 * Saved pages in GBK, GB2312, Big5 and UTF-8 (with and without a BOM, declared or not, and
 * with a <meta charset> that lies) read correctly through the CLI. The bytes were written
 * once with Python's codecs (`str.encode('gbk')` …) and committed with their text in
 * tests/security/encodings/expected.json; nothing here encodes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../src/cli/decode';
import { runCli, STACK_TRACE } from './helpers/cli';

const DIR = path.resolve(__dirname, 'encodings');
interface Expected {
  encoding: string;
  title: string;
  paragraphs: string[];
}
const expected = JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected>;
const cases = Object.entries(expected);

describe('saved pages in Chinese encodings, through the CLI', () => {
  it('the fixture bytes really are in their encodings (not UTF-8 unless said so)', () => {
    for (const [file, e] of cases) {
      const bytes = fs.readFileSync(path.join(DIR, file));
      const validUtf8 = (() => {
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
          return true;
        } catch {
          return false;
        }
      })();
      expect({ file, validUtf8 }).toEqual({ file, validUtf8: e.encoding.startsWith('utf-8') });
      expect(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf).toBe(e.encoding.endsWith('with BOM'));
    }
  });

  it.each(cases.map(([file, e]) => [file, e.encoding, e] as const))('%s (%s)', (file, _encoding, e) => {
    const r = runCli([path.join(DIR, file), '--format', 'json']);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.status).toBe(0);
    const article = JSON.parse(r.stdout) as { title: string; text: string };
    expect(article.title).toBe(e.title);
    for (const p of e.paragraphs) expect(article.text).toContain(p);
    expect(article.text).not.toMatch(/\uFFFD/);
  }, 120_000);

  it.each(cases.map(([file, e]) => [file, e] as const))('decodePage reads %s without replacement characters', (file, e) => {
    const { text } = decodePage(fs.readFileSync(path.join(DIR, file)));
    expect(text).not.toMatch(/\uFFFD/);
    expect(text).toContain(e.paragraphs[0]!);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });
});
