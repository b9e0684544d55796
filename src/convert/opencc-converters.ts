import type { Script, TargetScript } from '../shared/types';

export type Convert = (text: string) => string;

/** Which regional Traditional the page is written in, when it is Traditional. */
export type TraditionalVariant = 'tw' | 'hk';

type DictGroup = import('opencc-js/core').DictGroup;
type DictLike = import('opencc-js/core').DictLike;
type Trie = import('opencc-js/core').Trie;

/**
 * Gives the thread back during a long build. The panel passes one so that building the
 * big Simplified → Traditional stage (~0.2–1 s) never freezes it; the CLI builds in one go.
 */
export type Pause = () => Promise<void>;

export interface BuildOptions {
  pause?: Pause;
}

const identity: Convert = (s) => s;
/** The converter of every script-to-same-script pair (compare with it to skip work). */
export const noConversion: Convert = identity;
const cache = new Map<string, Promise<Convert>>();

/**
 * OpenCC converters, loaded lazily (the dictionaries are ~470 KB gzip: only the panel and
 * the CLI load them, never the content script) and built once per key.
 */
export function loadConverter(from: Script, variant: TraditionalVariant, to: TargetScript, options: BuildOptions = {}): Promise<Convert> {
  return once(cache, `${from}:${variant}:${to}`, () => build(from, variant, to, options));
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

function stage(name: Stage, options: BuildOptions): Promise<Convert> {
  return once(stages, name, async () => {
    const [{ ConverterFactory, Trie }, groups] = await Promise.all([import('opencc-js/core'), stageGroups(name)]);
    if (!options.pause) return ConverterFactory(...groups);
    const tries: Trie[] = [];
    for (const group of groups) tries.push(await buildTrie(new Trie(), group, options.pause));
    // What ConverterFactory's converter does: one trie pass per group, in order.
    return (text) => tries.reduce((out, trie) => trie.convert(out), text);
  });
}

/** Dictionary entries added per slice between pauses (a few ms of work each). */
const ENTRIES_PER_SLICE = 2000;

/**
 * OpenCC's `Trie.loadDictGroup`, in slices: the same dictionaries in the same order (the
 * group's last dictionary first, so the first one's entries win), each fed to OpenCC's own
 * `loadDict` a slice at a time, with a pause after each slice.
 */
async function buildTrie(trie: Trie, group: DictGroup, pause: Pause): Promise<Trie> {
  for (const dict of [...group].reverse()) {
    const entries: readonly (string | readonly [string, string])[] = typeof dict === 'string' ? dict.split('|') : dict;
    for (let i = 0; i < entries.length; i += ENTRIES_PER_SLICE) {
      const slice = entries.slice(i, i + ENTRIES_PER_SLICE);
      trie.loadDict((typeof dict === 'string' ? slice.join('|') : slice) as DictLike);
      await pause();
    }
  }
  return trie;
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

async function build(from: Script, variant: TraditionalVariant, to: TargetScript, options: BuildOptions): Promise<Convert> {
  const chain = await Promise.all(stagesFor(from, variant, to).map((name) => stage(name, options)));
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
