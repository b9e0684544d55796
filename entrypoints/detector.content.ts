import { defineContentScript } from '#imports';
import { quickArticleCheck } from '@/src/detect/quick-article-check';
import { sendMessage } from '@/src/messaging';

/**
 * The auto-detect probe: registered at run time by the background only while auto-detect
 * is on (and the reader granted host access), never listed in the manifest. It reads the
 * page once when idle and tells the background whether to show the "article" badge. Kept
 * tiny: the pipeline, Readability and DOMPurify stay out of it.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    const { isArticle } = quickArticleCheck(document);
    void sendMessage('pageChecked', { isArticle }).catch(() => undefined);
  },
});
