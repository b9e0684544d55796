/** Timing helpers for the benchmark: medians, interleaved A/B runs, optional GC between runs. */

export const now = (): number => performance.now();

const gcFn = (globalThis as { gc?: () => void }).gc;

/**
 * Collect garbage when node runs with --expose-gc (npm run bench does). A full collection
 * costs 70-300 ms with jsdom in the heap: before a page's runs or a big run, not before
 * every small one.
 */
export function settle(): void {
  gcFn?.();
}

export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Median of every key over a list of records (keys missing in a record are skipped). */
export function medianRecord(records: readonly Record<string, number>[]): Record<string, number> {
  const keys = new Set(records.flatMap((r) => Object.keys(r)));
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = round(median(records.map((r) => r[k]).filter((v): v is number => typeof v === 'number')));
  return out;
}

export function time<T>(fn: () => T): { ms: number; value: T } {
  const t = now();
  const value = fn();
  return { ms: now() - t, value };
}

export async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = now();
  const value = await fn();
  return { ms: now() - t, value };
}

export interface PairResult<A, B> {
  a: number[];
  b: number[];
  lastA: A;
  lastB: B;
}

/**
 * Runs `a` and `b` alternately (`a b`, `b a`, `a b` …, so neither always runs second on a
 * warm cache), after `warmup` untimed pairs.
 */
export function interleave<A, B>(a: () => A, b: () => B, runs: number, warmup: number): PairResult<A, B> {
  settle();
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  let lastA: A | undefined;
  let lastB: B | undefined;
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const);
    for (const which of order) {
      if (which === 'a') {
        const r = time(a);
        ta.push(r.ms);
        lastA = r.value;
      } else {
        const r = time(b);
        tb.push(r.ms);
        lastB = r.value;
      }
    }
  }
  return { a: ta, b: tb, lastA: lastA as A, lastB: lastB as B };
}

export const round = (x: number, digits = 2): number => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : x);
export const MB = 1024 * 1024;
