import fs from 'node:fs';
import path from 'node:path';
import type { Interview, TargetScript } from '../../src/shared/types';

export const FIXTURES_DIR = path.resolve(__dirname, '../fixtures');

export interface Expected {
  url: string;
  isArticle: boolean;
  title: string | null;
  published: string | null;
  source: string | null;
  lang?: string;
  originalScript?: string | null;
  kind?: string;
  applied?: string[];
  interview: Interview | null;
  captions?: string[];
  text?: string;
  mustContain?: string[];
  mustNotContain?: string[];
}

export interface Fixture {
  id: string;
  dir: string;
  html: Buffer;
  expected: Expected;
  /** The script the scorer asks for: hans for zh-Hans sources, hant for zh-Hant, original otherwise. */
  script: TargetScript;
}

const HAN = /\p{Script=Han}/u;

export function loadFixtures(): Fixture[] {
  return fs
    .readdirSync(FIXTURES_DIR)
    .filter((d) => fs.existsSync(path.join(FIXTURES_DIR, d, 'page.html')) && fs.existsSync(path.join(FIXTURES_DIR, d, 'expected.json')))
    .sort()
    .map((id) => {
      const dir = path.join(FIXTURES_DIR, id);
      const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
      return { id, dir, html: fs.readFileSync(path.join(dir, 'page.html')), expected, script: scriptFor(expected) };
    });
}

function scriptFor(e: Expected): TargetScript {
  if (e.lang === 'zh-Hans') return 'hans';
  if (e.lang === 'zh-Hant') return 'hant';
  if (e.lang === 'en') return 'original';
  const t = e.text ?? e.title ?? '';
  if (!HAN.test(t)) return 'original';
  return e.originalScript === 'hant' && !/[这们个来说时为]/.test(t) ? 'hant' : 'hans';
}
