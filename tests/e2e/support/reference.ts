import fs from 'node:fs';
import path from 'node:path';
import { cleanPage } from '../../../src/cli/clean-page';
import type { Article, TargetScript } from '../../../src/shared/types';
import type { FixtureServer } from './server';
import { ROOT } from './build';

/**
 * What the command-line pipeline (jsdom) makes of a fixture served at `url`: the extension
 * must agree. `script`: the one the panel shows (a new reader's follows the UI language).
 */
export async function referenceArticle(server: FixtureServer, id: string, url: string, script: TargetScript = 'original'): Promise<Article> {
  const fixture = server.fixtures.find((f) => f.id === id);
  if (!fixture) throw new Error(`no fixture ${id}`);
  return (await cleanPage(fixture.html, { url, script, original: false, force: false })).article;
}

export type Strings = (key: string, ...subs: string[]) => string;

/** The messages.json the browser uses for a UI language ("zh-CN", "en-US" …). */
export function stringsFor(uiLanguage: string): Strings {
  const lang = uiLanguage.toLowerCase();
  return uiStrings(lang.startsWith('zh-tw') || lang.startsWith('zh-hk') || lang.startsWith('zh-hant') ? 'zh_TW' : lang.startsWith('zh') ? 'zh_CN' : 'en');
}

/** UI strings of one locale, placeholders filled with `$1`, as the panel shows them. */
export function uiStrings(locale: 'en' | 'zh_CN' | 'zh_TW'): Strings {
  const file = path.join(ROOT, 'public/_locales', locale, 'messages.json');
  const messages = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  return (key, ...subs) => {
    const m = messages[key];
    if (!m) throw new Error(`no message ${key}`);
    return m.message.replace(/\$VALUE\$/g, subs[0] ?? '');
  };
}

/** "當(dāng)": a reading glued after a character, what the pinyin step removes. */
export const PINYIN_GLOSS = /\p{Script=Han}\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)/u;

/**
 * Text compared between the browser and jsdom runs: width variants (：/:, ，/,) and runs
 * of spaces folded, so the check is about the same words, not the same punctuation bytes.
 */
export function fold(text: string | null | undefined): string {
  return (text ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim();
}
