import { defineContentScript } from '#imports';
import { cachedTables, extractPage } from '@/src/extension/extract-page';
import { onMessage, sendMessage } from '@/src/messaging';
import { toWire } from '@/src/messaging/wire-article';

/**
 * The previous instance's clean-up, shared through the extension's isolated world. Its
 * presence also tells the background that an instance is listening (src/extension/read-tab.ts).
 */
interface QingduGlobal {
  __qingduDispose?: () => void;
}

export default defineContentScript({
  // Injected on demand by the background (activeTab + scripting), never on every page, and
  // without `matches`, which WXT would turn into host permissions.
  registration: 'runtime',
  main(ctx) {
    const shared = globalThis as QingduGlobal;
    // Injected again only when no instance answers (an extension update): the newest
    // instance answers alone.
    shared.__qingduDispose?.();
    // Parsed once, kept for this page's later reads.
    const tables = cachedTables((request) => sendMessage('pipelineData', request));
    const stop = onMessage('extract', async ({ data }) => {
      const result = await extractPage(document, window, data, tables);
      return result.status === 'done' ? { status: 'done' as const, article: toWire(result.article) } : result;
    });
    const dispose = () => {
      stop();
      if (shared.__qingduDispose === dispose) delete shared.__qingduDispose;
    };
    shared.__qingduDispose = dispose;
    ctx.onInvalidated(dispose);
  },
});
