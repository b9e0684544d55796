import type { Article, TargetScript } from '../shared/types';

/**
 * The words the exports add themselves (主持人, 嘉宾, 问, 来源 …). The article arrives
 * already in the reader's script (the CLI and the panel convert it before exporting), so
 * only these words need choosing: one table per written form, no converter to load.
 * Taiwan and Hong Kong Traditional use the same words here.
 */

export type LabelSet = 'hans' | 'hant' | 'en';

export interface ExportLabels {
  host: string;
  guest: string;
  guests: string;
  /** Marks the host's questions (`问（刘静静）：`, `Q (Daniel Brooks):`). */
  question: string;
  source: string;
  date: string;
  byline: string;
  url: string;
  /** After a label: full-width colon in Chinese, colon and space in English. */
  colon: string;
  /** Around a person's title: `王雪韬（…局长）`, `Maria Lopez, coordinator`. */
  titleOpen: string;
  titleClose: string;
  /** Around the asker's name after the question mark-word: `问（刘静静）`, `Q (Daniel Brooks)`. */
  askerOpen: string;
  askerClose: string;
  /** Between several hosts. */
  listSeparator: string;
  /** File name of an article without a title. */
  untitled: string;
}

const LABELS: Record<LabelSet, ExportLabels> = {
  hans: {
    host: '主持人', guest: '嘉宾', guests: '嘉宾', question: '问', source: '来源', date: '日期', byline: '作者', url: '原文',
    colon: '：', titleOpen: '（', titleClose: '）', askerOpen: '（', askerClose: '）', listSeparator: '、', untitled: '无标题',
  },
  hant: {
    host: '主持人', guest: '嘉賓', guests: '嘉賓', question: '問', source: '來源', date: '日期', byline: '作者', url: '原文',
    colon: '：', titleOpen: '（', titleClose: '）', askerOpen: '（', askerClose: '）', listSeparator: '、', untitled: '無標題',
  },
  en: {
    host: 'Interviewer', guest: 'Guest', guests: 'Guests', question: 'Q', source: 'Source', date: 'Date', byline: 'Author', url: 'URL',
    colon: ': ', titleOpen: ', ', titleClose: '', askerOpen: ' (', askerClose: ')', listSeparator: ', ', untitled: 'Untitled',
  },
};

const HAN = /\p{Script=Han}/u;

/** Which words fit the article in the script the reader chose. */
export function labelSetFor(article: Pick<Article, 'lang' | 'originalScript' | 'title' | 'text'>, script: TargetScript): LabelSet {
  const english = article.lang === 'en' || article.lang.startsWith('en-') || (!article.originalScript && !HAN.test(`${article.title ?? ''}${article.text.slice(0, 2000)}`));
  if (english) return 'en';
  if (script === 'hans') return 'hans';
  if (script === 'hant' || script === 'tw' || script === 'hk') return 'hant';
  return article.originalScript === 'hant' ? 'hant' : 'hans';
}

export function exportLabels(set: LabelSet): ExportLabels {
  return LABELS[set];
}
