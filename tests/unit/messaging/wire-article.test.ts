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

  it('passes replies without an article through', () => {
    expect(readResultFromWire({ status: 'needs-permission' })).toEqual({ status: 'needs-permission' });
    expect(readResultFromWire({ status: 'unreadable', kind: 'pdf' })).toEqual({ status: 'unreadable', kind: 'pdf' });
  });
});
