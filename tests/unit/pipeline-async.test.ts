import { describe, expect, it } from 'vitest';
import { runPipeline, runPipelineAsync } from '../../src/pipeline/run-pipeline';
import { CLEANING_STEPS } from '../../src/clean/index';
import { decodePage } from '../../src/cli/decode';
import type { Article } from '../../src/shared/types';
import { page } from './../helpers/dom';
import { lexicon, readings } from '../helpers/data';
import { loadFixtures } from '../helpers/fixtures';

/** Timings differ from run to run; everything else must not. */
const withoutTimings = (a: Article) => ({ ...a, timings: Object.keys(a.timings) });

// A spread of fixture pages: articles in both scripts, interviews, list pages.
const fixtures = loadFixtures().filter((_, i) => i % 9 === 0);

describe('runPipelineAsync', () => {
  it.each(fixtures.map((f) => [f.id, f] as const))('gives the same article as runPipeline: %s', async (_id, f) => {
    const html = decodePage(f.html).text;
    for (const clean of [true, false]) {
      const options = { url: f.expected.url, readings, lexicon, clean };
      const sync = runPipeline(page(html, f.expected.url), options);
      let yields = 0;
      const pause = () => {
        yields++;
        return new Promise<void>((resolve) => setTimeout(resolve, 0));
      };
      const async = await runPipelineAsync(page(html, f.expected.url), options, pause);
      expect(withoutTimings(async)).toEqual(withoutTimings(sync));
      // A yield after every cleaning step, metadata, extraction and structure.
      expect(yields).toBe((clean ? CLEANING_STEPS.length : 0) + 3);
    }
  });

  it('leaves the time spent waiting out of timings.total', async () => {
    const html = decodePage(fixtures[0]!.html).text;
    const a = await runPipelineAsync(page(html), {}, () => new Promise((resolve) => setTimeout(resolve, 30)));
    expect(a.timings.total).toBeLessThan(Object.keys(a.timings).length * 30);
  });
});
