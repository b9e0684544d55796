/**
 * Bounded reads of very large pages (issue 7: a 10 MB page read, or stopped with a
 * message, within 3 s, the tab responsive meanwhile). Past a size no news article reaches,
 * the content script reads the page's beginning only: the head and the body up to a text
 * budget, in document order, with the ancestors of the cut kept so the structure stays
 * valid. The panel says so and offers the full read, so nothing is lost.
 */

/** The sizes that decide a bounded read, in UTF-16 code units of the body's text. */
export interface ReadBudget {
  /** Pages with more body text than this are read up to `keepChars`. */
  thresholdChars: number;
  /** How much of the body's text a bounded read keeps (at least). */
  keepChars: number;
}

/**
 * About 3 MB of Chinese text: ten times a long feature, three times the 1 MB test page;
 * the kept part is read in about the time of that page.
 */
export const READ_BUDGET: ReadBudget = { thresholdChars: 1_000_000, keepChars: 200_000 };

/** What a bounded read kept of the body's text, as the Article carries it. */
export interface Truncation {
  keptChars: number;
  totalChars: number;
}

/**
 * A copy of `doc` with its body cut after the text node where `keepChars` characters of
 * body text are reached (everything before it and the cut's ancestors kept, everything
 * after it dropped), or null when the body holds no more than that. The copy's body text
 * is a prefix of the live body's, and its elements are the live page's first elements in
 * document order (what the computed-style oracle maps by index). `doc` is not modified.
 */
export function cloneBeginning(doc: Document, keepChars: number): { clone: Document; keptChars: number } | null {
  const body = doc.body;
  if (!body) return null;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let kept = 0;
  let cut: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    kept += (node as Text).data.length;
    if (kept >= keepChars) {
      cut = node;
      break;
    }
  }
  if (!cut || !walker.nextNode()) return null; // the budget holds the whole body

  const clone = doc.cloneNode(false) as Document;
  for (const child of Array.from(doc.childNodes)) {
    if (child !== doc.documentElement) {
      clone.appendChild(clone.importNode(child, true));
      continue;
    }
    const html = clone.importNode(child, false);
    for (const part of Array.from(child.childNodes)) {
      if (part !== body) {
        html.appendChild(clone.importNode(part, true));
        continue;
      }
      // The body's beginning: a range from its start to just after the cut text node,
      // which clones the partly selected ancestors without their later children.
      const range = doc.createRange();
      range.setStart(body, 0);
      range.setEndAfter(cut);
      const bodyCopy = clone.importNode(body, false);
      bodyCopy.appendChild(range.cloneContents()); // adopted into the copy
      range.detach();
      html.appendChild(bodyCopy);
    }
    clone.appendChild(html);
  }
  return { clone, keptChars: kept };
}

/**
 * Gives the page's main thread back between two stages of a read: a zero-delay timer,
 * which runs after the page's own due timers (and input and rendering between tasks). Not
 * `scheduler.yield()`, whose continuation runs ahead of the page's other tasks (in
 * Chromium a page's 16 ms interval did not run once during a whole read that yielded 17
 * times with it), nor a posted message, which Chromium also ran ahead of a due interval.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A pause for one read that gives the main thread back only once `sliceMs` of work have
 * passed since the last time: on an ordinary page the whole read fits in one slice and
 * waits for no timer (each zero-delay timer costs a few ms once they nest), while a
 * large page is still cut into short tasks.
 */
export function slicedYield(sliceMs = 40, now: () => number = () => performance.now()): () => Promise<void> {
  let last = now();
  return async () => {
    if (now() - last < sliceMs) return;
    await yieldToPage();
    last = now();
  };
}
