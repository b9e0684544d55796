/**
 * The guards that keep hostile structure from crashing or stalling the CLI: depth limiting
 * before jsdom, CSS nesting limits, the table pre-marking that keeps Readability linear,
 * and the sanitizer's linear fragment path. Each is checked for doing nothing to ordinary
 * pages (the fixtures) and for doing its job on the hostile ones.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { decodePage } from '../../src/cli/decode';
import { limitDepth, MAX_DEPTH, scanMarkup } from '../../src/cli/limit-depth';
import { cssNesting, limitCssNesting, MAX_CSS_NESTING } from '../../src/cli/limit-css-nesting';
import { premarkLargeTables } from '../../src/extract/premark-large-tables';
import { toBlocks } from '../../src/structure/blocks';
import { sanitizeHtml, sanitizeToFragment, serializeFragment } from '../../src/sanitize/sanitize-html';
import { loadAttacks } from './helpers/xss';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const fixturePages = fs
  .readdirSync(FIXTURES)
  .filter((d) => fs.existsSync(path.join(FIXTURES, d, 'page.html')))
  .map((d) => [d, decodePage(fs.readFileSync(path.join(FIXTURES, d, 'page.html'))).text] as const);

const parse = (html: string) => new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;

function maxDepth(doc: Document): number {
  let max = 0;
  const walker = doc.createTreeWalker(doc.documentElement, 1);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let d = 0;
    for (let p: Node | null = n; p && p !== doc; p = p.parentNode) d++;
    if (d > max) max = d;
  }
  return max;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');

describe('scanMarkup', () => {
  it('counts elements and does not flag ordinary pages as deep', () => {
    for (const [, html] of fixturePages) {
      const scan = scanMarkup(html);
      expect(scan.deep).toBe(false);
      expect(scan.elements).toBeGreaterThan(20);
    }
    expect(scanMarkup('<p>a</p><p>b<br><img src=x></p>').elements).toBe(4);
  });

  it('flags deep nesting, including tables and lists that nest through implied elements', () => {
    expect(scanMarkup('<div>'.repeat(MAX_DEPTH + 1)).deep).toBe(true);
    expect(scanMarkup('<table><tr><td>'.repeat(MAX_DEPTH / 4 + 1)).deep).toBe(true);
    expect(scanMarkup('<ul><li>'.repeat(MAX_DEPTH / 2 + 1)).deep).toBe(true);
    expect(scanMarkup('<div/>'.repeat(MAX_DEPTH + 1)).deep).toBe(true);
    expect(scanMarkup('<div></div>'.repeat(10 * MAX_DEPTH)).deep).toBe(false);
    expect(scanMarkup('<p>x'.repeat(10 * MAX_DEPTH)).deep).toBe(false);
  });

  it('reads script, style and comments as text, and ignores end tags for nothing open', () => {
    expect(scanMarkup(`<script>${'<div>'.repeat(1000)}</script><!--${'<div>'.repeat(1000)}-->`).deep).toBe(false);
    expect(scanMarkup(`<div>${'</span>'.repeat(1000)}${'<div>'.repeat(MAX_DEPTH)}`).deep).toBe(true);
    expect(scanMarkup(`<svg>${'<path/>'.repeat(1000)}</svg>`).deep).toBe(false);
  });
});

describe('limitDepth', () => {
  it('leaves no element deeper than the limit and keeps the text in order', () => {
    const html = `<body>${Array.from({ length: 600 }, (_, i) => `<div>段${i}`).join('')}${'</div>'.repeat(600)}</body>`;
    const limited = parse(limitDepth(html));
    expect(maxDepth(limited)).toBeLessThanOrEqual(MAX_DEPTH);
    expect(squash(limited.body.textContent)).toBe(squash(parse(html).body.textContent));
  });

  it('keeps every character of a messy deep page and drops only empty wrappers', () => {
    const html = `<body>${'<div><span>'.repeat(400)}<p>深处的段落</p>${'</span>尾巴</div>'.repeat(400)}<p>最后</p></body>`;
    const original = parse(html);
    const limited = parse(limitDepth(html));
    expect(maxDepth(limited)).toBeLessThanOrEqual(MAX_DEPTH);
    const chars = (s: string) => [...squash(s)].sort().join('');
    expect(chars(limited.body.textContent ?? '')).toBe(chars(original.body.textContent ?? ''));
    expect(limited.getElementsByTagName('*').length).toBeLessThan(original.getElementsByTagName('*').length);
  });

  it('20 000 levels go through (jsdom alone overflows its stack)', () => {
    const html = `<body>${'<div>'.repeat(20_000)}<p>底部的文字</p></body>`;
    const doc = parse(limitDepth(html));
    expect(doc.body.textContent).toContain('底部的文字');
    expect(maxDepth(doc)).toBeLessThanOrEqual(MAX_DEPTH);
  });
});

describe('toBlocks on a DOM a script built 4 500 levels deep (no parser limit applies)', () => {
  it('reads the deep part as one paragraph instead of running out of stack', () => {
    const doc = parse('<body></body>');
    let el: Element = doc.createElement('p');
    el.textContent = '底部的文字，很长很长的一段新闻正文。';
    for (let i = 0; i < 4_500; i++) {
      const div = doc.createElement('div');
      div.appendChild(el);
      el = div;
    }
    const root = doc.createElement('div');
    root.append('顶部的文字。', el);
    const blocks = toBlocks(root);
    expect(blocks.map((b) => b.text)).toEqual(['顶部的文字。', '底部的文字，很长很长的一段新闻正文。']);
  });
});

describe('limitCssNesting', () => {
  it('measures nesting of braces, parentheses and brackets', () => {
    expect(cssNesting('p{color:red}')).toBe(1);
    expect(cssNesting('@media screen{p{width:calc(1px + (2px))}}')).toBe(4);
    expect(cssNesting(')))}}}')).toBe(0);
  });

  it('changes no ordinary page', () => {
    for (const [, html] of fixturePages) expect(limitCssNesting(html)).toBe(html);
  });

  it('drops deeply nested style sheets and style attributes, and keeps the rest', () => {
    const deep = '@media screen{'.repeat(MAX_CSS_NESTING + 1);
    const out = limitCssNesting(`<style>p{color:red}</style><style media="screen">${deep}</style><p style="width:${'calc('.repeat(100)}1px">a</p><p style="color:red">b</p>`);
    expect(out).toContain('<style>p{color:red}</style>');
    expect(out).toContain('<style media="screen">/* nested over 64 levels: dropped */</style>');
    expect(out).not.toContain('calc(');
    expect(out).toContain('<p style="color:red">b</p>');
  });
});

describe('premarkLargeTables', () => {
  const rows = (n: number, cells: number) => Array.from({ length: n }, (_, i) => `<tr>${Array.from({ length: cells }, (_, j) => `<td>${i}-${j}</td>`).join('')}</tr>`).join('');
  const page = () =>
    `<body><table id="data">${rows(600, 3)}</table><table id="layout">${rows(600, 1)}</table><table id="small">${rows(20, 3)}</table>` +
    `<table id="th"><tr><th>h</th></tr>${rows(600, 2)}</table><table id="span">${rows(599, 1)}<tr><td colspan="2">x</td></tr></table></body>`;
  type Marked = Element & { _readabilityDataTable?: boolean };
  const readabilityVerdicts = (doc: Document) => {
    (new Readability(doc) as unknown as { _markDataTables(root: Element): void })._markDataTables(doc.documentElement);
    return Object.fromEntries(Array.from(doc.querySelectorAll('table')).map((t) => [t.id, (t as Marked)._readabilityDataTable]));
  };

  it('gives Readability the answer it would reach itself', () => {
    const plain = parse(page());
    const marked = parse(page());
    premarkLargeTables(marked);
    expect(readabilityVerdicts(marked)).toEqual(readabilityVerdicts(plain));
    expect(marked.getElementById('data')!.getAttribute('summary')).toBe('data');
    expect(marked.getElementById('layout')!.getAttribute('role')).toBe('presentation');
    expect(marked.getElementById('span')!.getAttribute('summary')).toBe('data');
    expect(marked.getElementById('small')!.attributes.length).toBe(1);
    expect(marked.getElementById('th')!.attributes.length).toBe(1);
  });

  it('so Readability never counts a big table’s rows (n² in jsdom)', () => {
    const doc = parse(page());
    premarkLargeTables(doc);
    const count = vi.spyOn(Readability.prototype as unknown as { _getRowAndColumnCount(t: Element): unknown }, '_getRowAndColumnCount');
    readabilityVerdicts(doc);
    const counted = count.mock.calls.map(([t]) => (t as Element).id);
    expect(counted).toEqual(['small']);
  });
});

describe('sanitizeToFragment', () => {
  const win = new JSDOM('', { virtualConsole: new VirtualConsole() }).window as unknown as Window;
  const inputs = [...fixturePages.map(([, html]) => html), ...loadAttacks().map((a) => a.html.toString('utf8'))];

  it('gives exactly what sanitizeHtml gives, owned by the window’s document', () => {
    for (const html of inputs) {
      const frag = sanitizeToFragment(html, win);
      expect(frag.ownerDocument).toBe(win.document);
      expect(serializeFragment(frag)).toBe(sanitizeHtml(html, win));
    }
  });

  it('keeps leading text and whitespace', () => {
    expect(serializeFragment(sanitizeToFragment('  前言<p>正文</p>', win))).toBe('  前言<p>正文</p>');
  });
});
