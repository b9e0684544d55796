/**
 * The attack corpus (tests/security/attacks/, described in its manifest) through the CLI's
 * path: every sanitized `html` is judged statically and live, and so are the Markdown and
 * plain-text exports and the export file names. Positive controls first: the judges must
 * see the raw pages as dangerous, or a clean verdict would mean nothing.
 */
import MarkdownIt from 'markdown-it';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/cli/clean-page';
import { toMarkdown } from '../../src/export/to-markdown';
import { toPlainText } from '../../src/export/to-plain-text';
import { exportFileName } from '../../src/export/file-name';
import { sanitizeHtml, sanitizeToFragment, serializeFragment } from '../../src/sanitize/sanitize-html';
import type { Article, TargetScript } from '../../src/shared/types';
import { loadAttacks, runsPayload, violations } from './helpers/xss';
import { removeTemps, runCli, STACK_TRACE, tempFile } from './helpers/cli';

const attacks = loadAttacks();
const URL_OF_PAGE = 'https://news.example.cn/2024/05/12/article.html';
type Variant = { name: string; script: TargetScript; original: boolean };
const VARIANTS: Variant[] = [
  { name: 'cleaned', script: 'original', original: false },
  { name: 'not cleaned (show original)', script: 'original', original: true },
  { name: 'converted to Traditional', script: 'hant', original: false },
];

const cache = new Map<string, Promise<{ article: Article; win: Window }>>();
function clean(file: string, html: Buffer, v: Variant) {
  const key = `${file}|${v.name}`;
  let p = cache.get(key);
  if (!p) cache.set(key, (p = cleanPage(html, { url: URL_OF_PAGE, script: v.script, original: v.original, force: true })));
  return p;
}

/** A Markdown viewer at its most permissive: raw HTML on, every link scheme allowed. */
const viewer = new MarkdownIt({ html: true, linkify: true });
viewer.validateLink = () => true;

afterAll(removeTemps);

describe('the judges see the raw attack pages as dangerous (positive controls)', () => {
  it.each(attacks.map((a) => [a.file, a] as const))('%s', (_file, a) => {
    const raw = a.html.toString('utf8');
    expect(violations(raw).length).toBeGreaterThan(3);
    if (a.jsdomLive) expect(runsPayload(raw)).toBe(true);
  });

  it('the live judge catches each kind of surviving payload', () => {
    expect(runsPayload('<p onclick="window.__qingduPwned=true">x</p>')).toBe(true);
    expect(runsPayload('<a href="java&#x09;script:window.__qingduPwned=true">x</a>')).toBe(true);
    expect(runsPayload('<script>alert(1)</script>')).toBe(true);
    expect(runsPayload('<a id="__qingduPwned">clobbered, not run</a>')).toBe(false);
  });
});

describe('the sanitizer alone on the raw attack pages (the panel path, no pipeline in front)', () => {
  const win = new JSDOM('', { virtualConsole: new VirtualConsole() }).window as unknown as Window;
  it.each(attacks.map((a) => [a.file, a] as const))('%s', (_file, a) => {
    const raw = a.html.toString('utf8');
    for (const out of [sanitizeHtml(raw, win), serializeFragment(sanitizeToFragment(raw, win))]) {
      expect(violations(out)).toEqual([]);
      expect(runsPayload(out)).toBe(false);
      // Sanitizing its own output changes nothing: a parse/serialize differential (mXSS) would.
      expect(sanitizeHtml(out, win)).toBe(out);
    }
  });
});

describe('the sanitizer keeps URLs only where they mean a link or an image', () => {
  const win = new JSDOM('', { virtualConsole: new VirtualConsole() }).window as unknown as Window;
  it.each([
    ['<img href="data:text/html;base64,PHNjcmlwdD4=" src="https://img.example.cn/a.jpg">', '<img src="https://img.example.cn/a.jpg" loading="lazy" referrerpolicy="no-referrer">'],
    ['<p href="https://example.cn/">段落</p>', '<p>段落</p>'],
    ['<img src="data:image/svg+xml,x" srcset="https://img.example.cn/a.jpg 1x, data:image/png;base64,AA 2x">', '<img loading="lazy" referrerpolicy="no-referrer">'],
    ['<a href="https://example.cn/a">链接</a>', '<a href="https://example.cn/a" target="_blank" rel="noopener noreferrer">链接</a>'],
  ])('%s', (input, output) => {
    expect(sanitizeHtml(input, win)).toBe(output);
  });
});

describe.each(VARIANTS.map((v) => [v.name, v] as const))('attack corpus, %s', (_name, variant) => {
  describe.each(attacks.map((a) => [a.file, a] as const))('%s', (file, a) => {
    it('html keeps no script, handler, dangerous URL, frame, form, base, meta, link, srcdoc or style', async () => {
      const { article } = await clean(file, a.html, variant);
      expect(article.html.length).toBeGreaterThan(100);
      expect(violations(article.html)).toEqual([]);
    });

    it('no payload runs when the html is rendered', async () => {
      const { article } = await clean(file, a.html, variant);
      expect(runsPayload(article.html)).toBe(false);
    });

    if (variant.script === 'original') {
      it('the article text next to the payloads survives', async () => {
        const { article } = await clean(file, a.html, variant);
        expect(a.mustContain.filter((s) => !article.text.includes(s))).toEqual([]);
      });
    }
  });
});

describe.each(attacks.map((a) => [a.file, a] as const))('exports of %s', (file, a) => {
  const cleaned = VARIANTS[0]!;

  it('Markdown renders to nothing that runs or loads, even in a viewer that allows raw HTML', async () => {
    const { article, win } = await clean(file, a.html, cleaned);
    const md = toMarkdown(article, { script: 'original', win });
    const rendered = viewer.render(md);
    expect(violations(rendered)).toEqual([]);
    expect(runsPayload(rendered)).toBe(false);
  });

  it('Markdown keeps markup the page wrote as text as text', async () => {
    const { article, win } = await clean(file, a.html, cleaned);
    const text = new JSDOM(viewer.render(toMarkdown(article, { script: 'original', win })), { virtualConsole: new VirtualConsole() }).window.document.body.textContent ?? '';
    for (const s of a.mustContain) expect(text).toContain(s);
  });

  it('plain text is a .txt file with a safe name', async () => {
    const { article } = await clean(file, a.html, cleaned);
    const txt = toPlainText(article, { script: 'original' });
    for (const s of a.mustContain) expect(txt).toContain(s);
    const name = exportFileName(article, 'txt');
    expect(name).toMatch(/\.txt$/);
    expect(name).not.toMatch(/[/\\\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
    expect(exportFileName(article, 'md')).toMatch(/^[^/\\]+\.md$/);
  });
});

describe('export file names cannot leave the download folder', () => {
  const titles = [
    '../../../etc/passwd', '..\\..\\Windows\\System32\\x', '/tmp/x', 'C:\\x', '..', '.', '...', ' ../', '~/.bashrc', '.ssh/authorized_keys',
    'a/../../b', '%2e%2e%2fx', '..%2F..%2Fx', 'CON', 'nul', 'COM1.txt', 'x\u0000/../y', 'x\u202Etxt.exe', 'x\u2066/y', 'evil.html', 'page.html\u200B',
    '<img src=x onerror=alert(1)>', '\\\\server\\share\\x', 'x'.repeat(5000), '标'.repeat(500), '', '   ', '\n\t',
  ];
  it.each(titles.map((t) => [JSON.stringify(t).slice(0, 40), t] as const))('title %s', (_label, title) => {
    for (const ext of ['md', 'txt'] as const) {
      const name = exportFileName({ title, published: '2024-05-12', lang: 'zh-Hans', originalScript: 'hans', text: '正文' }, ext);
      expect(name).not.toMatch(/[/\\]/);
      expect(name).not.toMatch(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
      expect(name).not.toMatch(/^\.|^\s|\s$/);
      expect(name.endsWith(`.${ext}`)).toBe(true);
      expect(['.', '..'].includes(name.slice(0, -ext.length - 1))).toBe(false);
      expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
    }
  });
});

describe('the CLI binary on attack pages', () => {
  it.each([['html'], ['md']])('--format %s prints nothing that runs', (format) => {
    const a = attacks.find((x) => x.file === 'mutation-xss.html')!;
    const r = runCli([tempFile('page.html', a.html), '--format', format!, '--url', URL_OF_PAGE]);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.status).toBe(0);
    const html = format === 'md' ? viewer.render(r.stdout) : r.stdout;
    expect(violations(html)).toEqual([]);
    expect(runsPayload(html)).toBe(false);
  }, 120_000);
});
