// @vitest-environment jsdom
import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it, vi } from 'vitest';
import { convertTextNodes, convertTexts } from '../../../src/convert/convert-article';
import { loadConverter, noConversion, stagesFor } from '../../../src/convert/opencc-converters';
import { ScriptController } from '../../../src/reader/script-controller';
import { ScriptedText } from '../../../src/reader/scripted-text';
import type { Article } from '../../../src/shared/types';

/**
 * The script toggle's conversion path: converters built from shared stages, many text
 * nodes converted in one call, the view converted from the original every time.
 */

const SEED = path.resolve(__dirname, '../../fixtures/seed-interview/page.html');
const seedText = () => fs.readFileSync(SEED, 'utf8').replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, '\n');

describe('converters from shared stages', () => {
  it('should plan the stages for each pair', () => {
    expect(stagesFor('hans', 'tw', 'tw')).toEqual(['from-cn', 'to-twp']);
    expect(stagesFor('hans', 'tw', 'hk')).toEqual(['from-cn', 'to-hk']);
    expect(stagesFor('hans', 'tw', 'hant')).toEqual(['from-cn']);
    expect(stagesFor('hant', 'tw', 'hans')).toEqual(['from-tw', 'to-cn']);
    expect(stagesFor('hant', 'hk', 'hans')).toEqual(['from-hk', 'to-cn']);
    expect(stagesFor('hant', 'hk', 'tw')).toEqual(['from-hk', 'to-cn', 'from-cn', 'to-twp']);
    for (const [from, variant, to] of [['hans', 'tw', 'hans'], ['hans', 'tw', 'original'], ['hant', 'tw', 'tw'], ['hant', 'hk', 'hk'], ['hant', 'tw', 'hant']] as const) {
      expect(stagesFor(from, variant, to)).toEqual([]);
    }
  });

  it('should convert exactly as opencc-js does with the same dictionaries', async () => {
    const text = seedText();
    expect((await loadConverter('hans', 'tw', 'tw'))(text)).toBe(OpenCC.Converter({ from: 'cn', to: 'twp' })(text));
    expect((await loadConverter('hans', 'tw', 'hk'))(text)).toBe(OpenCC.Converter({ from: 'cn', to: 'hk' })(text));
    const traditional = OpenCC.Converter({ from: 'cn', to: 'twp' })(text);
    // The project's fixes (原著, 土著 …) are the only difference from opencc-js going back.
    const back = (await loadConverter('hant', 'tw', 'hans'))(traditional);
    expect(back).toBe(OpenCC.Converter({ from: 'tw', to: 'cn' })(traditional));
  });

  it('should give the same-script pairs no converter at all', async () => {
    expect(await loadConverter('hans', 'tw', 'hans')).toBe(noConversion);
    expect(await loadConverter('hant', 'hk', 'hk')).toBe(noConversion);
  });
});

describe('many texts in one conversion', () => {
  it('should convert each text exactly as alone, phrases never matching across texts', async () => {
    const toTw = await loadConverter('hans', 'tw', 'tw');
    // 头发 is one word (頭髮); split across two texts it is 头 + 发 (頭 + 發).
    const texts = ['头', '发', '头发', '', '软件和信息', 'abc', '联系我们'];
    expect(convertTexts(texts, toTw)).toEqual(texts.map(toTw));
    expect(convertTexts(['头发'], toTw)).toEqual(['頭髮']);
  });

  it('should fall back to one by one for text holding the separator', async () => {
    const toTw = await loadConverter('hans', 'tw', 'tw');
    expect(convertTexts(['头\u0000发', '软件'], toTw)).toEqual(['頭\u0000發', '軟體']);
  });

  it('should convert text nodes but not attributes or URLs', async () => {
    const toTw = await loadConverter('hans', 'tw', 'tw');
    const div = document.createElement('div');
    const a = document.createElement('a');
    a.href = 'https://example.com/软件';
    a.title = '软件';
    a.textContent = '软件';
    div.append('发展', a, '信息');
    convertTextNodes(div, toTw);
    expect(div.textContent).toBe('發展軟體資訊');
    expect(a.getAttribute('title')).toBe('软件');
    expect(a.getAttribute('href')).toBe('https://example.com/软件');
  });
});

describe('the view in the chosen script', () => {
  function view(): HTMLElement {
    const article = document.createElement('article');
    const h1 = document.createElement('h1');
    h1.textContent = '乡村振兴添活力';
    const p = document.createElement('p');
    p.append('主持人：', Object.assign(document.createElement('img'), { alt: '头发' }), '本报记者刘静静，承担着的职责。English stays.');
    article.append(h1, p);
    return article;
  }

  it('should convert from the original every time, so 简 → 繁 → 简 is the original exactly', async () => {
    const el = view();
    const before = el.textContent;
    const texts = new ScriptedText();
    texts.add(el);
    texts.addLangRoot(el, 'zh-Hans');
    texts.apply(await loadConverter('hans', 'tw', 'tw'), 'zh-Hant-TW');
    expect(el.textContent).toBe('鄉村振興添活力主持人：本報記者劉靜靜，承擔著的職責。English stays.');
    expect(el.getAttribute('lang')).toBe('zh-Hant-TW');
    expect(el.querySelector('img')!.alt).toBe('头发');
    texts.apply(await loadConverter('hans', 'tw', 'hk'), 'zh-Hant-HK');
    texts.apply(noConversion, null);
    expect(el.textContent).toBe(before);
    expect(el.getAttribute('lang')).toBe('zh-Hans');
  });

  it('should convert text added later (removed entries built on demand) to the current script', async () => {
    const texts = new ScriptedText();
    texts.apply(await loadConverter('hans', 'tw', 'tw'), 'zh-Hant-TW');
    const entry = document.createElement('li');
    entry.textContent = '垃圾广告';
    texts.add(entry);
    expect(entry.textContent).toBe('垃圾廣告');
    texts.apply(noConversion, null);
    expect(entry.textContent).toBe('垃圾广告');
  });
});

describe('the toggle controller', () => {
  const article = (over: Partial<Article> = {}): Article => ({
    isArticle: true,
    url: 'https://news.example.cn/a.html',
    title: '乡村振兴添活力',
    published: '2024-03-08',
    source: '中国社会报',
    byline: null,
    lang: 'zh-Hans',
    originalScript: 'hans',
    html: '<p>民政部门承担着职责。</p>',
    text: '民政部门承担着职责。',
    blocks: [{ kind: 'paragraph', text: '民政部门承担着职责。', html: '民政部门承担着职责。' }],
    interview: null,
    removed: [{ step: 'spam', category: 'spam', reason: 'r', text: '点击下载软件' }],
    timings: {},
    ...over,
  });

  function setup(initial: 'original' | 'hans' | 'tw' | 'hk' = 'hans') {
    const applied: string[] = [];
    const idle: (() => void)[] = [];
    const controller = new ScriptController(initial, window, { onBusy: () => undefined, onApplied: (t) => applied.push(t), onError: (e) => { throw e; } }, (task) => idle.push(task));
    const el = document.createElement('div');
    el.textContent = '乡村振兴添活力';
    const texts = new ScriptedText();
    texts.add(el);
    texts.addLangRoot(el, 'zh-Hans');
    return { controller, applied, idle, el, texts };
  }

  it('should show, toggle and export in the chosen script, keeping the original', async () => {
    const { controller, applied, el, texts } = setup('hans');
    const original = article();
    controller.show(original, texts);
    await controller.pick('tw');
    expect(el.textContent).toBe('鄉村振興添活力');
    expect(controller.lang()).toBe('zh-Hant-TW');
    const exported = controller.exportArticle()!;
    expect([exported.title, exported.source, exported.text, exported.removed[0]!.text]).toEqual(['鄉村振興添活力', '中國社會報', '民政部門承擔著職責。', '點選下載軟體']);
    expect(exported.html).toContain('民政部門承擔著職責。');
    expect(original.title).toBe('乡村振兴添活力');
    await controller.pick('hans');
    expect(el.textContent).toBe('乡村振兴添活力');
    expect(controller.exportArticle()).toBe(original);
    expect(applied).toEqual(['hans', 'tw', 'hans']);
  });

  it('should apply the last pick when picks overlap', async () => {
    const { controller, el, texts } = setup('original');
    controller.show(article(), texts);
    const first = controller.pick('hk');
    const second = controller.pick('original');
    await Promise.all([first, second]);
    expect(el.textContent).toBe('乡村振兴添活力');
    expect(controller.target).toBe('original');
  });

  it('should build the converters for the other scripts in idle time after an article is shown', async () => {
    const { controller, idle, texts } = setup('hans');
    controller.show(article(), texts);
    expect(idle).toHaveLength(1);
    let ran = 0;
    while (idle.length) {
      idle.shift()!();
      ran++;
      await new Promise((resolve) => setTimeout(resolve, 0));
      await loadConverter('hans', 'tw', 'hk');
    }
    expect(ran).toBe(2); // 台灣 and 香港 (简体 is the page's own)
    // Another Simplified article does not warm up again.
    controller.show(article(), texts);
    expect(idle).toHaveLength(0);
  });

  it('should leave pages without Chinese as they are', async () => {
    const { controller, el, texts } = setup('tw');
    el.textContent = 'An English page';
    controller.show(article({ originalScript: null, lang: 'en', title: 'An English page' }), texts);
    await controller.pick('hk');
    expect(el.textContent).toBe('An English page');
    expect(controller.exportArticle()!.title).toBe('An English page');
  });
});

describe('converters built in slices (the panel)', () => {
  it('should pause between slices and still convert exactly as opencc-js', async () => {
    vi.resetModules();
    const fresh = await import('../../../src/convert/opencc-converters');
    let pauses = 0;
    const pause = () => {
      pauses++;
      return new Promise<void>((resolve) => setImmediate(resolve));
    };
    const text = seedText();
    const toTw = await fresh.loadConverter('hans', 'tw', 'tw', { pause });
    expect(pauses).toBeGreaterThan(10); // STPhrases alone is tens of thousands of entries
    expect(toTw(text)).toBe(OpenCC.Converter({ from: 'cn', to: 'twp' })(text));
    const back = await fresh.loadConverter('hant', 'tw', 'hans', { pause });
    const traditional = toTw(text);
    expect(back(traditional)).toBe(OpenCC.Converter({ from: 'tw', to: 'cn' })(traditional));
    // The project's fixes are loaded in slices too: 原著 stays 原著 where OpenCC alone says 原着.
    const unsliced = await loadConverter('hant', 'tw', 'hans');
    expect(back('閱讀原著，承擔著職責')).toBe('阅读原著，承担着职责');
    expect(back('閱讀原著，承擔著職責')).toBe(unsliced('閱讀原著，承擔著職責'));
  });
});
