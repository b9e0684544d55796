// @vitest-environment jsdom
// jsdom: the sanitizing path (a window given) needs a real DOM for DOMPurify.
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../../src/export/html-to-markdown';
import { foreignElements, markdownToText } from '../../helpers/markdown-text';

describe('htmlToMarkdown', () => {
  it('keeps punctuation outside bold and italics so CommonMark closes them', () => {
    expect(htmlToMarkdown('<strong>答：</strong>春季过敏')).toBe('**答**：春季过敏');
    expect(htmlToMarkdown('他说<b>“不要慌”</b>就走了')).toBe('他说“**不要慌**”就走了');
    expect(htmlToMarkdown('<em>（图为现场）</em>')).toBe('（*图为现场*）');
    expect(markdownToText(htmlToMarkdown('<strong>答：</strong>春季过敏'))).toBe('答：春季过敏\n');
  });

  it('keeps web links, drops other schemes to their text', () => {
    expect(htmlToMarkdown('见<a href="https://gov.example.cn/a.html">通知</a>')).toBe('见[通知](https://gov.example.cn/a.html)');
    expect(htmlToMarkdown('<a href="javascript:alert(1)">点我</a>')).toBe('点我');
    expect(htmlToMarkdown('<a href="mailto:a@example.cn">来信</a>')).toBe('[来信](mailto:a@example.cn)');
  });

  it('keeps http(s) images only', () => {
    expect(htmlToMarkdown('<img src="https://a.example/1.jpg" alt="图一">')).toBe('![图一](https://a.example/1.jpg)');
    expect(htmlToMarkdown('<img src="data:image/png;base64,AAAA" alt="x">')).toBe('');
  });

  it('writes data tables as GFM tables', () => {
    const md = htmlToMarkdown('<table><thead><tr><th>指标</th><th>参考值</th></tr></thead><tbody><tr><td>血糖</td><td>3.9–6.1</td></tr></tbody></table>');
    expect(md).toContain('| 指标 | 参考值 |');
    expect(md).toContain('| 血糖 | 3.9–6.1 |');
  });

  it('escapes text that looks like HTML, with or without the sanitizer', () => {
    const html = '文字 &lt;script&gt;alert(1)&lt;/script&gt; <script>alert(2)</script>';
    for (const md of [htmlToMarkdown(html), htmlToMarkdown(html, window)]) {
      expect(foreignElements(md)).toEqual([]);
      expect(md).not.toContain('alert(2)');
      expect(markdownToText(md)).toContain('<script>alert(1)</script>');
    }
  });
});
