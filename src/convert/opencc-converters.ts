import type { Script, TargetScript } from '../shared/types';
import { REGIONAL_TO_STANDARD_FIXES } from './round-trip-rules';

export type Convert = (text: string) => string;

/** Which regional Traditional the page is written in, when it is Traditional. */
export type TraditionalVariant = 'tw' | 'hk';

type DictGroup = Parameters<typeof import('opencc-js/core').ConverterFactory>[0];

const identity: Convert = (s) => s;
const cache = new Map<string, Promise<Convert>>();

/**
 * OpenCC converters, loaded lazily (the dictionaries are ~470 KB gzip: only the panel and
 * the CLI load them, never the content script) and built once per key.
 */
export function loadConverter(from: Script, variant: TraditionalVariant, to: TargetScript): Promise<Convert> {
  const key = `${from}:${variant}:${to}`;
  let p = cache.get(key);
  if (!p) {
    p = build(from, variant, to);
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return p;
}

async function build(from: Script, variant: TraditionalVariant, to: TargetScript): Promise<Convert> {
  if (to === 'original') return identity;
  if (from === 'hans' && to === 'hans') return identity;
  if (from === 'hant' && to === 'hant') return identity;
  if (from === 'hant' && to === variant) return identity;
  const { ConverterFactory } = await import('opencc-js/core');
  const chain: DictGroup[] = [];
  if (from === 'hant') {
    // Regional Traditional → standard Traditional → Simplified; the project's fixes win
    // over OpenCC's phrases in the first stage.
    const [fromDict, toCn] = await Promise.all([
      variant === 'hk' ? import('opencc-js/from/hk') : import('opencc-js/from/tw'),
      import('opencc-js/to/cn'),
    ]);
    const [regionalGroup, ...rest] = fromDict.default as DictGroup[];
    chain.push([REGIONAL_TO_STANDARD_FIXES, ...(regionalGroup as unknown as unknown[])] as unknown as DictGroup, ...rest);
    chain.push(...(toCn.default as DictGroup[]));
    if (to === 'hans') return ConverterFactory(...chain);
  }
  const fromCn = await import('opencc-js/from/cn');
  chain.push(...(fromCn.default as DictGroup[]));
  if (to === 'tw') chain.push(...((await import('opencc-js/to/twp')).default as DictGroup[]));
  else if (to === 'hk') chain.push(...((await import('opencc-js/to/hk')).default as DictGroup[]));
  return ConverterFactory(...chain);
}
