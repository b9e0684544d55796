import { browser } from '#imports';
import type { PipelineDataRequest, PipelineData } from '../messaging/protocol';

const files = { readings: 'readings.txt', lexicon: 'words-2.txt' } as const;
const cache = new Map<keyof typeof files, Promise<string | null>>();

function read(name: keyof typeof files): Promise<string | null> {
  let p = cache.get(name);
  if (!p) {
    p = fetch(browser.runtime.getURL(`/data/${files[name]}`))
      .then((r) => (r.ok ? r.text() : null))
      .catch(() => null);
    cache.set(name, p);
  }
  return p;
}

/**
 * The pipeline's data files (public/data: the readings table, the dictionary), read from
 * the extension's own files once per background lifetime (no network) and handed to the
 * content script only for pages that need them. Null when a file cannot be read: the
 * pipeline then does without.
 */
export async function pipelineData(request: PipelineDataRequest): Promise<PipelineData> {
  const [readings, lexicon] = await Promise.all([request.readings ? read('readings') : null, request.lexicon ? read('lexicon') : null]);
  return { readings, lexicon };
}
