/**
 * Bad input through the command-line cleaner (a child process, as a user runs it) and
 * through `cleanPage`: every case ends with the article or with one clear line on stderr
 * and a non-zero exit code, never a stack trace or a hang. Budgets are test timeouts,
 * generous for a loaded CI machine; nothing here measures time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanPage, InputError, MAX_ELEMENTS } from '../../src/cli/clean-page';
import { violations } from './helpers/xss';
import { removeTemps, runCli, STACK_TRACE, tempDir, tempFile } from './helpers/cli';
import { randomBytes } from '../helpers/random-bytes';

afterAll(removeTemps);

const SENTENCE = '城市公园改造工程今年春天正式启动，市民可以在家门口享受更多绿地，周末带孩子来玩的家庭明显增多。';
const HEAD = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>城市公园改造工程启动</title></head><body><div class="article"><h1>城市公园改造工程启动</h1>';
const TAIL = '</div></body></html>';
const page = (body: string) => HEAD + body + TAIL;
const paragraphs = (n: number, tag = 'p') => Array.from({ length: n }, (_, i) => `<${tag}>第${i + 1}段：${SENTENCE}</${tag}>`).join('\n');


function expectCleanStop(r: { status: number | null; stderr: string; stdout: string }, status: number, message: RegExp) {
  expect(r.stderr).not.toMatch(STACK_TRACE);
  expect(r.stderr).toMatch(/^qingdu: /);
  expect(r.stderr).toMatch(message);
  expect(r.status).toBe(status);
}

function expectArticle(r: { status: number | null; stderr: string; stdout: string }) {
  expect(r.stderr).not.toMatch(STACK_TRACE);
  expect(r.status).toBe(0);
}

describe('the CLI on bad input', () => {
  it('a 10 MB page (20 000 paragraphs) finishes with all of its text', () => {
    const parts: string[] = [];
    let bytes = 0;
    let n = 0;
    while (bytes < 10 * 1024 * 1024) {
      parts.push(`<p>第${++n}段：${SENTENCE.repeat(4)}</p>\n`);
      bytes += Buffer.byteLength(parts[parts.length - 1]!);
    }
    const body = parts.join('');
    const file = tempFile('big.html', page(body));
    expect(fs.statSync(file).size).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    const r = runCli([file, '--format', 'txt']);
    expectArticle(r);
    expect(r.stdout).toContain(`第1段：${SENTENCE.repeat(4)}`);
    expect(r.stdout).toContain(`第${n}段：${SENTENCE.repeat(4)}`);
  }, 600_000);

  it('20 000 nested <div>s finish, with the text at the bottom', () => {
    const r = runCli([tempFile('deep.html', page('<div>'.repeat(20_000) + paragraphs(6) + '</div>'.repeat(20_000))), '--format', 'txt']);
    expectArticle(r);
    expect(r.stdout).toContain(`第6段：${SENTENCE}`);
  }, 300_000);

  it('a 50 000-row table stops with a message', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `<tr><td>${i}</td><td>项目名称</td><td>数量</td></tr>`).join('');
    const r = runCli([tempFile('table.html', page(paragraphs(3) + `<table>${rows}</table>`))]);
    expectCleanStop(r, 1, /too large to clean: about 200,\d{3} elements \(the limit is 100,000\)/);
  }, 300_000);

  it('a file over 32 MB stops with a message before it is read as a page', () => {
    const r = runCli([tempFile('huge.html', new Uint8Array(33 * 1024 * 1024).fill(0x61))]);
    expectCleanStop(r, 1, /too large to clean \(33 MB; the limit is 32 MB\)/);
  }, 300_000);

  it.each([
    ['an empty file', ''],
    ['a file of whitespace', ' \n\t\r\n  '],
  ])('%s stops with a message', (_name, content) => {
    expectCleanStop(runCli([tempFile('empty.html', content)]), 1, /the page is empty/);
  }, 120_000);

  it('empty standard input stops with a message', () => {
    expectCleanStop(runCli(['-'], ''), 1, /the page is empty/);
  }, 120_000);

  it('a frameset page is not an article, says so, and exits 0', () => {
    const html = '<!DOCTYPE html><html><head><title>框架页</title></head><frameset cols="20%,80%"><frame src="menu.html"><frame src="main.html"></frameset></html>';
    const txt = runCli([tempFile('frames.html', html), '--format', 'txt']);
    expectArticle(txt);
    expect(txt.stderr).toMatch(/^qingdu: this page does not look like an article \(.+\); use --force/);
    const json = runCli([tempFile('frames.html', html)]);
    expectArticle(json);
    expect(JSON.parse(json.stdout)).toMatchObject({ isArticle: false, reason: expect.any(String) });
  }, 120_000);

  it.each([
    ['random bytes', randomBytes(200_000, 7)],
    ['a PNG', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...randomBytes(50_000, 8)])],
    ['a gzip archive', Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, ...randomBytes(50_000, 9)])],
    ['NUL bytes', new Uint8Array(10_000)],
  ])('binary garbage served as HTML (%s) stops with a message', (_name, bytes) => {
    expectCleanStop(runCli([tempFile('garbage.html', bytes)]), 1, /not a web page \(binary data\)/);
  }, 120_000);

  it('CSS jsdom cannot parse (blocks nested 20 000 deep) still gives the article', () => {
    const css = '@media screen{'.repeat(20_000) + 'p{display:none}' + '}'.repeat(20_000);
    const html = page(paragraphs(6)).replace('</head>', `<style>${css}</style></head>`);
    const r = runCli([tempFile('css.html', html), '--format', 'txt']);
    expectArticle(r);
    expect(r.stdout).toContain(`第6段：${SENTENCE}`);
  }, 300_000);

  it('a missing file stops with a message', () => {
    expectCleanStop(runCli([path.join(tempDir(), 'no-such-page.html')]), 1, /cannot read .*no-such-page\.html: no such file/);
  }, 120_000);

  it('a directory stops with a message', () => {
    expectCleanStop(runCli([tempDir()]), 1, /cannot read .*: it is a directory/);
  }, 120_000);

  it.each([
    ['a bad --url', ['--url', 'not a url'], /--url is not an absolute URL: not a url/],
    ['a relative --url', ['--url', '/news/1.html'], /--url is not an absolute URL/],
    ['an unknown option', ['--fromat', 'md'], /unknown option --fromat/],
    ['an option without its value', ['--url'], /--url needs a value/],
    ['an unknown format', ['--format', 'pdf'], /--format must be one of json, md, txt, html/],
    ['an unknown script', ['--script', 'klingon'], /--script must be one of/],
  ])('%s stops with usage and exit code 2', (_name, args, message) => {
    const file = tempFile('page.html', page(paragraphs(6)));
    const r = runCli([file, ...args]);
    expectCleanStop(r, 2, message);
    expect(r.stdout).toBe('');
  }, 120_000);

  it('no page at all asks which page, with exit code 2', () => {
    expectCleanStop(runCli([]), 2, /which page\?/);
  }, 120_000);

  it('two pages at once stop with exit code 2', () => {
    expectCleanStop(runCli(['a.html', 'b.html']), 2, /only one page at a time/);
  }, 120_000);
});

/** Through `cleanPage` in the test process: finishes with the article, or throws InputError. */
async function clean(html: string | Uint8Array, force = true) {
  const bytes = typeof html === 'string' ? new TextEncoder().encode(html) : html;
  const { article } = await cleanPage(bytes, { url: 'https://news.example.cn/2024/05/12/a.html', script: 'original', original: false, force });
  expect(violations(article.html)).toEqual([]);
  return article;
}

describe('cleanPage on hostile structure', () => {
  const last = `第6段：${SENTENCE}`;
  it.each([
    ['20 000 nested <span>s', page('<p>' + '<span>'.repeat(20_000) + paragraphs(6, 'span') + '</span>'.repeat(20_000) + '</p>')],
    ['20 000 nested <b>s', page(paragraphs(2) + '<b>'.repeat(20_000) + paragraphs(6) + '</b>'.repeat(20_000))],
    ['20 000 self-closed <div/>s (they nest in HTML)', page('<div/>'.repeat(20_000) + paragraphs(6))],
    ['6 000 nested tables', page('<table><tr><td>'.repeat(6_000) + paragraphs(6) + '</td></tr></table>'.repeat(6_000))],
    ['10 000 nested lists', page('<ul><li>'.repeat(10_000) + paragraphs(6) + '</li></ul>'.repeat(10_000))],
    ['10 000 nested quotes', page('<blockquote>'.repeat(10_000) + paragraphs(6) + '</blockquote>'.repeat(10_000))],
    ['20 000 nested <g> in SVG', page(paragraphs(6) + '<svg>' + '<g>'.repeat(20_000) + '</svg>')],
    ['20 000 nested <mrow> in MathML', page(paragraphs(6) + '<math>' + '<mrow>'.repeat(20_000) + '</math>')],
    ['5 000 nested <template>s', page(paragraphs(6) + '<template>'.repeat(5_000))],
  ])('%s: finishes, text kept', async (_name, html) => {
    const article = await clean(html);
    expect(article.text).toContain(last);
  }, 300_000);

  it.each([
    ['calc() nested 5 000 deep in a style attribute', page(`<p style="width:${'calc('.repeat(5_000)}1px${')'.repeat(5_000)}">${SENTENCE}</p>` + paragraphs(6))],
    ['calc() nested 5 000 deep in a style sheet', page(paragraphs(6)).replace('</head>', `<style>p{width:${'calc('.repeat(5_000)}1px${')'.repeat(5_000)}}</style></head>`)],
    ['a 100 KB selector', page(paragraphs(6)).replace('</head>', `<style>p[class~="${'a'.repeat(100_000)}"]{display:none}</style></head>`)],
    ['selectors jsdom cannot match', page(paragraphs(6)).replace('</head>', '<style>p:nth-child(2n+1 of .x){display:none} ::part(x){display:none} :host p{display:none} a >>> b{display:none} p:has(> img){display:none}</style></head>')],
    ['broken braces, strings and comments', page(paragraphs(6)).replace('</head>', '<style>@media screen and {{{ .a{color:red;} }}} @@@ }}} :is(:where( { } p{ "unterminated { /* open comment</style></head>')],
    ['a style sheet that closes the style element', page(paragraphs(6)).replace('</head>', '<style></style><p>逃出样式表的文字</p><style></style></head>')],
  ])('CSS the DOM library cannot parse (%s): finishes, text kept', async (_name, html) => {
    const article = await clean(html);
    expect(article.text).toContain(last);
  }, 300_000);

  it.each([
    ['an unclosed comment', '<!--' + page(paragraphs(6))],
    ['an unclosed <script>', page('<script>' + paragraphs(6))],
    ['<plaintext>', page(paragraphs(2) + '<plaintext>' + paragraphs(6))],
    ['NUL, lone surrogates and noncharacters', page(`<p>${SENTENCE}\u0000\uD800\uDFFF\uFFFE${SENTENCE}</p>` + paragraphs(6))],
    ['a 5 MB attribute', page(`<p title="${'x'.repeat(5_000_000)}">${SENTENCE}</p>` + paragraphs(6))],
    ['3 MB of text without markup', SENTENCE.repeat(30_000)],
  ])('%s: finishes or stops cleanly', async (_name, html) => {
    await clean(html);
  }, 300_000);

  it('counts elements, not bytes: a page just past the limit stops with InputError', async () => {
    const html = page('<i></i>'.repeat(MAX_ELEMENTS) + paragraphs(6));
    await expect(clean(html)).rejects.toBeInstanceOf(InputError);
    await expect(clean(html)).rejects.toThrow(/too large to clean/);
  }, 300_000);
});
