/**
 * Golden exports: for every interview page in tests/fixtures, the Markdown and plain-text
 * exports are compared with tests/golden/<fixture-id>[.<script>].md / .txt, files written
 * by reading the page (names, titles, labels and turns checked against it by hand), after
 * normalising line endings. The seed is also checked in Traditional.
 *
 * A missing or different baseline fails. To (re)write baselines after a deliberate change,
 * run `UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts` and review the diff before
 * committing it: the files are the specification, not a snapshot of whatever the code does.
 *
 * Also here: the round trip (the text a Markdown viewer shows is the plain-text export),
 * and the seed read as a reader would (host, four guests, four questions, eleven answers).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanPage } from '../src/cli/clean-page';
import { toMarkdown } from '../src/export/to-markdown';
import { toPlainText } from '../src/export/to-plain-text';
import type { Article, TargetScript } from '../src/shared/types';
import { loadFixtures, type Fixture } from './helpers/fixtures';
import { activeAttributes, foreignElements, markdownToText } from './helpers/markdown-text';

const GOLDEN_DIR = path.resolve(__dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const interviewFixtures = loadFixtures().filter((f) => f.expected.interview);
const cases: { fixture: Fixture; script: TargetScript; name: string }[] = [
  ...interviewFixtures.map((fixture) => ({ fixture, script: fixture.script, name: fixture.id })),
  ...interviewFixtures.filter((f) => f.id === 'seed-interview').map((fixture) => ({ fixture, script: 'hant' as const, name: `${fixture.id}.hant` })),
];

const cache = new Map<string, Promise<Article>>();
function exported(fixture: Fixture, script: TargetScript): Promise<Article> {
  const key = `${fixture.id}:${script}`;
  let a = cache.get(key);
  if (!a) {
    a = cleanPage(fixture.html, { url: fixture.expected.url, script, original: false, force: false }).then((r) => r.article);
    cache.set(key, a);
  }
  return a;
}

const normalise = (s: string) => s.replace(/\r\n?/g, '\n');

function compareWithGolden(file: string, actual: string): void {
  const golden = path.join(GOLDEN_DIR, file);
  if (UPDATE) {
    fs.mkdirSync(GOLDEN_DIR, { recursive: true });
    fs.writeFileSync(golden, actual);
    return;
  }
  if (!fs.existsSync(golden)) throw new Error(`no baseline tests/golden/${file}: write it by reading the page (UPDATE_GOLDEN=1 writes a draft to review)`);
  expect(normalise(actual)).toBe(normalise(fs.readFileSync(golden, 'utf8')));
}

describe.each(cases.map((c) => [c.name, c] as const))('golden export %s', (_name, { fixture, script, name }) => {
  it('Markdown matches the baseline', async () => {
    compareWithGolden(`${name}.md`, toMarkdown(await exported(fixture, script), { script }));
  });

  it('plain text matches the baseline', async () => {
    compareWithGolden(`${name}.txt`, toPlainText(await exported(fixture, script), { script }));
  });

  it('the Markdown, as a viewer shows it, says exactly what the plain text says', async () => {
    const a = await exported(fixture, script);
    const md = toMarkdown(a, { script });
    expect(markdownToText(md)).toBe(toPlainText(a, { script }));
    expect(foreignElements(md)).toEqual([]);
    expect(activeAttributes(md)).toEqual([]);
  });
});

describe('round trip on every article page', () => {
  const articles = loadFixtures().filter((f) => f.expected.isArticle && !f.expected.interview);
  it.each(articles.map((f) => [f.id, f] as const))('%s', async (_id, f) => {
    const { article } = await cleanPage(f.html, { url: f.expected.url, script: f.script, original: false, force: false });
    const md = toMarkdown(article, { script: f.script });
    expect(markdownToText(md)).toBe(toPlainText(article, { script: f.script }));
    expect(foreignElements(md)).toEqual([]);
  });
});

describe('the seed export reads like the original interview', () => {
  const seed = interviewFixtures.find((f) => f.id === 'seed-interview');
  const guests = {
    hans: ['王雪韬（内蒙古自治区赤峰市民政局局长）', '郑方燕（河南省郑州市民政局局长）', '杨青山（湖北省宜昌市民政局局长）', '陶朝晖（湖南省衡阳市政协副主席、市民政局局长）'],
    hant: ['王雪韜（內蒙古自治區赤峰市民政局局長）', '鄭方燕（河南省鄭州市民政局局長）', '楊青山（湖北省宜昌市民政局局長）', '陶朝暉（湖南省衡陽市政協副主席、市民政局局長）'],
  };
  const words = {
    hans: { host: '**主持人**：刘静静（本报记者）', guests: '**嘉宾**：', question: '**问（刘静静）**：', answerers: ['王雪韬', '郑方燕', '杨青山', '陶朝晖'] },
    hant: { host: '**主持人**：劉靜靜（本報記者）', guests: '**嘉賓**：', question: '**問（劉靜靜）**：', answerers: ['王雪韜', '鄭方燕', '楊青山', '陶朝暉'] },
  };
  it.each(['hans', 'hant'] as const)('in %s: host and four guests with titles, four questions, eleven answers by the right names', async (script) => {
    expect(seed).toBeDefined();
    const md = toMarkdown(await exported(seed!, script), { script });
    const w = words[script];
    expect(md).toContain(w.host);
    expect(md).toContain(`${w.guests}\n\n${guests[script].map((g) => `- ${g}`).join('\n')}`);
    const turnLabels = [...md.matchAll(/^\*\*([^*]+)\*\*：/gm)].map((m) => m[1]);
    const questions = turnLabels.filter((l) => `**${l}**：` === w.question);
    const answers = turnLabels.filter((l) => w.answerers.includes(l!));
    expect(questions).toHaveLength(4);
    expect(answers).toEqual(
      script === 'hans'
        ? ['王雪韬', '陶朝晖', '郑方燕', '杨青山', '王雪韬', '陶朝晖', '郑方燕', '陶朝晖', '陶朝晖', '郑方燕', '王雪韬']
        : ['王雪韜', '陶朝暉', '鄭方燕', '楊青山', '王雪韜', '陶朝暉', '鄭方燕', '陶朝暉', '陶朝暉', '鄭方燕', '王雪韜'],
    );
  });
});
