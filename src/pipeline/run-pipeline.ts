import type { Article, Block, Script } from '../shared/types';
import type { CleanContext, HiddenOracle } from '../clean/context';
import type { Lexicon } from '../clean/deobfuscate/lexicon';
import type { Readings } from '../clean/deobfuscate/readings';
import { CLEANING_STEPS, now, round } from '../clean/index';
import { readMetadata } from '../extract/metadata';
import { readScriptHints } from '../extract/script-hints';
import { resolveUrls } from '../extract/resolve-urls';
import { markCaptions } from '../extract/mark-captions';
import { extractArticle } from '../extract/extract-article';
import { toBlocks } from '../structure/blocks';
import { blocksToHtml, blocksToText } from '../structure/blocks-to-html';
import { detectInterview } from '../structure/interview';
import { collectPageSignals, detectArticle } from '../detect/is-article';
import { detectLanguage } from '../detect/language';
import { traditionalVariant } from '../detect/traditional-variant';
import { titleSimilarity } from '../extract/metadata';
import { squash, textWeight } from '../shared/dom';

export interface PipelineOptions {
  /** The page URL: resolves relative links and images, and a date in the URL. */
  url?: string;
  /** Visibility from the browser's computed style (content script). */
  hiddenOracle?: HiddenOracle;
  /**
   * false: extraction only, no cleaning (the panel's "show original", to check that
   * nothing of the article was lost).
   */
  clean?: boolean;
  /** Extract even when the page does not look like an article ("show anyway"). */
  force?: boolean;
  /** The readings table (clean/deobfuscate/readings.ts): needed by pages with pinyin or lost characters. */
  readings?: Readings;
  /** Dictionary words for restoring lost characters (see clean/deobfuscate/lexicon.ts). */
  lexicon?: Lexicon;
}

/**
 * The whole pipeline on a working copy of a page: cleaning steps, metadata, extraction,
 * structure, detection. `doc` is modified: pass a clone, never the live page.
 */
export function runPipeline(doc: Document, options: PipelineOptions = {}): Article {
  const stages = pipelineStages(doc, options);
  let step = stages.next(0);
  while (!step.done) step = stages.next(0);
  return step.value;
}

/** Gives the page's main thread back between two stages (the content script's yield). */
export type YieldFn = () => Promise<void>;

/**
 * The same pipeline, stage by stage, awaiting `yieldFn` between stages so the page that
 * runs it (the content script) stays responsive. Same stages in the same order as
 * `runPipeline`, so the same Article; `timings.total` counts the work, not the waits.
 */
export async function runPipelineAsync(doc: Document, options: PipelineOptions = {}, yieldFn: YieldFn = () => Promise.resolve()): Promise<Article> {
  const stages = pipelineStages(doc, options);
  let step = stages.next(0);
  while (!step.done) {
    const t = now();
    await yieldFn();
    step = stages.next(now() - t);
  }
  return step.value;
}

/**
 * The pipeline as one list of stages: each `yield` ends a stage (its name) and receives
 * how long the runner waited before the next (ms), which `timings.total` leaves out.
 */
function* pipelineStages(doc: Document, options: PipelineOptions): Generator<string, Article, number> {
  const url = options.url ?? doc.URL ?? '';
  const timings: Record<string, number> = {};
  const t0 = now();
  let waited = 0;
  const ctx: CleanContext = { doc, url, removals: [], hiddenOracle: options.hiddenOracle, readings: options.readings, lexicon: options.lexicon };
  const clean = options.clean !== false;
  const chrome = CLEANING_STEPS.findIndex((s) => s.name === 'chrome');
  /** The cleaning steps from `start` up to `end` (exclusive), timing each, a stage each. */
  function* cleaning(start: number, end: number): Generator<string, void, number> {
    for (const step of CLEANING_STEPS.slice(start, end)) {
      const ts = now();
      step.run(ctx);
      timings[step.name] = round(now() - ts);
      waited += yield step.name;
    }
  }

  // Inline scripts go in the cleaning; a few pages keep their date there (WeChat).
  const hints = readScriptHints(doc);
  if (clean) yield* cleaning(0, chrome);
  let t = now();
  const meta = readMetadata(doc, url, hints);
  const signals = collectPageSignals(doc);
  timings.metadata = round(now() - t);
  waited += yield 'metadata';
  if (clean) yield* cleaning(chrome, CLEANING_STEPS.length);

  t = now();
  resolveUrls(doc, url);
  markCaptions(doc);
  const extraction = doc.body ? extractArticle(doc) : null;
  timings.extraction = round(now() - t);
  waited += yield 'extraction';

  t = now();
  let blocks: Block[] | null = extraction ? [...extraction.lead.flatMap((el) => toBlocks(el)), ...toBlocks(extraction.content)] : null;
  if (blocks && meta.title) blocks = dropTitleRepeat(blocks, meta.title);
  const interview = blocks && clean ? detectInterview(blocks, { byline: meta.byline, source: meta.source, title: meta.title }) : null;
  timings.structure = round(now() - t);
  waited += yield 'structure';

  const detection = detectArticle({ signals, blocks, url });
  const body = blocks ?? [];
  const text = blocksToText(body); // '' without blocks
  const language = detectLanguage(doc, text, meta.title ?? '');
  const isArticle = detection.isArticle || !!options.force;
  timings.total = round(now() - t0 - waited);

  return {
    isArticle,
    ...(detection.isArticle ? {} : { reason: detection.reason }),
    url,
    title: meta.title,
    published: meta.published,
    source: meta.source,
    byline: meta.byline,
    lang: language.lang,
    originalScript: language.script as Script | null,
    ...(language.script === 'hant' ? { traditionalVariant: traditionalVariant(doc, url, text) } : {}),
    html: blocksToHtml(body),
    text,
    blocks: body,
    interview,
    removed: ctx.removals,
    timings,
  };
}

/** The heading Readability or the page repeats at the top of the body. */
function dropTitleRepeat(blocks: Block[], title: string): Block[] {
  // The heading repeated at the top of the body, maybe under a column label (汐城时评),
  // which goes with it: a label above the headline is not article text.
  const texts = blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.kind !== 'image').slice(0, 3);
  for (let k = 0; k < texts.length; k++) {
    const { b, i } = texts[k]!;
    if (b.kind !== 'heading' && b.kind !== 'paragraph') return blocks;
    if (squash(b.text) === squash(title) || titleSimilarity(b.text, title) > 0.9) {
      const above = new Set(texts.slice(0, k).map((t) => t.i));
      const labels = [...above].every((j) => textWeight(blocks[j]!.text) <= 12 && !/[。！？.!?]/.test(blocks[j]!.text));
      return blocks.filter((_, j) => j !== i && !(labels && above.has(j)));
    }
    // Only short lines may stand above the repeated heading.
    if (textWeight(b.text) > 12) return blocks;
  }
  return blocks;
}
