import type { Script, TargetScript } from '../shared/types';

export type Convert = (text: string) => string;

/** Which regional Traditional the page is written in, when it is Traditional. */
export type TraditionalVariant = 'tw' | 'hk';

type DictGroup = Parameters<typeof import('opencc-js/core').ConverterFactory>[0];

const identity: Convert = (s) => s;
/** The converter of every script-to-same-script pair (compare with it to skip work). */
export const noConversion: Convert = identity;
const cache = new Map<string, Promise<Convert>>();

/**
 * OpenCC converters, loaded lazily (the dictionaries are ~470 KB gzip: only the panel and
 * the CLI load them, never the content script) and built once per key.
 */
export function loadConverter(from: Script, variant: TraditionalVariant, to: TargetScript): Promise<Convert> {
  return once(cache, `${from}:${variant}:${to}`, () => build(from, variant, to));
}

/**
 * A converter is a chain of stages, each one OpenCC trie pass. Building the Simplified →
 * Traditional stage is what costs (~150 ms for STPhrases): stages are built once and
 * shared, so after 简→台灣 the 简→香港 converter only adds the small Hong Kong stage.
 * OpenCC's own converter runs the same passes in the same order, so a chain of stages
 * converts exactly as `ConverterFactory(...all groups)` would.
 */
export type Stage = 'from-cn' | 'to-twp' | 'to-hk' | 'from-tw' | 'from-hk' | 'to-cn';

const stages = new Map<string, Promise<Convert>>();

function stage(name: Stage): Promise<Convert> {
  return once(stages, name, async () => {
    const [{ ConverterFactory }, groups] = await Promise.all([import('opencc-js/core'), stageGroups(name)]);
    return ConverterFactory(...groups);
  });
}

async function stageGroups(name: Stage): Promise<DictGroup[]> {
  switch (name) {
    case 'from-cn':
      return (await import('opencc-js/from/cn')).default as DictGroup[];
    case 'to-twp':
      return (await import('opencc-js/to/twp')).default as DictGroup[];
    case 'to-hk':
      return (await import('opencc-js/to/hk')).default as DictGroup[];
    case 'to-cn':
      return (await import('opencc-js/to/cn')).default as DictGroup[];
    case 'from-tw':
    case 'from-hk': {
      const [{ REGIONAL_TO_STANDARD_FIXES }, dict] = await Promise.all([
        import('./round-trip-rules'),
        name === 'from-hk' ? import('opencc-js/from/hk') : import('opencc-js/from/tw'),
      ]);
      const groups = dict.default as DictGroup[];
      // Regional Traditional → standard Traditional: the project's fixes win over
      // OpenCC's phrases (first in a group wins).
      const [regional, ...rest] = groups;
      return [[REGIONAL_TO_STANDARD_FIXES, ...(regional as unknown as unknown[])] as unknown as DictGroup, ...rest];
    }
  }
}

/** The stages from one script to another, in order; empty when nothing changes. */
export function stagesFor(from: Script, variant: TraditionalVariant, to: TargetScript): Stage[] {
  if (to === 'original' || from === to || (from === 'hant' && to === variant)) return [];
  // Traditional goes through Simplified (regional → standard Traditional → Simplified).
  const toSimplified: Stage[] = from === 'hant' ? [variant === 'hk' ? 'from-hk' : 'from-tw', 'to-cn'] : [];
  if (to === 'hans') return toSimplified;
  const toTraditional: Stage[] = ['from-cn'];
  if (to === 'tw') toTraditional.push('to-twp');
  else if (to === 'hk') toTraditional.push('to-hk');
  return [...toSimplified, ...toTraditional];
}

async function build(from: Script, variant: TraditionalVariant, to: TargetScript): Promise<Convert> {
  const chain = await Promise.all(stagesFor(from, variant, to).map(stage));
  if (chain.length === 0) return identity;
  if (chain.length === 1) return chain[0]!;
  return (text) => {
    let out = text;
    for (const pass of chain) out = pass(out);
    return out;
  };
}

function once<T>(map: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let p = map.get(key);
  if (!p) {
    p = make();
    map.set(key, p);
    // A failed load (a chunk that did not arrive) may be tried again.
    p.catch(() => map.delete(key));
  }
  return p;
}
