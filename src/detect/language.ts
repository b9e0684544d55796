import { countHan, metaWith } from '../shared/dom';
import { countScriptChars, detectScript } from './script';
import type { Script } from '../shared/types';

export interface Language {
  /** Language/script of the source article: zh-Hans, zh-Hant, en … */
  lang: string;
  /** Script the Chinese text is shown in on the page. */
  script: Script | null;
}

/**
 * The page's language, the script it is shown in, and the script of the source: a page
 * shown in Traditional can be a mirror of a Simplified article (mainland `lang` or
 * Simplified metadata left over from the original).
 */
export function detectLanguage(doc: Document, text: string, title: string): Language {
  const sample = title + text;
  const han = countHan(sample);
  const latin = (sample.match(/[A-Za-z]+/g) ?? []).length;
  const declared = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  if (han < 20 && han < latin) {
    return { lang: declared && !declared.startsWith('zh') ? declared.split('-')[0]! : latin ? 'en' : declared || 'und', script: null };
  }
  const script = detectScript(sample) ?? (/hant|tw|hk|mo/.test(declared) ? 'hant' : 'hans');
  if (script === 'hans') return { lang: 'zh-Hans', script };
  // Shown in Traditional: is the source Simplified?
  const mainlandDeclared = /^zh-(cn|hans|sg)|^zh$/.test(declared);
  const metaText = ['og:title', 'og:description', 'description', 'keywords']
    .map((k) => metaWith(doc, ['property', 'name'], k)?.getAttribute('content') ?? '')
    .join('');
  const meta = countScriptChars(metaText);
  const simplifiedMeta = meta.simplified >= 3 && meta.simplified > meta.traditional * 2;
  return { lang: mainlandDeclared || simplifiedMeta ? 'zh-Hans' : 'zh-Hant', script };
}
