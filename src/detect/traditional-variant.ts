import type { TraditionalVariant } from '../convert/opencc-converters';

/** The regional variant of a Traditional page: declared zh-HK/zh-MO, a .hk/.mo site, or written Cantonese. */
export function traditionalVariant(doc: Document | null, url = '', text = ''): TraditionalVariant {
  const lang = doc?.documentElement?.getAttribute('lang')?.toLowerCase() ?? '';
  if (/-(hk|mo)\b/.test(lang) || /\.(hk|mo)(\/|$|:)/.test(url)) return 'hk';
  // Written Cantonese (嘅 咗 喺 冇 佢哋) only appears in Hong Kong and Macau texts.
  return (text.match(/[嘅咗喺冇嚟嗰啲]|佢哋|唔係/g)?.length ?? 0) >= 3 ? 'hk' : 'tw';
}
