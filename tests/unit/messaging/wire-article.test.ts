import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromWire, readResultFromWire, toWire } from '../../../src/messaging/wire-article';
import { runPipeline } from '../../../src/pipeline/run-pipeline';
import type { Article } from '../../../src/shared/types';
import { page } from '../../helpers/dom';
import { readings } from '../../helpers/data';

const FIXTURES = new URL('../../fixtures/', import.meta.url);
const names = readdirSync(FIXTURES).filter((d) => existsSync(new URL(`${d}/page.html`, FIXTURES))).sort();

/** Through the wire as Chrome carries it (JSON) and back. */
const roundTrip = (article: Article) => fromWire(JSON.parse(JSON.stringify(toWire(article))));

describe('the Article on the wire', () => {
  it('comes back identical, key order included, for every fixture page', () => {
    for (const name of names) {
      const article = runPipeline(page(readFileSync(new URL(`${name}/page.html`, FIXTURES), 'utf8')), { readings });
      expect(JSON.stringify(roundTrip(article)), name).toBe(JSON.stringify(article));
    }
  });

  it('leaves out what the panel can rebuild', () => {
    const article = runPipeline(page(`<h1>标题</h1><article><p>第一段 &amp; <b>加粗</b>的文字，足够长的正文内容在这里继续写下去。</p><p>第二段 a &lt; b 的普通文字，正文继续写下去直到足够长。</p><img src="https://img.example.com/a.jpg" alt="图"></article>`), { force: true });
    const wire = toWire(article);
    expect(wire).not.toHaveProperty('html');
    expect(wire).not.toHaveProperty('text');
    expect(wire.blocks.filter((b) => b.html === 0).length).toBeGreaterThan(0);
    expect(roundTrip(article)).toEqual(article);
  });

  it('sends each string of the removal records once', () => {
    const article = runPipeline(page('<h1>标题</h1><article><p>正文</p></article>'), { force: true });
    const pinyin = { step: 'pinyin', category: 'pinyin', reason: 'pinyin annotation glued after the character' } as const;
    article.removed = [
      { ...pinyin, text: '和(hé)' },
      { ...pinyin, text: '发(fā)' },
      { ...pinyin, text: '和(hé)' },
      { step: 'spam', category: 'spam', reason: 'spam text', text: '代开发票' },
    ];
    const wire = toWire(article);
    expect(wire.removed.strings).toEqual(['pinyin', 'pinyin annotation glued after the character', '和(hé)', '发(fā)', 'spam', 'spam text', '代开发票']);
    expect(wire.removed.records).toEqual([0, 0, 1, 2, 0, 0, 1, 3, 0, 0, 1, 2, 4, 4, 5, 6]);
    expect(JSON.stringify(roundTrip(article))).toBe(JSON.stringify(article));
  });

  it('passes replies without an article through', () => {
    expect(readResultFromWire({ status: 'needs-permission' })).toEqual({ status: 'needs-permission' });
    expect(readResultFromWire({ status: 'unreadable', kind: 'pdf' })).toEqual({ status: 'unreadable', kind: 'pdf' });
  });
});
