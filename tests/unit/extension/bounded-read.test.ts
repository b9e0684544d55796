import { describe, expect, it } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { cloneBeginning, READ_BUDGET, slicedYield } from '../../../src/extension/bounded-read';
import { extractPage, type LoadTables } from '../../../src/extension/extract-page';
import { fromWire, toWire } from '../../../src/messaging/wire-article';
import { decodePage } from '../../../src/cli/decode';
import { loadFixtures } from '../../helpers/fixtures';

const SENTENCE = '城市公园改造工程今年春天正式启动，市民可以在家门口享受更多绿地，周末带孩子来玩的家庭明显增多。';

/** A long article: `n` paragraphs of four sentences inside a few wrappers, a footer after them. */
function bigPage(n: number): string {
  const ps = Array.from({ length: n }, (_, i) => `<p>第${i + 1}段：<b>${SENTENCE}</b>${SENTENCE.repeat(3)}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>城市公园改造工程启动</title><style>.x{color:red}</style></head><body><div class="page"><div class="article"><h1>城市公园改造工程启动</h1><p class="info">2024-05-12 来源：城市晚报</p>${ps}</div><div class="footer">版权所有</div></div></body></html>`;
}

function live(html: string) {
  const dom = new JSDOM(html, { url: 'https://news.example.com/a/1.html', virtualConsole: new VirtualConsole() });
  return { doc: dom.window.document, win: dom.window as unknown as Window };
}

const noTables: LoadTables = () => Promise.resolve({});
const noPause = () => Promise.resolve();

describe('bounded reads of very large pages', () => {
  it('copies the head and the body up to the budget, in document order, with the cut’s ancestors', () => {
    const { doc } = live(bigPage(400));
    const before = doc.documentElement.outerHTML.length;
    const total = doc.body.textContent!;
    const cut = cloneBeginning(doc, 5_000)!;
    expect(cut).not.toBeNull();
    const kept = cut.clone.body.textContent!;
    expect(kept.length).toBe(cut.keptChars);
    expect(cut.keptChars).toBeGreaterThanOrEqual(5_000);
    expect(cut.keptChars).toBeLessThan(5_000 + SENTENCE.length * 4);
    expect(total.startsWith(kept)).toBe(true);
    // The live page's first elements, nothing else (the computed-style oracle maps by index).
    const tags = (d: Document) => Array.from(d.body.getElementsByTagName('*'), (el) => `${el.tagName}.${el.className}`);
    const cloneTags = tags(cut.clone);
    expect(cloneTags).toEqual(tags(doc).slice(0, cloneTags.length));
    expect(cut.clone.querySelector('.article')?.parentElement?.className).toBe('page');
    expect(cut.clone.querySelector('.footer')).toBeNull();
    expect(cut.clone.title).toBe('城市公园改造工程启动');
    expect(cut.clone.querySelector('head style')).not.toBeNull();
    expect(cut.clone.documentElement.lang).toBe('zh-CN');
    expect(cut.clone.URL).toBe(doc.URL);
    expect(doc.documentElement.outerHTML.length).toBe(before); // the live page is untouched
  });

  it('copies nothing when the budget holds the whole body', () => {
    const { doc } = live(bigPage(20));
    expect(cloneBeginning(doc, doc.body.textContent!.length)).toBeNull();
    expect(cloneBeginning(doc, 1_000_000)).toBeNull();
  });

  it('reads a page past the threshold up to the budget, says so, and reads it all when asked', async () => {
    const { doc, win } = live(bigPage(300));
    const totalChars = doc.body.textContent!.length;
    const budget = { thresholdChars: 20_000, keepChars: 8_000 };
    const bounded = await extractPage(doc, win, { clean: true, force: false }, noTables, noPause, budget);
    if (bounded.status !== 'done') throw new Error(bounded.status);
    expect(bounded.article.truncated).toEqual({ keptChars: expect.any(Number), totalChars });
    expect(bounded.article.truncated!.keptChars).toBeGreaterThanOrEqual(8_000);
    expect(bounded.article.truncated!.keptChars).toBeLessThan(9_000);
    const paragraphs = bounded.article.blocks.map((b) => b.text).filter((t) => t.startsWith('第'));
    expect(paragraphs[0]).toMatch(/^第1段/);
    expect(paragraphs.length).toBeGreaterThan(20);
    expect(paragraphs.length).toBeLessThan(300);
    paragraphs.forEach((p, i) => expect(p.startsWith(`第${i + 1}段：`)).toBe(true));

    const full = await extractPage(doc, win, { clean: true, force: false, full: true }, noTables, noPause, budget);
    if (full.status !== 'done') throw new Error(full.status);
    expect(full.article.truncated).toBeUndefined();
    expect(full.article.text.startsWith(bounded.article.text.slice(0, bounded.article.text.lastIndexOf('\n')))).toBe(true);
    expect(full.article.text).toContain('第300段：');

    // The flag crosses the message boundary.
    expect(fromWire(toWire(bounded.article)).truncated).toEqual(bounded.article.truncated);
  });

  it('leaves pages under the threshold alone: every fixture page is read in full', async () => {
    const longest = Math.max(...loadFixtures().map((f) => live(decodePage(f.html).text).doc.body?.textContent?.length ?? 0));
    expect(longest).toBeLessThan(READ_BUDGET.thresholdChars / 4);
    const { doc, win } = live(bigPage(300));
    const result = await extractPage(doc, win, { clean: true, force: false }, noTables, noPause);
    expect(result.status === 'done' && result.article.truncated).toBe(undefined);
  });
});

describe('slicedYield', () => {
  it('waits for a timer only once a slice of work has passed', async () => {
    let clock = 0;
    const pause = slicedYield(40, () => clock);
    let timers = 0;
    const realSetTimeout = globalThis.setTimeout;
    globalThis.setTimeout = ((fn: () => void) => {
      timers++;
      return realSetTimeout(fn, 0);
    }) as typeof setTimeout;
    try {
      clock = 10;
      await pause();
      clock = 39;
      await pause();
      expect(timers).toBe(0); // an ordinary page: no timer at all
      clock = 45;
      await pause();
      expect(timers).toBe(1);
      clock = 60;
      await pause();
      expect(timers).toBe(1); // a new slice started at 45
      clock = 90;
      await pause();
      expect(timers).toBe(2);
    } finally {
      globalThis.setTimeout = realSetTimeout;
    }
  });
});
