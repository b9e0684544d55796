import type { ReaderScript, ScriptChoice } from './defaults';

/**
 * The script a reader who never chose one sees: their browser's UI language decides
 * (zh-CN → 简体, zh-TW → 台灣, zh-HK → 香港, other languages → the page as written).
 */
export function scriptForUiLanguage(uiLanguage: string): ReaderScript {
  const tag = uiLanguage.toLowerCase().replace(/_/g, '-');
  if (!/^(zh|cmn|yue)(-|$)/.test(tag)) return 'original';
  if (/-(hk|mo)(-|$)/.test(tag) || tag.startsWith('yue')) return 'hk';
  if (/-(tw)(-|$)/.test(tag) || /-hant(-|$)/.test(tag)) return 'tw';
  // zh, zh-CN, zh-SG, zh-Hans, cmn-Hans-CN …
  return 'hans';
}

export function resolveScript(choice: ScriptChoice, uiLanguage: string): ReaderScript {
  return choice === 'follow-ui' ? scriptForUiLanguage(uiLanguage) : choice;
}
