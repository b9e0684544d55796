import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { serializeChildren } from '../../../src/sanitize/serialize-html';

const doc = new JSDOM('<!doctype html><body></body>').window.document;

/** The browser's own serialization, for comparison (tests only read markup). */
function viaBrowser(el: Element): string {
  return el.innerHTML;
}

describe('DOM → markup without a raw HTML sink', () => {
  it.each([
    '<p>正文 <a href="https://a.example/?q=1&amp;r=2" title="&quot;引号&quot;">链接</a> &amp; &lt;b&gt; 文字&nbsp;空格</p>',
    '<p><strong>问：</strong>你好<br>第二行<img src="x.jpg" alt="a < b > c"></p>',
    '<table><tbody><tr><td>指标</td><td>1—5月</td></tr></tbody></table>',
    '<ul><li>一</li><li><em>二</em></li></ul><!-- a comment -->',
  ])('matches the browser for %s', (html) => {
    const holder = doc.createElement('div');
    holder.appendChild(new JSDOM(`<body>${html}</body>`).window.document.body.cloneNode(true));
    const body = holder.firstElementChild!;
    expect(serializeChildren(body)).toBe(viaBrowser(body).replace(/<!--.*?-->/g, ''));
  });

  it('handles a DOM deeper than the call stack', () => {
    // Built from the leaf up: jsdom's appendChild walks the ancestors of the parent.
    let cur: Element = doc.createElement('span');
    cur.textContent = '底';
    for (let i = 0; i < 20_000; i++) {
      const parent = doc.createElement('span');
      parent.appendChild(cur);
      cur = parent;
    }
    const root = doc.createElement('div');
    root.appendChild(cur);
    const out = serializeChildren(root);
    expect(out.startsWith('<span><span>')).toBe(true);
    expect(out).toContain('底');
  });
});
