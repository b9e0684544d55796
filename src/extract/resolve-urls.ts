import { absoluteUrl, toArray } from '../shared/dom';

const LAZY_SRC = ['data-src', 'data-original', 'data-lazy-src', 'data-lazy', 'data-url', 'data-echo', 'data-actualsrc', 'data-ks-lazyload', 'file', 'original'];
const PLACEHOLDER = /^data:image\/(gif|png|svg)|blank\.(gif|png)|placeholder|loading\.(gif|svg)|grey\.gif|lazy\.(gif|png)|^$/i;

/**
 * Lazy-loaded images get their real `src`; every image and link URL is made absolute
 * against the page URL, so the panel and the exports show them off the page.
 */
export function resolveUrls(root: Element | Document, baseUrl: string): void {
  for (const img of toArray(root.getElementsByTagName('img'))) {
    const src = img.getAttribute('src') ?? '';
    if (PLACEHOLDER.test(src.trim())) {
      for (const attr of LAZY_SRC) {
        const v = img.getAttribute(attr);
        if (v && !PLACEHOLDER.test(v)) {
          img.setAttribute('src', v);
          break;
        }
      }
    }
    const srcset = img.getAttribute('data-srcset');
    if (srcset && !img.getAttribute('srcset')) img.setAttribute('srcset', srcset);
    const finalSrc = img.getAttribute('src');
    if (finalSrc) {
      const abs = absoluteUrl(finalSrc, baseUrl);
      if (abs) img.setAttribute('src', abs);
    }
    const set = img.getAttribute('srcset');
    if (set) {
      img.setAttribute(
        'srcset',
        set
          .split(',')
          .map((part) => {
            const [u, ...rest] = part.trim().split(/\s+/);
            return [u ? absoluteUrl(u, baseUrl) ?? u : '', ...rest].join(' ');
          })
          .join(', '),
      );
    }
  }
  for (const a of toArray(root.getElementsByTagName('a')).filter((x) => x.hasAttribute('href'))) {
    const href = a.getAttribute('href')!;
    if (/^\s*(javascript|vbscript|data):/i.test(href)) a.removeAttribute('href');
    else if (!href.startsWith('#')) {
      const abs = absoluteUrl(href, baseUrl);
      if (abs) a.setAttribute('href', abs);
    }
  }
}
