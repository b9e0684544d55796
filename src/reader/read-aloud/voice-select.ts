import type { TraditionalVariant } from '../../convert/opencc-converters';
import type { ReaderScript } from '../../settings/defaults';
import type { Article } from '../../shared/types';

/**
 * Which system voice reads the article. Pure, so the choice is unit-tested against the
 * voice lists real systems report (macOS "zh-CN"/"zh-TW"/"zh-HK", Android "zh_CN",
 * Windows "zh-CN", Chrome's "cmn-Hans-CN" and "yue-Hant-HK" names, Linux espeak "cmn"…).
 */

/** The part of SpeechSynthesisVoice the choice looks at. */
export interface VoiceInfo {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/** The BCP 47 tag to read in: the chosen script decides for Chinese, the page's language otherwise. */
export function speechLang(script: ReaderScript, article: Pick<Article, 'lang' | 'originalScript'>, variant: TraditionalVariant): string {
  if (article.originalScript !== null) {
    if (script === 'hans') return 'zh-CN';
    if (script === 'tw') return 'zh-TW';
    if (script === 'hk') return 'zh-HK';
    if (article.originalScript === 'hans') return 'zh-CN';
    return variant === 'hk' ? 'zh-HK' : 'zh-TW';
  }
  return article.lang && article.lang !== 'und' ? article.lang : '';
}

/** Chinese voices come in three kinds that matter here. */
type ChineseKind = 'mandarin-cn' | 'mandarin-tw' | 'cantonese';

/** Closest kind first: a Mandarin voice reads Traditional text fine; Cantonese is last for Mandarin text. */
const PREFERENCE: Record<ChineseKind, ChineseKind[]> = {
  'mandarin-cn': ['mandarin-cn', 'mandarin-tw', 'cantonese'],
  'mandarin-tw': ['mandarin-tw', 'mandarin-cn', 'cantonese'],
  cantonese: ['cantonese', 'mandarin-tw', 'mandarin-cn'],
};

interface Tag {
  language: string;
  script: string;
  region: string;
}

export function parseTag(tag: string): Tag {
  const parts = tag.trim().toLowerCase().replace(/_/g, '-').split('-');
  const language = parts[0] ?? '';
  let script = '';
  let region = '';
  for (const part of parts.slice(1)) {
    if (!script && !region && /^[a-z]{4}$/.test(part)) script = part;
    else if (!region && /^([a-z]{2}|\d{3})$/.test(part)) region = part;
  }
  return { language, script, region };
}

/** The kind of Chinese a tag stands for; null when it is not Chinese. */
export function chineseKind(tag: string): ChineseKind | null {
  const { language, script, region } = parseTag(tag);
  if (language === 'yue') return 'cantonese';
  if (language !== 'zh' && language !== 'cmn') return null;
  // Voices tagged zh-HK / zh-MO are Cantonese on every system that ships them.
  if (region === 'hk' || region === 'mo') return language === 'cmn' ? 'mandarin-tw' : 'cantonese';
  if (region === 'tw' || (!region && script === 'hant')) return 'mandarin-tw';
  return 'mandarin-cn';
}

export interface VoiceChoice<V extends VoiceInfo> {
  voice: V;
  /** The voice is of the asked kind (not a stand-in, such as Mandarin for Hong Kong text). */
  exact: boolean;
}

/**
 * The best voice for `lang`, or null when the system has none for the language. On-device
 * voices come before network ones (those send the text away), the system default first.
 */
export function chooseVoice<V extends VoiceInfo>(voices: readonly V[], lang: string): VoiceChoice<V> | null {
  if (!lang) return null;
  const wanted = chineseKind(lang);
  let ranked: { voice: V; rank: number }[];
  if (wanted) {
    const order = PREFERENCE[wanted];
    ranked = voices.flatMap((voice) => {
      const kind = chineseKind(voice.lang);
      return kind ? [{ voice, rank: order.indexOf(kind) }] : [];
    });
  } else {
    const target = parseTag(lang);
    ranked = voices.flatMap((voice) => {
      const tag = parseTag(voice.lang);
      if (tag.language !== target.language) return [];
      return [{ voice, rank: !target.region || tag.region === target.region ? 0 : 1 }];
    });
  }
  const best = ranked.sort((a, b) => a.rank - b.rank || score(b.voice) - score(a.voice))[0];
  return best ? { voice: best.voice, exact: best.rank === 0 } : null;
}

function score(voice: VoiceInfo): number {
  return (voice.localService ? 2 : 0) + (voice.default ? 1 : 0);
}

/**
 * Speech engines stop or skip on very long utterances (Chrome cuts off after ~15 s):
 * a long paragraph is read in pieces that end at sentence ends where possible.
 */
export function speechChunks(text: string, max = 160): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  if (clean.length <= max) return [clean];
  const sentences = clean.match(/[^。！？!?；;.]+[。！？!?；;.]*[”’」』）)]*\s*/g) ?? [clean];
  const chunks: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if (current && current.length + sentence.length > max) {
      chunks.push(current.trim());
      current = '';
    }
    // One sentence longer than the limit: cut at commas, then anywhere.
    let rest = sentence;
    while (rest.length > max) {
      const cut = Math.max(rest.lastIndexOf('，', max), rest.lastIndexOf(',', max), rest.lastIndexOf('、', max));
      const at = cut > max / 3 ? cut + 1 : max;
      chunks.push(rest.slice(0, at).trim());
      rest = rest.slice(at);
    }
    current += rest;
  }
  if (current.trim()) chunks.push(current.trim());
  return chunks.filter(Boolean);
}
