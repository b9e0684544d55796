import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

/**
 * The only path from an HTML string to DOM, and from DOM back to an HTML string, in the
 * whole project (scripts/check-html-sinks.mjs fails CI on any other innerHTML /
 * outerHTML / insertAdjacentHTML / document.write). Page content is written by strangers:
 * everything the panel renders and the CLI prints goes through DOMPurify with a
 * whitelist made for articles.
 */

const ALLOWED_TAGS = [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'sup', 'sub', 'br', 'hr', 'ul', 'ol', 'li',
  'blockquote', 'figure', 'figcaption', 'img', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'pre', 'code',
  'span', 'div', 'section', 'dl', 'dt', 'dd', 'mark', 'small', 'abbr', 'cite', 'q', 'time', 'ruby', 'rt', 'rp', 'del', 'ins',
];
const ALLOWED_ATTR = ['href', 'src', 'srcset', 'alt', 'title', 'colspan', 'rowspan', 'lang', 'dir', 'datetime', 'class', 'data-speaker', 'data-role'];
/** Only web and mail links; no javascript:, vbscript:, data: or file: anywhere. */
const SAFE_URI = /^(?:https?:|mailto:|tel:|#)/i;

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: SAFE_URI,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  KEEP_CONTENT: true,
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'base', 'meta', 'link', 'iframe', 'object', 'embed', 'svg', 'math'],
};

const purifiers = new WeakMap<object, DOMPurify>();

function purifierFor(win: Window): DOMPurify {
  let p = purifiers.get(win);
  if (!p) {
    p = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    p.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A' && node.getAttribute('href')) {
        // Article links open next to the reader, never in the panel, never with an opener.
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
      if (node.nodeName === 'IMG') {
        node.setAttribute('loading', 'lazy');
        node.setAttribute('referrerpolicy', 'no-referrer');
      }
    });
    p.addHook('uponSanitizeAttribute', (node, data) => {
      // Links only on <a>: DOMPurify lets data: URLs through in href/src of its "data URI
      // tags" (img), found by the fuzz test: <img href="data:text/html,…">.
      if (data.attrName === 'href' && node.nodeName !== 'A') data.keepAttr = false;
      // Keep src/srcset only when every URL in it is http(s).
      if (data.attrName === 'srcset' && !data.attrValue.split(',').every((part) => /^\s*https?:/i.test(part))) data.keepAttr = false;
      if (data.attrName === 'src' && node.nodeName === 'IMG' && !/^https?:/i.test(data.attrValue.trim())) data.keepAttr = false;
    });
    purifiers.set(win, p);
  }
  return p;
}

/** Sanitized HTML as a string (CLI output, exports, messages). */
export function sanitizeHtml(html: string, win: Window): string {
  return purifierFor(win).sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as unknown as string;
}

/**
 * Sanitized HTML as a fragment ready to insert (the panel), owned by `win`'s document.
 *
 * Not DOMPurify's RETURN_DOM_FRAGMENT: it moves the body's children one by one after its
 * walk has read the body's `childNodes`, and jsdom then re-lists every remaining child on
 * each move, so a 10 MB article took minutes in the CLI (issue 7). The sanitized string is
 * what DOMPurify guarantees safe to parse into an HTML element; a whole-document parse
 * and `firstChild` moves are linear in jsdom and in browsers.
 */
export function sanitizeToFragment(html: string, win: Window): DocumentFragment {
  const { DOMParser } = win as Window & typeof globalThis;
  const body = new DOMParser().parseFromString(`<!DOCTYPE html><body>${sanitizeHtml(html, win)}`, 'text/html').body;
  const frag = win.document.createDocumentFragment();
  for (let n = body.firstChild; n; n = body.firstChild) frag.appendChild(n);
  return frag;
}

// DOM → markup (no sink needed) lives in serialize-html.ts, so the content script can use it without DOMPurify.
export { serializeChildren, serializeFragment } from './serialize-html';

/** Parse a whole page's HTML into a Document (CLI and tests use jsdom's parser instead). */
export function parseDocument(html: string, win: Window & { DOMParser: typeof DOMParser }): Document {
  return new win.DOMParser().parseFromString(html, 'text/html');
}
