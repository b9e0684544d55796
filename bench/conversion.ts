/**
 * 3. Conversion (OpenCC): Simplified → Traditional (Taiwan, with phrases) and back, on the
 * seed article and on a 1 M character text; the project's path against opencc-js called
 * directly on the same text.
 *
 * - build: a cold converter build, each in a fresh child process (no module cache).
 * - seed: the toggle (the rendered body's text nodes converted in place with
 *   `convertTextNodes`, plus title, source, byline) and `convertArticle` (the whole Article:
 *   text, body HTML and every block's HTML re-sanitized and serialized, interview, removed
 *   list; the CLI's path), each against one opencc-js call on the article's text. Warm
 *   converters, medians.
 * - 1 M characters: `convertTextNodes` over a DOM of paragraphs holding the text, against
 *   one opencc-js call on the string.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { convertArticle, convertTextNodes } from '../src/convert/convert-article';
import { loadConverter, type Convert } from '../src/convert/opencc-converters';
import { runPipeline } from '../src/pipeline/run-pipeline';
import { loadReadings } from '../src/cli/load-data';
import { sanitizeToFragment } from '../src/sanitize/sanitize-html';
import type { Article } from '../src/shared/types';
import { interleave, median, round, time } from './lib/measure';
import { FIXTURES_DIR, parse } from './lib/pages';
import { decodePage } from '../src/cli/decode';

export interface ColdBuild {
  importMs: number;
  buildMs: number;
  firstCallMs: number;
}

export interface DirectionResult {
  /**
   * The toggle: the rendered (sanitized) body's text nodes converted in place
   * (`convertTextNodes`) plus title, source and byline, ms. What the panel has to do.
   */
  toggleMs: number;
  /** `convertArticle` on the whole Article (every block's HTML re-sanitized; CLI/export path), ms. */
  articleMs: number;
  /** opencc-js directly on article.text, ms. */
  directMs: number;
  toggleRatio: number;
  articleRatio: number;
}

export interface LargeResult {
  chars: number;
  textNodesMs: number;
  /** The project's converter function on the plain string (its dictionary chain). */
  projectStringMs: number;
  directMs: number;
  ratio: number;
  charsPerSecond: number;
  directCharsPerSecond: number;
}

export interface ConversionResult {
  /** Cold build of the project's Simplified → Traditional (tw) converter, ms. */
  buildMs: number | null;
  /** The toggle on the seed article, Simplified → Traditional, warm, ms (see DirectionResult). */
  seedMs: number;
  directOpenccSeedMs: number;
  /** seedMs / directOpenccSeedMs (target ≤ 1.2). */
  ratio: number;
  /** convertArticle on the seed article, S→T, ms, and its ratio to opencc-js. */
  seedArticleMs: number;
  seedArticleRatio: number;
  /** Project path (text nodes), 1 M characters, Simplified → Traditional. */
  charsPerSecond: number;
  seedChars: number;
  runs: number;
  builds: Record<string, ColdBuild | null>;
  seed: { s2t: DirectionResult; t2s: DirectionResult };
  large: { s2t: LargeResult; t2s: LargeResult };
}

function coldBuild(mode: string): ColdBuild | null {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'conversion-cold.ts'), mode], { encoding: 'utf8', cwd: path.resolve(import.meta.dirname, '..') });
  try {
    const j = JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as ColdBuild;
    return { importMs: round(j.importMs), buildMs: round(j.buildMs), firstCallMs: round(j.firstCallMs) };
  } catch {
    return null;
  }
}

function medianOf(runs: number, fn: () => void): number {
  fn(); // warm
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) xs.push(time(fn).ms);
  return median(xs);
}

function direction(article: Article, convert: Convert, direct: Convert, win: Window, runs: number): DirectionResult {
  const body = sanitizeToFragment(article.html, win);
  // The toggle and opencc-js alternate (each ~1 ms: many runs); each toggle run converts its
  // own copy of the rendered body (cloning is outside the timing).
  const toggleRuns = Math.max(runs, 31);
  const copies = Array.from({ length: toggleRuns + 3 }, () => body.cloneNode(true));
  let i = 0;
  const r = interleave(
    () => {
      convertTextNodes(copies[i++] as Node, convert);
      for (const s of [article.title, article.source, article.byline]) if (s) convert(s);
    },
    () => direct(article.text),
    toggleRuns,
    3,
  );
  const toggleMs = median(r.a);
  const directMs = median(r.b);
  const articleMs = medianOf(runs, () => convertArticle(article, convert, win));
  return {
    toggleMs: round(toggleMs, 3),
    articleMs: round(articleMs, 3),
    directMs: round(directMs, 3),
    toggleRatio: round(toggleMs / directMs),
    articleRatio: round(articleMs / directMs),
  };
}

function large(text: string, convert: Convert, direct: Convert, doc: Document, runs: number): LargeResult {
  // Paragraphs of ~300 characters, built with DOM calls.
  const container = doc.createElement('article');
  for (let i = 0; i < text.length; i += 300) {
    const p = doc.createElement('p');
    p.textContent = text.slice(i, i + 300);
    container.appendChild(p);
  }
  const copies = Array.from({ length: runs + 1 }, () => container.cloneNode(true));
  let i = 0;
  const r = interleave(() => convertTextNodes(copies[i++] as Node, convert), () => direct(text), runs, 1);
  const textNodesMs = median(r.a);
  const directMs = median(r.b);
  const projectStringMs = medianOf(runs, () => convert(text));
  return {
    chars: text.length,
    textNodesMs: round(textNodesMs),
    projectStringMs: round(projectStringMs),
    directMs: round(directMs),
    ratio: round(textNodesMs / directMs),
    charsPerSecond: Math.round(text.length / (textNodesMs / 1000)),
    directCharsPerSecond: Math.round(text.length / (directMs / 1000)),
  };
}

export async function benchConversion(runs: number, log: (s: string) => void): Promise<ConversionResult> {
  const builds: Record<string, ColdBuild | null> = {};
  for (const mode of ['project-s2t', 'project-t2s', 'direct-s2t', 'direct-t2s']) builds[mode] = coldBuild(mode);
  log(`  cold builds (ms): ${Object.entries(builds).map(([k, v]) => `${k} ${v ? round(v.buildMs, 0) : 'failed'}`).join(', ')}`);

  // The seed article as the pipeline gives it (its page is Traditional), then in Simplified.
  const raw = fs.readFileSync(path.join(FIXTURES_DIR, 'seed-interview/page.html'));
  const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, 'seed-interview/expected.json'), 'utf8')) as { url: string };
  const { doc, win } = parse(decodePage(raw).text, expected.url);
  const original = runPipeline(doc, { url: expected.url, readings: loadReadings() ?? undefined });
  const t2s = await loadConverter('hant', 'tw', 'hans');
  const s2t = await loadConverter('hans', 'tw', 'tw');
  const directS2t = OpenCC.Converter({ from: 'cn', to: 'twp' });
  const directT2s = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const hans = convertArticle(original, t2s, win);
  const hant = convertArticle(hans, s2t, win);
  const seed = { s2t: direction(hans, s2t, directS2t, win, runs), t2s: direction(hant, t2s, directT2s, win, runs) };
  for (const k of ['s2t', 't2s'] as const) log(`  seed ${k}: toggle ${seed[k].toggleMs} ms, convertArticle ${seed[k].articleMs} ms, opencc-js ${seed[k].directMs} ms`);

  // 1 M characters of Simplified news text (the seed's, repeated), and its Traditional form.
  const base = hans.text.replace(/\s+/g, '');
  const simplified = base.repeat(Math.ceil(1_000_000 / base.length)).slice(0, 1_000_000);
  const traditional = directS2t(simplified);
  const bigRuns = Math.max(3, Math.min(5, runs));
  const big = { s2t: large(simplified, s2t, directS2t, doc, bigRuns), t2s: large(traditional, t2s, directT2s, doc, bigRuns) };
  log(`  1M chars S→T: text nodes ${big.s2t.textNodesMs} ms, opencc-js ${big.s2t.directMs} ms; T→S: ${big.t2s.textNodesMs} / ${big.t2s.directMs} ms`);

  return {
    buildMs: builds['project-s2t']?.buildMs ?? null,
    seedMs: seed.s2t.toggleMs,
    directOpenccSeedMs: seed.s2t.directMs,
    ratio: seed.s2t.toggleRatio,
    seedArticleMs: seed.s2t.articleMs,
    seedArticleRatio: seed.s2t.articleRatio,
    charsPerSecond: big.s2t.charsPerSecond,
    seedChars: hans.text.length,
    runs,
    builds,
    seed,
    large: big,
  };
}
