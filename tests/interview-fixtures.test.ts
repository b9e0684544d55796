/**
 * Interview structure over every page in tests/fixtures, measured as the project's scorer
 * measures it (tests/helpers/interview-metrics.ts), against the thresholds of issue 3:
 * over the interview pages, guest F1 ≥ 0.95, role and speaker accuracy ≥ 95 %, turn ratio
 * within 0.95–1.05; and no interview reported on any other article.
 */
import { describe, expect, it } from 'vitest';
import { cleanPage } from '../src/cli/clean-page';
import type { Article } from '../src/shared/types';
import { loadFixtures } from './helpers/fixtures';
import { scoreInterview, type InterviewScore } from './helpers/interview-metrics';

const fixtures = loadFixtures().filter((f) => f.expected.isArticle);
const interviews = fixtures.filter((f) => f.expected.interview);
const others = fixtures.filter((f) => !f.expected.interview);

const cache = new Map<string, Promise<Article>>();
function articleOf(f: (typeof fixtures)[number]): Promise<Article> {
  let a = cache.get(f.id);
  if (!a) {
    a = cleanPage(f.html, { url: f.expected.url, script: f.script, original: false, force: false }).then((r) => r.article);
    cache.set(f.id, a);
  }
  return a;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('interview fixtures', () => {
  it('has interview pages to measure', () => {
    expect(interviews.length).toBeGreaterThan(0);
  });

  it('meets the interview thresholds over all interview pages', async () => {
    const scores: (InterviewScore & { id: string })[] = [];
    for (const f of interviews) scores.push({ id: f.id, ...scoreInterview((await articleOf(f)).interview, f.expected.interview!) });
    const overall = {
      guestF1: mean(scores.map((s) => s.guestF1)),
      turnRatio: mean(scores.map((s) => s.turnRatio)),
      roleAcc: mean(scores.map((s) => s.roleAcc)),
      speakerAcc: mean(scores.map((s) => s.speakerAcc)),
    };
    const report = scores.map((s) => `${s.id}: gF1 ${s.guestF1.toFixed(2)} turns ${s.turns}/${s.turnsExpected} role ${s.roleAcc.toFixed(2)} spk ${s.speakerAcc.toFixed(2)}`).join('\n');
    expect({ ...overall, ok: overall.guestF1 >= 0.95 && overall.roleAcc >= 0.95 && overall.speakerAcc >= 0.95 && overall.turnRatio >= 0.95 && overall.turnRatio <= 1.05 }, report).toMatchObject({ ok: true });
  });

  it('finds an interview on every interview page', async () => {
    const missed: string[] = [];
    for (const f of interviews) if (!(await articleOf(f)).interview) missed.push(f.id);
    expect(missed).toEqual([]);
  });

  it('reports no interview on news, commentary, notices, features and photo stories', async () => {
    const falsePositives: string[] = [];
    for (const f of others) {
      const iv = (await articleOf(f)).interview;
      if (iv && (iv.turns.length || iv.guests.length)) falsePositives.push(f.id);
    }
    expect(falsePositives).toEqual([]);
  });
});
