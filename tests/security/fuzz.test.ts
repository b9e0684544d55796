/**
 * Property-based: random hostile HTML, and fixture and attack pages mutated at random,
 * through the CLI's path. The pipeline never throws (a clean InputError for a page that is
 * no longer a page is allowed), and whatever comes out is sanitized by the same two judges
 * as the attack corpus, in the html field and in the Markdown export. Runs are bounded
 * (numRuns) so the suite stays fast; a failure prints fast-check's seed and path to replay.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { cleanPage, InputError } from '../../src/cli/clean-page';
import { toMarkdown } from '../../src/export/to-markdown';
import { sanitizeHtml } from '../../src/sanitize/sanitize-html';
import { loadAttacks, runsPayload, violations } from './helpers/xss';

const P = 'window.__qingduPwned=true';
const SENTENCES = [
  '今年春天，市图书馆推出了夜间阅读服务，读者可以在网上预约。',
  '活动开展三个月来，共配送图书一万两千多册，受到居民欢迎。',
  '馆长介绍，下一步将在社区设立更多还书点，方便群众借阅。',
  '記者在現場看到，閱覽室裡燈光明亮，幾張長桌旁坐滿了讀者。',
];
const TAGS = [
  'p', 'div', 'span', 'a', 'img', 'b', 'strong', 'em', 'table', 'tbody', 'tr', 'td', 'th', 'caption', 'ul', 'ol', 'li', 'h1', 'h2', 'h3',
  'figure', 'figcaption', 'blockquote', 'br', 'font', 'center', 'section', 'article', 'header', 'footer', 'nav',
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'svg', 'math', 'mtext', 'mglyph', 'mi', 'foreignObject', 'desc',
  'noscript', 'noembed', 'noframes', 'template', 'form', 'input', 'button', 'textarea', 'select', 'option', 'title', 'xmp', 'plaintext',
  'base', 'meta', 'link', 'details', 'summary', 'video', 'audio', 'source', 'marquee', 'isindex', 'image', 'animate', 'set', 'use', 'portal',
];
const ATTRS = ['onclick', 'onerror', 'onload', 'onmouseover', 'onfocus', 'ontoggle', 'onbegin', 'href', 'src', 'srcset', 'style', 'srcdoc', 'formaction', 'action', 'xlink:href', 'data', 'poster', 'background', 'id', 'name', 'class', 'alt', 'title', 'autofocus', 'open', 'is', 'xmlns', 'attributeName', 'to'];
const VALUES = [
  P, `javascript:${P}`, `jav&#x09;ascript:${P}`, `&#106;avascript:${P}`, `JaVaScRiPt:${P}`, ` \u0001javascript:${P}`, 'vbscript:msgbox(1)',
  `data:text/html,<script>${P}</script>`, 'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19xaW5nZHVQd25lZD10cnVlPC9zY3JpcHQ+', 'https://img.example.cn/a.jpg',
  '/relative/path.html', '#top', `"><script>${P}</script>`, `'><img src=x onerror=${P}>`, `</style><img src=x onerror=${P}>`, '</noscript><img src=x onerror=alert(1)>',
  'background:url(https://evil.example/t.gif)', 'width:expression(alert(1))', `&lt;img src=x onerror=${P}&gt;`, 'x', '',
];
const TEXTS = [...SENTENCES, '<', '>', '&', '&lt;script&gt;alert(1)&lt;/script&gt;', '-->', ']]>', '<!--', '</p>', `<script>${P}</script>`, '\u0000', '\u202e', '`', '[链接](javascript:alert(1))', '<img src=x onerror=alert(1)>'];

const attr = fc.tuple(fc.constantFrom(...ATTRS), fc.constantFrom(...VALUES), fc.constantFrom('"', "'", '')).map(([name, value, q]) =>
  q ? ` ${name}=${q}${value.replaceAll(q, '')}${q}` : ` ${name}=${value.replace(/[\s"'<>=`]/g, '') || 'x'}`,
);
const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
      .map(([tag, attrs, children, closed]) => `<${tag}${attrs.join('')}>${children.join('')}${closed ? `</${tag}>` : ''}`),
  ),
}));

/** A random hostile fragment inside an ordinary article, so it reaches extraction. */
const hostilePage = fc.array(node, { minLength: 1, maxLength: 6 }).map((nodes) => {
  const body = nodes.map((n, i) => `<p>${SENTENCES[i % SENTENCES.length]}${n}${SENTENCES[(i + 1) % SENTENCES.length]}</p>${n}`).join('\n');
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>图书馆推出夜间阅读服务</title></head><body><div class="article"><h1>图书馆推出夜间阅读服务</h1>${body}<p>${SENTENCES.join('')}</p></div></body></html>`;
});

const FIXTURES = path.resolve(__dirname, '../fixtures');
const seeds = [
  ...fs
    .readdirSync(FIXTURES)
    .filter((d) => fs.existsSync(path.join(FIXTURES, d, 'page.html')))
    .sort()
    .map((d) => fs.readFileSync(path.join(FIXTURES, d, 'page.html'), 'utf8')),
  ...loadAttacks().map((a) => a.html.toString('utf8')),
];

/** `at` is a position as a share of the page's length (uniform: fc.double favours 0). */
type Mutation = { at: number; kind: 'insert' | 'delete' | 'duplicate' | 'truncate' | 'swap'; len: number; snippet: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.integer({ min: 0, max: 1_000_000 }).map((x) => x / 1_000_000),
  kind: fc.constantFrom<Mutation['kind']>('insert', 'insert', 'delete', 'duplicate', 'truncate', 'swap'),
  len: fc.integer({ min: 1, max: 400 }),
  snippet: node,
});
function mutate(page: string, ms: Mutation[]): string {
  let s = page;
  for (const m of ms) {
    const i = Math.floor(m.at * s.length);
    if (m.kind === 'insert') s = s.slice(0, i) + m.snippet + s.slice(i);
    else if (m.kind === 'delete') s = s.slice(0, i) + s.slice(i + m.len);
    else if (m.kind === 'duplicate') s = s.slice(0, i + m.len) + s.slice(i, i + m.len) + s.slice(i + m.len);
    else if (m.kind === 'truncate') s = s.slice(0, Math.max(i, s.length - m.len * 10));
    else s = s.slice(0, i) + s.slice(i, i + m.len).replace(/[<>"']/g, (c) => ({ '<': '>', '>': '<', '"': "'", "'": '"' })[c]!) + s.slice(i + m.len);
  }
  return s;
}
const mutatedPage = fc.tuple(fc.constantFrom(...seeds.keys()), fc.array(mutation, { minLength: 1, maxLength: 5 })).map(([i, ms]) => mutate(seeds[i]!, ms));

const viewer = new MarkdownIt({ html: true });
viewer.validateLink = () => true;

/** The property: cleanPage finishes (or refuses with InputError) and its output is sanitized. */
async function check(html: string): Promise<void> {
  let result;
  try {
    result = await cleanPage(new TextEncoder().encode(html), { url: 'https://news.example.cn/2024/05/12/a.html', script: 'original', original: false, force: true });
  } catch (e) {
    if (e instanceof InputError) return;
    throw e;
  }
  const { article, win } = result;
  try {
    expect(violations(article.html)).toEqual([]);
    expect(runsPayload(article.html)).toBe(false);
    expect(sanitizeHtml(article.html, win)).toBe(article.html);
    const rendered = viewer.render(toMarkdown(article, { script: 'original', win }));
    expect(violations(rendered)).toEqual([]);
    expect(runsPayload(rendered)).toBe(false);
  } finally {
    win.close();
  }
}

describe('property: random and mutated HTML through the pipeline', () => {
  it('random hostile fragments in an article: never throws, always sanitized', async () => {
    await fc.assert(fc.asyncProperty(hostilePage, check), { numRuns: 40, endOnFailure: true });
  }, 600_000);

  it('fixture and attack pages, mutated: never throws, always sanitized', async () => {
    await fc.assert(fc.asyncProperty(mutatedPage, check), { numRuns: 40, endOnFailure: true });
  }, 600_000);

  it('the sanitizer alone on random fragments: clean, and stable once re-parsed', async () => {
    const { JSDOM, VirtualConsole } = await import('jsdom');
    const win = new JSDOM('', { virtualConsole: new VirtualConsole() }).window as unknown as Window;
    const text = (html: string) => new (win as unknown as typeof globalThis).DOMParser().parseFromString(html, 'text/html').body.textContent;
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 8 }), (nodes) => {
        const out = sanitizeHtml(nodes.join(''), win);
        expect(violations(out)).toEqual([]);
        expect(runsPayload(out)).toBe(false);
        // DOMPurify may leave a tree the parser would not build (<h3><h1> once a <use>
        // between them is gone), so one re-sanitize may restructure; it must keep the text
        // and be the last change (cleanPage's output has been through that round).
        const again = sanitizeHtml(out, win);
        expect(text(again)).toBe(text(out));
        expect(sanitizeHtml(again, win)).toBe(again);
      }),
      { numRuns: 300 },
    );
  }, 600_000);
});
