// @vitest-environment jsdom
// jsdom: the sanitizing path (a window given) needs a real DOM for DOMPurify.
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../../src/export/html-to-markdown';
import { tableToText } from '../../../src/export/html-to-text';
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

  it('gives a table without a header row its first row as header (GFM has no header-less tables), and escapes | in cells', () => {
    const md = htmlToMarkdown('<table><tr><td>地区</td><td>增长</td></tr><tr><td>东区|西区</td><td>5%</td></tr></table>');
    expect(md).toBe('| 地区 | 增长 |\n| --- | --- |\n| 东区\\|西区 | 5% |');
    expect(foreignElements(md)).toEqual([]);
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

describe('tableToText', () => {
  it('writes one row per line, cells separated by |', () => {
    expect(tableToText('<table><thead><tr><th>指标</th><th>单位</th></tr></thead><tbody><tr><td><b>工业</b>增加值</td><td>亿元</td></tr></tbody></table>')).toBe('指标 | 单位\n工业增加值 | 亿元');
  });
});
