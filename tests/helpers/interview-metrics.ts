/**
 * The interview measures of ../shared/tools/score.mjs (guest-name F1, turn-count ratio,
 * per-turn role and speaker accuracy over turns aligned in order by text similarity),
 * kept here so the suite runs on a clean clone without the shared folder.
 */
import type { Interview } from '../../src/shared/types';
import { leakFold } from './metrics';

const WS = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
const cerNorm = (s: string) => s.normalize('NFKC').replace(WS, '').replace(/[\p{P}\p{S}]/gu, '');
const nameNorm = (n: string | null | undefined) => leakFold(String(n ?? '').normalize('NFKC'));

export interface InterviewScore {
  guestF1: number;
  turns: number;
  turnsExpected: number;
  turnRatio: number;
  roleAcc: number;
  speakerAcc: number;
}

function f1(pred: string[], exp: string[]): number {
  if (!pred.length && !exp.length) return 1;
  const P = new Set(pred);
  const E = new Set(exp);
  const inter = [...P].filter((x) => E.has(x)).length;
  if (!inter) return 0;
  const p = inter / P.size;
  const r = inter / E.size;
  return (2 * p * r) / (p + r);
}

function bigrams(s: string): { m: Map<string, number>; n: number } {
  const c = [...cerNorm(leakFold(s))];
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < c.length; i++) m.set(c[i]! + c[i + 1]!, (m.get(c[i]! + c[i + 1]!) ?? 0) + 1);
  return { m, n: Math.max(0, c.length - 1) };
}

function dice(a: ReturnType<typeof bigrams>, b: ReturnType<typeof bigrams>): number {
  if (!a.n || !b.n) return 0;
  let inter = 0;
  for (const [k, v] of a.m) inter += Math.min(v, b.m.get(k) ?? 0);
  return (2 * inter) / (a.n + b.n);
}

/** Monotonic alignment of predicted to expected turns maximising matched pairs (Dice ≥ 0.5). */
function alignTurns(pred: { text: string }[], exp: { text: string }[]): [number, number][] {
  const P = pred.map((t) => bigrams(t.text));
  const E = exp.map((t) => bigrams(t.text));
  const n = P.length;
  const m = E.length;
  const dp = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const ok = (i: number, j: number) => dice(P[i]!, E[j]!) >= 0.5;
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i]![j] = Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!, ok(i, j) ? 1 + dp[i + 1]![j + 1]! : 0);
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ok(i, j) && dp[i]![j] === 1 + dp[i + 1]![j + 1]!) pairs.push([i++, j++]);
    else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

export function scoreInterview(pred: Interview | null, exp: Interview): InterviewScore {
  const pt = pred?.turns ?? [];
  const et = exp.turns;
  const pairs = alignTurns(pt, et);
  let role = 0;
  let speaker = 0;
  for (const [i, j] of pairs) {
    if (pt[i]!.role === et[j]!.role) role++;
    if (nameNorm(pt[i]!.speaker) === nameNorm(et[j]!.speaker)) speaker++;
  }
  return {
    guestF1: f1((pred?.guests ?? []).map((g) => nameNorm(g.name)).filter(Boolean), exp.guests.map((g) => nameNorm(g.name)).filter(Boolean)),
    turns: pt.length,
    turnsExpected: et.length,
    turnRatio: et.length ? pt.length / et.length : 0,
    roleAcc: et.length ? role / et.length : 0,
    speakerAcc: et.length ? speaker / et.length : 0,
  };
}
