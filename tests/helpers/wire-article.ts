import type { WireArticle } from '../../src/messaging/wire-article';

/** A minimal article as the content script sends it, for tests of the extension's message paths. */
export function wireArticle(isArticle = true): WireArticle {
  return {
    isArticle,
    url: 'https://news.example.cn/a.html',
    title: '标题',
    published: null,
    source: null,
    byline: null,
    lang: 'zh-Hans',
    originalScript: 'hans',
    blocks: [{ kind: 'paragraph', text: '正文', html: 0 }],
    interview: null,
    removed: { strings: [], records: [] },
    timings: {},
  };
}
