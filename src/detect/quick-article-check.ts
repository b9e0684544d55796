/**
 * A quick "is this an article?" for the auto-detect badge, run on every page the reader
 * visits while auto-detect is on. It must cost almost nothing, so it does not run the
 * pipeline (no clone, no cleaning, no Readability): one pass over the page's paragraphs
 * and list items, counting text that reads like prose.
 *
 * Chinese-aware: weight counts one Han character like one English word (Readability's
 * 140-character paragraph rule misses Chinese news with short paragraphs), and pages that
 * set text with <br> instead of <p> (government CMSes) count too.
 */

export interface QuickCheck {
  isArticle: boolean;
  /** Weight of the prose paragraphs (Han characters + Latin words). */
  prose: number;
  /** Prose paragraphs counted. */
  paragraphs: number;
  /** Weight of the prose in the one container that holds most of it (an article's body). */
  main: number;
  /** List items that are mostly one short link: rows of a news list, a menu, results. */
  linkItems: number;
  /** The page presents a video (a player, og:type video). */
  video: boolean;
}

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z]+(?:['’][A-Za-z]+)?/g;
const SENTENCE_END = /[。！？!?]|\.(?:\s|$)/;
/** Page chrome a paragraph in it is not part of an article. */
const CHROME = 'nav,header,footer,aside,form,[role="navigation"],[role="banner"],[role="contentinfo"]';

/** Minimum weight of one prose paragraph (a short Chinese news paragraph is ~40). */
const MIN_PARAGRAPH = 12;
/** Prose the main container needs: a one-paragraph news brief is ~110 characters. */
const MIN_MAIN = 100;
/** A headline link next to the paragraph: a teaser in a list, not a paragraph of an article. */
const TEASER_HEADLINE = ':scope > :is(h2, h3, h4, h5) a, :scope > a > :is(h2, h3, h4, h5)';

export function textWeight(text: string): number {
  return (text.match(HAN)?.length ?? 0) + (text.match(LATIN_WORD)?.length ?? 0);
}

function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) n += (a.textContent ?? '').length;
  return n;
}

/** Text set with <br> straight in a container: the direct text of each such container. */
function brBlocks(body: HTMLElement): [Element, string][] {
  const parents = new Set<Element>();
  for (const br of Array.from(body.getElementsByTagName('br'))) if (br.parentElement && br.parentElement.tagName !== 'P') parents.add(br.parentElement);
  const texts: [Element, string][] = [];
  for (const parent of parents) {
    for (const node of Array.from(parent.childNodes)) {
      if (node.nodeType === 3 && node.textContent) texts.push([parent, node.textContent]);
    }
  }
  return texts;
}

export function quickArticleCheck(doc: Document): QuickCheck {
  const result: QuickCheck = { isArticle: false, prose: 0, main: 0, paragraphs: 0, linkItems: 0, video: false };
  const body = doc.body;
  if (!body) return result;

  let sentences = 0;
  // Prose per container: an article's paragraphs are siblings, a list's snippets are not.
  const byContainer = new Map<Element, number>();
  const count = (text: string, container: Element): void => {
    const weight = textWeight(text);
    if (weight < MIN_PARAGRAPH) return;
    result.prose += weight;
    result.paragraphs++;
    if (SENTENCE_END.test(text)) sentences++;
    byContainer.set(container, (byContainer.get(container) ?? 0) + weight);
  };
  for (const p of Array.from(body.getElementsByTagName('p'))) {
    const text = p.textContent ?? '';
    if (text.length < MIN_PARAGRAPH) continue;
    const parent = p.parentElement ?? body;
    if (linkTextLength(p) > text.length * 0.5 || p.closest('a') || p.closest(CHROME) || parent.querySelector(TEASER_HEADLINE)) continue;
    // Captions of a photo list each sit in their own item: they count for the list.
    count(text, /^(LI|FIGURE)$/.test(parent.tagName) ? (parent.parentElement ?? parent) : parent);
  }
  for (const [container, text] of brBlocks(body)) count(text, container);
  for (const weight of byContainer.values()) result.main = Math.max(result.main, weight);

  for (const li of Array.from(body.querySelectorAll('li, tr, dd'))) {
    const text = (li.textContent ?? '').trim();
    if (text && textWeight(text) < 60 && linkTextLength(li) >= text.length * 0.4) result.linkItems++;
  }

  const login = Array.from(body.getElementsByTagName('input')).some((i) => i.type === 'password');
  result.video = body.getElementsByTagName('video').length > 0 || /^video/i.test(doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '');
  const main = result.main;
  result.isArticle =
    main >= MIN_MAIN &&
    sentences >= 1 &&
    // A list of links with a line of introduction; a player with a line of description;
    // a sign-in form: each has a little prose, none is an article.
    !(result.linkItems >= 8 && main < 200) &&
    !(result.video && main < 300) &&
    !(login && main < 400);
  return result;
}
