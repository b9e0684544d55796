import { defineContentScript } from '#imports';
import { extractPage } from '@/src/extension/extract-page';
import { onMessage, sendMessage } from '@/src/messaging';

/** The previous instance's clean-up, shared through the extension's isolated world. */
interface QingduGlobal {
  __qingduDispose?: () => void;
}

export default defineContentScript({
  // Injected on demand by the background (activeTab + scripting), never on every page, and
  // without `matches`, which WXT would turn into host permissions.
  registration: 'runtime',
  main(ctx) {
    const shared = globalThis as QingduGlobal;
    // Each read injects the script again; the newest instance answers alone.
    shared.__qingduDispose?.();
    const stop = onMessage('extract', ({ data }) => extractPage(document, window, data, (request) => sendMessage('pipelineData', request)));
    const dispose = () => {
      stop();
      if (shared.__qingduDispose === dispose) delete shared.__qingduDispose;
    };
    shared.__qingduDispose = dispose;
    ctx.onInvalidated(dispose);
  },
});
