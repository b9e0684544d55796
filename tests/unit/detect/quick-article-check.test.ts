// @vitest-environment jsdom
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { quickArticleCheck, textWeight } from '../../../src/detect/quick-article-check';
import { loadFixtures } from '../../helpers/fixtures';
import { page } from '../../helpers/dom';

/** The auto-detect probe's heuristic: it must agree with the fixtures' ground truth without the pipeline. */

const paragraphs = (n: number, text = '近年来，民政部门立足自身职责，采取务实举措，推动乡村振兴各项工作取得新进展。') =>
  Array.from({ length: n }, () => `<p>${text}</p>`).join('');

describe('quick article check on the fixtures', () => {
  const fixtures = loadFixtures().map((f) => ({ f, check: quickArticleCheck(new JSDOM(f.html, { url: f.expected.url, virtualConsole: new VirtualConsole() }).window.document) }));

  it('should never mark a page that is not an article (lists, home, search, login, video)', () => {
    const wrong = fixtures.filter(({ f, check }) => !f.expected.isArticle && check.isArticle).map(({ f }) => f.id);
    expect(wrong).toEqual([]);
  });

  it('should mark the articles (at least 95 %, every miss listed)', () => {
    const articles = fixtures.filter(({ f }) => f.expected.isArticle);
    const missed = articles.filter(({ check }) => !check.isArticle).map(({ f }) => f.id);
    expect(missed.length, `missed: ${missed.join(', ')}`).toBeLessThanOrEqual(Math.floor(articles.length * 0.05));
  });
});

describe('quick article check', () => {
  it('should count a Han character like an English word', () => {
    expect(textWeight('民政工作 is good')).toBe(6);
  });

  it('should take a short Chinese news brief in one paragraph', () => {
    expect(quickArticleCheck(page(`<h1>高速公路通车</h1>${paragraphs(1, '本报讯 昨日上午，连接两市的高速公路正式建成通车，全长八十六公里，设计时速一百公里，沿线设六处互通立交。通车后两地车程由两个半小时缩短至一小时左右，将有力带动沿线乡镇的产业发展和群众出行。沿线收费站同步启用了电子不停车收费系统。')}`)).isArticle).toBe(true);
  });

  it('should read text set with <br> (government CMS pages)', () => {
    const text = Array.from({ length: 6 }, () => '近年来，民政部门立足自身职责，采取务实举措，推动乡村振兴各项工作取得新进展。').join('<br><br>');
    expect(quickArticleCheck(page(`<div class="content">${text}</div>`)).isArticle).toBe(true);
  });

  it('should not count teasers (a headline link with a snippet) as prose', () => {
    const items = Array.from({ length: 10 }, (_, i) => `<li><h3><a href="/a/${i}.html">标题${i}</a></h3><p>近年来，民政部门立足自身职责，采取务实举措，推动乡村振兴各项工作……</p></li>`).join('');
    expect(quickArticleCheck(page(`<ul>${items}</ul>`)).isArticle).toBe(false);
  });

  it('should not count text inside links, navigation or footers', () => {
    const nav = `<nav>${paragraphs(6)}</nav><footer>${paragraphs(4)}</footer><a href="/x">${paragraphs(3)}</a>`;
    expect(quickArticleCheck(page(nav)).isArticle).toBe(false);
  });

  it('should not take a sign-in page, a player with a caption, or a link list for an article', () => {
    expect(quickArticleCheck(page(`<form><input type="password"></form>${paragraphs(3)}`)).isArticle).toBe(false);
    expect(quickArticleCheck(page(`<video src="v.mp4"></video>${paragraphs(3)}`)).isArticle).toBe(false);
    const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/n/${i}">新闻标题第${i}条</a> 2024-03-0${i % 9}</li>`).join('');
    expect(quickArticleCheck(page(`<ul>${links}</ul>${paragraphs(2)}`)).isArticle).toBe(false);
  });

  it('should keep an article with a related-links box and a player an article', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/n/${i}">相关新闻${i}</a></li>`).join('');
    expect(quickArticleCheck(page(`<article>${paragraphs(10)}</article><video></video><ul>${links}</ul>`)).isArticle).toBe(true);
  });
});
