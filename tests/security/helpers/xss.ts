/**
 * Checks for sanitized output, shared by the attack corpus, the bad-input and the
 * property tests. Two independent judges: a static reading of the markup (what is there
 * that could run or fetch) and a live one (parse it in a fresh jsdom that runs scripts,
 * fire every event an attribute could listen to, and see whether any payload set
 * `window.__qingduPwned` or opened a dialog).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';

export const ATTACKS_DIR = fileURLToPath(new URL('../attacks', import.meta.url));

export interface AttackPage {
  file: string;
  covers: string[];
  /** Article sentences next to the payloads: proves the payloads went through extraction. */
  mustContain: string[];
  /** The raw page sets the flag in jsdom (a positive control for the live judge). */
  jsdomLive: boolean;
}

export function loadAttacks(): Array<AttackPage & { html: Buffer }> {
  const manifest = JSON.parse(fs.readFileSync(path.join(ATTACKS_DIR, 'manifest.json'), 'utf8')) as AttackPage[];
  return manifest.map((p) => ({ ...p, html: fs.readFileSync(path.join(ATTACKS_DIR, p.file)) }));
}

/** The article whitelist of src/sanitize/sanitize-html.ts, restated so a change there is a decision. */
const ALLOWED_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'sup', 'sub', 'br', 'hr', 'ul', 'ol', 'li',
  'blockquote', 'figure', 'figcaption', 'img', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'pre', 'code',
  'span', 'div', 'section', 'dl', 'dt', 'dd', 'mark', 'small', 'abbr', 'cite', 'q', 'time', 'ruby', 'rt', 'rp', 'del', 'ins',
]);
const FORBIDDEN_TAGS = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'base', 'meta', 'link', 'style', 'svg', 'math', 'template', 'noscript', 'portal'];
/** Attributes that can hold a URL the browser may load or navigate to. */
const URL_ATTRS = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'cite', 'longdesc', 'lowsrc', 'dynsrc', 'data', 'code', 'codebase', 'usemap', 'ping']);
const SAFE_URL = /^(?:https?:|mailto:|tel:|#)/i;
/** Browsers drop ASCII whitespace and controls inside a scheme ("jav\tascript:"). */
const DANGEROUS_SCHEME = /^(?:javascript|vbscript|livescript|data|file|blob|filesystem):/i;

/** One window for the static judge: DOMParser documents are cheap, jsdom windows are not. */
let parserWindow: InstanceType<typeof JSDOM>['window'] | null = null;

/** Everything in `html` that could run script, load something or submit something; [] when clean. */
export function violations(html: string): string[] {
  parserWindow ??= new JSDOM('', { virtualConsole: new VirtualConsole() }).window;
  const doc = new parserWindow.DOMParser().parseFromString(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`, 'text/html');
  return findViolations(doc, html);
}

function findViolations(doc: Document, html: string): string[] {
  const out: string[] = [];
  if (doc.head.childNodes.length > 0) out.push('content escaped to <head>: ' + doc.head.innerHTML.slice(0, 80));
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    const tag = el.localName;
    if (FORBIDDEN_TAGS.includes(tag)) out.push(`<${tag}>`);
    else if (!ALLOWED_TAGS.has(tag) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') out.push(`<${tag}> not in the article whitelist`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value;
      if (name.startsWith('on')) out.push(`${name} on <${tag}>`);
      else if (name === 'srcdoc' || name === 'style' || name === 'id' || name === 'name' || name === 'form') out.push(`${name}= on <${tag}>`);
      else if (URL_ATTRS.has(name)) {
        const urls = name === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [value];
        for (const u of urls) {
          if (!u.trim()) continue; // an empty URL points at the page itself: nothing to run or load
          const squeezed = u.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
          if (DANGEROUS_SCHEME.test(squeezed) || !SAFE_URL.test(u.trim())) out.push(`${name}="${u.slice(0, 60)}" on <${tag}>`);
        }
      }
    }
  }
  if (/<\s*\/?\s*(?:script|iframe|object|embed|style|svg|math|base|meta|link|form)\b/i.test(html.replace(/&lt;|&gt;/g, ''))) out.push('raw sink tag in the markup string');
  return out;
}

/** Every event a surviving attribute could listen to. */
const EVENTS = ['load', 'error', 'click', 'dblclick', 'mouseover', 'mouseenter', 'mousedown', 'mouseup', 'focus', 'blur', 'focusin', 'toggle', 'animationstart', 'animationend', 'transitionend', 'pointerenter', 'pointerdown', 'input', 'change', 'submit', 'begin', 'start', 'scroll', 'wheel', 'keydown', 'copy', 'paste'];

/**
 * Parse `html` as the body of a page that runs its scripts, fire every listened-for event
 * on every element, follow javascript: links the way a click would, and report whether
 * any payload ran (the flag, or alert/confirm/prompt/print).
 */
export function runsPayload(html: string): boolean {
  const dom = new JSDOM(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`, {
    runScripts: 'dangerously',
    virtualConsole: new VirtualConsole(),
    url: 'https://reader.invalid/panel.html',
    beforeParse(win) {
      const pwn = () => {
        (win as unknown as Record<string, unknown>).__qingduPwned = true;
        return null;
      };
      Object.assign(win, { alert: pwn, confirm: pwn, prompt: pwn, print: pwn });
    },
  });
  const win = dom.window;
  const flag = () => (win as unknown as Record<string, unknown>).__qingduPwned === true;
  try {
    for (const el of Array.from(win.document.querySelectorAll('*'))) {
      for (const type of EVENTS) el.dispatchEvent(new win.Event(type, { bubbles: false }));
      for (const attr of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
        const value = el.getAttribute(attr);
        // jsdom does not navigate to javascript: URLs; evaluate them as a browser click would.
        const m = value && /^\s*javascript:([\s\S]*)$/i.exec(value.replace(/[\t\n\r]/g, ''));
        if (m) {
          try {
            win.eval(decodeURIComponent(m[1] ?? ''));
          } catch {
            // a payload that fails to run did not run
          }
        }
      }
    }
  } finally {
    win.close();
  }
  return flag();
}
