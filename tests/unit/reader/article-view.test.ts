// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { articleLang, formatDate, renderArticleView } from '../../../src/reader/article-view';
import type { Article } from '../../../src/shared/types';
import { translator } from './strings';

function article(over: Partial<Article> = {}): Article {
  return {
    isArticle: true,
    url: 'https://news.example.cn/2024/0308/a.html',
    title: '民政工作加把力 乡村振兴添活力',
    published: '2024-03-08',
    source: '中国社会报',
    byline: '记者 刘静静',
    lang: 'zh-Hans',
    originalScript: 'hans',
    html: '<p>正文第一段。</p>',
    text: '正文第一段。',
    blocks: [],
    interview: null,
    removed: [],
    timings: {},
    ...over,
  };
}

const view = (a: Article, original = false) =>
  renderArticleView(document, a, { t: translator('zh_CN'), win: window, locale: 'zh-CN', original, onBackToClean: () => undefined });

describe('renderArticleView', () => {
  it('should show title, source, date, byline and a link to the page', () => {
    const el = view(article());
    expect(el.querySelector('h1')!.textContent).toBe('民政工作加把力 乡村振兴添活力');
    expect(el.querySelector('.meta-source')!.textContent).toBe('中国社会报');
    expect(el.querySelector('time')!.getAttribute('datetime')).toBe('2024-03-08');
    expect(el.querySelector('time')!.textContent).toBe('2024年3月8日');
    expect(el.querySelector('.meta-byline')!.textContent).toBe('记者 刘静静');
    const link = el.querySelector<HTMLAnchorElement>('.meta-link')!;
    expect(link.href).toBe('https://news.example.cn/2024/0308/a.html');
    expect(link.rel).toBe('noopener noreferrer');
  });

  it('should sanitize the body: no script, no handlers, links open in a new tab without opener', () => {
    const el = view(
      article({
        html: '<p onclick="alert(1)">一<script>alert(2)</script><a href="javascript:alert(3)">坏</a><a href="https://ok.example/x">好</a></p><img src="x" onerror="alert(4)"><iframe src="https://evil.example"></iframe>',
      }),
    );
    const body = el.querySelector('.article-body')!;
    expect(body.querySelector('script, iframe, [onclick], [onerror]')).toBeNull();
    const links = Array.from(body.querySelectorAll('a'));
    expect(links.filter((a) => a.hasAttribute('href')).map((a) => a.getAttribute('href'))).toEqual(['https://ok.example/x']);
    expect(links.find((a) => a.hasAttribute('href'))!.getAttribute('target')).toBe('_blank');
    expect(links.find((a) => a.hasAttribute('href'))!.getAttribute('rel')).toContain('noopener');
  });

  it('should keep figures with captions and let wide tables scroll inside the column', () => {
    const el = view(
      article({
        html: '<figure><img src="https://news.example.cn/a.jpg" alt=""><figcaption>图为现场。</figcaption></figure><table><tr><td>1</td></tr></table>',
      }),
    );
    expect(el.querySelector('figure img')!.getAttribute('loading')).toBe('lazy');
    expect(el.querySelector('figcaption')!.textContent).toBe('图为现场。');
    expect(el.querySelector('.table-scroll > table')).not.toBeNull();
  });

  it('should hide an image that fails to load but keep its caption', () => {
    const el = view(article({ html: '<figure><img src="https://news.example.cn/gone.jpg"><figcaption>说明</figcaption></figure>' }));
    el.querySelector('img')!.dispatchEvent(new Event('error'));
    expect(el.querySelector('figure')!.classList.contains('image-failed')).toBe(true);
  });

  it('should set lang from the script the page is written in', () => {
    expect(view(article({ originalScript: 'hant', lang: 'zh-Hant' })).getAttribute('lang')).toBe('zh-Hant');
    expect(articleLang({ lang: 'en', originalScript: null })).toBe('en');
  });

  it('should say so when nothing was extracted', () => {
    expect(view(article({ html: '' })).querySelector('.article-empty')!.textContent).toBe('这个页面上没有找到文字。');
  });

  it('should mark the original view and leave out the removed list there', () => {
    const el = view(article({ removed: [{ step: 'spam', category: 'spam', reason: 'x', text: 'y' }] }), true);
    expect(el.classList.contains('reader-original')).toBe(true);
    expect(el.querySelector('.original-banner button')).not.toBeNull();
    expect(el.querySelector('.removed')).toBeNull();
    expect(view(article({ removed: [{ step: 'spam', category: 'spam', reason: 'x', text: 'y' }] })).querySelector('.removed')).not.toBeNull();
  });

  it('should say a very large page was read up to a budget and offer the whole page', () => {
    let asked = 0;
    const truncated = { keptChars: 200_123, totalChars: 3_456_789 };
    const el = renderArticleView(document, article({ truncated }), {
      t: translator('zh_CN'),
      win: window,
      locale: 'zh-CN',
      original: false,
      onReadAll: () => asked++,
    });
    const notice = el.querySelector<HTMLElement>('.truncated-notice')!;
    // At the top of the article, in the panel's language, before the title.
    expect(el.firstElementChild).toBe(notice);
    expect(notice.getAttribute('role')).toBe('note');
    expect(notice.getAttribute('lang')).toBe('zh-CN');
    expect(notice.querySelector('p')!.textContent).toBe('这个页面很大（约 346万字），为了不卡住浏览器，只读取了前 20万字。');
    const button = notice.querySelector('button')!;
    expect(button.textContent).toBe('读取全文');
    button.click();
    expect(asked).toBe(1);
    const en = renderArticleView(document, article({ truncated }), { t: translator('en'), win: window, locale: 'en', original: false, onReadAll: () => undefined });
    expect(en.querySelector('.truncated-notice p')!.textContent).toBe('This page is very large (about 3.46M characters): only its first 200K were read, so the tab stays responsive.');
    expect(view(article()).querySelector('.truncated-notice')).toBeNull();
  });
});

describe('formatDate', () => {
  it.each([
    ['zh-CN', '2024年3月8日'],
    ['zh-TW', '2024年3月8日'],
    ['en-US', 'March 8, 2024'],
  ])('should format in %s', (locale, expected) => {
    expect(formatDate('2024-03-08', locale)).toBe(expected);
  });

  it('should leave anything else as it is', () => {
    expect(formatDate('2024-03', 'zh-CN')).toBe('2024-03');
  });
});
