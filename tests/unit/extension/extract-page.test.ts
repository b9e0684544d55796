import { describe, expect, it, vi } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readFileSync } from 'node:fs';
import { cachedTables, extractPage } from '../../../src/extension/extract-page';

const readingsText = readFileSync(new URL('../../../public/data/readings.txt', import.meta.url), 'utf8');

const PAGE = `<!doctype html><html><head><title>t</title></head><body><h1>春茶开采</h1><div class="content">
<p>云岭县今年春茶长势良好，茶农们正在抢抓晴好天气采摘，各个合作社的加工车间也忙碌起来。</p>
<p>今年全县春茶预计产量可达一千八百吨，?chǎn)值有望突破六亿元，茶农增收有了保障。</p>
<p>县农业农村局表示，将继续推广良种和标准化种植，帮助合作社打造区域公用品牌。</p></div></body></html>`;

function live(html: string) {
  const dom = new JSDOM(html, { url: 'https://news.example.com/a/1.html', virtualConsole: new VirtualConsole() });
  return { doc: dom.window.document, win: dom.window as unknown as Window };
}

describe('content script extraction', () => {
  it('asks the background for the dictionary only on a page with lost characters, and uses it', async () => {
    const { doc, win } = live(PAGE);
    const fetchLexicon = vi.fn().mockResolvedValue({ readings: readingsText, lexicon: '产值產值' });
    const result = await extractPage(doc, win, { clean: true, force: false }, cachedTables(fetchLexicon));
    expect(fetchLexicon).toHaveBeenCalledTimes(1);
    expect(fetchLexicon).toHaveBeenCalledWith({ readings: true, lexicon: true });
    expect(result.status === 'done' && result.article.text).toContain('，产值有望突破六亿元');
    expect(doc.body.textContent).toContain('?chǎn)值'); // the live page is untouched

    const plain = live(PAGE.replace('?chǎn)值', '产值'));
    const noFetch = vi.fn();
    await extractPage(plain.doc, plain.win, { clean: true, force: false }, cachedTables(noFetch));
    expect(noFetch).not.toHaveBeenCalled();
  });

  it('parses the tables once for the later reads of an instance', async () => {
    const { doc, win } = live(PAGE);
    const fetchData = vi.fn().mockResolvedValue({ readings: readingsText, lexicon: '产值產值' });
    const tables = cachedTables(fetchData);
    const first = await extractPage(doc, win, { clean: true, force: false }, tables);
    const again = await extractPage(doc, win, { clean: true, force: false }, tables);
    expect(fetchData).toHaveBeenCalledTimes(1);
    const withoutTimings = (r: typeof first) => (r.status === 'done' ? { ...r.article, timings: {} } : r);
    expect(withoutTimings(again)).toEqual(withoutTimings(first));
  });

  it('still extracts when the dictionary cannot be had', async () => {
    const { doc, win } = live(PAGE);
    const noDictionary = await extractPage(doc, win, { clean: true, force: false }, cachedTables(() => Promise.resolve({ readings: readingsText, lexicon: null })));
    expect(noDictionary.status === 'done' && noDictionary.article.text).toContain('，〓值有望突破');
    const noBackground = await extractPage(doc, win, { clean: true, force: false }, cachedTables(() => Promise.reject(new Error('no background'))));
    expect(noBackground.status).toBe('done');
  });
});
