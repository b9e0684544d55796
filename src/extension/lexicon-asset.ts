import { browser } from '#imports';

let text: Promise<string | null> | null = null;

/**
 * The dictionary shipped as public/lexicon/words-2.txt, read from the extension's own
 * files once per background lifetime (no network). Null when it cannot be read: the
 * pipeline then restores only the lost characters the page itself proves.
 */
export function lexiconText(): Promise<string | null> {
  text ??= fetch(browser.runtime.getURL('/lexicon/words-2.txt'))
    .then((r) => (r.ok ? r.text() : null))
    .catch(() => null);
  return text;
}
