/**
 * The attack corpus's judges for real browsers (tests/security/attacks/README.md): the same
 * functions run on the raw attack page (positive control: the payloads must be seen to
 * fire there) and in the reader (nothing may fire). Every function here is handed to
 * `page.evaluate` by Playwright or Puppeteer, so each is self-contained: no imports, no
 * helpers from outside its own body.
 */

/** The payloads' witnesses in a window: the flag, and dialogs counted by `recordDialogs`. */
export interface Witness {
  flag: boolean;
  dialogs: string[];
}

/**
 * Init script (before any of the page's own code): alert/confirm/prompt/print still open
 * their dialog (the test's dialog listener sees it too) but are also counted, so a
 * `print()`, which opens no JavaScript dialog, is seen as well.
 */
export function recordDialogs(): void {
  const w = window as unknown as Record<string, unknown> & { __qingduDialogs?: string[] };
  if (w.__qingduDialogs) return;
  w.__qingduDialogs = [];
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    const original = w[name] as ((...args: unknown[]) => unknown) | undefined;
    w[name] = function (this: unknown, ...args: unknown[]) {
      w.__qingduDialogs!.push(name);
      return original?.apply(this, args);
    };
  }
}

/** Whether anything ran in this window (strictly `=== true`: a clobbered `id` is not a run). */
export function witness(): Witness {
  const w = window as unknown as { __qingduPwned?: unknown; __qingduDialogs?: string[] };
  let flag = w.__qingduPwned === true;
  try {
    flag ||= (window.top as unknown as { __qingduPwned?: unknown } | null)?.__qingduPwned === true;
  } catch {
    // another origin's top: it cannot be the panel
  }
  return { flag, dialogs: [...(w.__qingduDialogs ?? [])] };
}

/**
 * Give every payload under `selector` its chance: fire each event an attribute could listen
 * to on every element, and click every link or area whose URL the browser resolves to
 * something other than a web or mail address (`javascript:`, `vbscript:`, `data:` …), as a
 * reader clicking it would. The reader's own buttons are left alone (their listeners
 * would change the view). Returns how many elements and clicks it tried.
 */
export function firePayloads(selector: string): { elements: number; clicked: number } {
  const EVENTS = ['load', 'error', 'click', 'dblclick', 'mouseover', 'mouseenter', 'mousedown', 'mouseup', 'focus', 'blur', 'focusin', 'toggle', 'animationstart', 'animationend', 'transitionend', 'pointerenter', 'pointerdown', 'input', 'change', 'submit', 'begin', 'start', 'scroll', 'wheel', 'keydown', 'copy', 'paste'];
  const SAFE = new Set(['http:', 'https:', 'mailto:', 'tel:']);
  let elements = 0;
  let clicked = 0;
  for (const root of Array.from(document.querySelectorAll(selector))) {
    for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
      if (el.closest('button')) continue;
      elements++;
      for (const type of EVENTS) {
        try {
          el.dispatchEvent(new Event(type, { bubbles: false }));
        } catch {
          // an event a payload threw from still counts through the flag
        }
      }
      const raw = el.getAttribute('href') ?? el.getAttribute('xlink:href');
      if (raw === null) continue;
      let protocol = '';
      try {
        protocol = new URL(raw, document.baseURI).protocol;
      } catch {
        continue; // not a URL the browser would follow
      }
      if (!SAFE.has(protocol) && typeof (el as HTMLElement).click === 'function') {
        (el as HTMLElement).click();
        clicked++;
      }
    }
  }
  return { elements, clicked };
}

/**
 * Everything under `selector` in the reader that could run script or fetch something: a
 * scriptable or fetching element, an `on…` attribute, a URL attribute the browser resolves
 * to anything but http(s)/mailto/tel, `srcdoc`, form targets, or a style attribute that
 * loads something. [] when clean.
 */
export function domViolations(selector: string): string[] {
  const FORBIDDEN = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'textarea', 'select', 'base', 'meta', 'link', 'style', 'svg', 'math', 'template', 'noscript', 'portal', 'audio', 'video', 'source', 'track', 'image', 'use', 'foreignobject', 'animate', 'set']);
  const URL_ATTRS = new Set(['href', 'src', 'srcset', 'xlink:href', 'poster', 'background', 'action', 'formaction', 'data', 'codebase', 'longdesc', 'lowsrc', 'dynsrc', 'ping', 'cite', 'usemap', 'manifest', 'icon', 'archive']);
  const SAFE = new Set(['http:', 'https:', 'mailto:', 'tel:']);
  const out: string[] = [];
  for (const root of Array.from(document.querySelectorAll(selector))) {
    for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
      const tag = el.localName.toLowerCase();
      if (FORBIDDEN.has(tag)) out.push(`<${tag}>`);
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        const value = attr.value;
        if (name.startsWith('on')) out.push(`${name} on <${tag}>`);
        else if (name === 'srcdoc' || name === 'formaction' || name === 'action') out.push(`${name} on <${tag}>`);
        else if (name === 'style' && /url\s*\(|image-set|expression\s*\(|@import|behavior|binding/i.test(value)) out.push(`style that loads on <${tag}>: ${value.slice(0, 60)}`);
        else if (URL_ATTRS.has(name) && value.trim()) {
          const urls = name === 'srcset' || name === 'ping' || name === 'archive' ? value.split(/[,\s]+/).filter((u) => u && !/^\d+(\.\d+)?[wx]$/.test(u)) : [value];
          for (const u of urls) {
            let protocol = '';
            try {
              protocol = new URL(u, document.baseURI).protocol;
            } catch {
              continue; // unparseable: the browser would not load or follow it
            }
            if (!SAFE.has(protocol)) out.push(`${name}="${u.slice(0, 60)}" on <${tag}>`);
          }
        }
      }
    }
  }
  return out;
}

/** Open every <details> under `selector` (the removed list builds its entries on open). */
export function openAllDetails(selector: string): number {
  let opened = 0;
  for (const d of Array.from(document.querySelectorAll(`${selector} details:not([open])`))) {
    (d as HTMLDetailsElement).open = true;
    opened++;
  }
  return opened;
}

/** What `judgeExpression` finds in one view of the reader. */
export interface Judgement {
  witness: Witness;
  dom: string[];
  fired: { elements: number; clicked: number };
  /** The article body's markup, for the jsdom judge (tests/security/helpers/xss.ts). */
  body: string;
  text: string;
  images: string[];
  /** The page the view says it shows (its "原文" link). */
  link: string;
}

/**
 * One round trip for every judge on the reader under `selector`, as an expression to
 * evaluate in the panel (Playwright and Puppeteer take strings): open every removed-list
 * group, fire every payload, give late ones 200 ms, then look. `prelude` may rebind
 * `window` and `document` (Firefox's sidebar, judged from another extension page).
 */
export function judgeExpression(selector: string, prelude = ''): string {
  return `(async () => {
    ${prelude}
    const openAllDetails = ${openAllDetails.toString()};
    const firePayloads = ${firePayloads.toString()};
    const witness = ${witness.toString()};
    const domViolations = ${domViolations.toString()};
    const sel = ${JSON.stringify(selector)};
    for (let i = 0; i < 3 && openAllDetails(sel) > 0; i++) await new Promise((r) => setTimeout(r, 50));
    const fired = firePayloads(sel);
    await new Promise((r) => setTimeout(r, 200));
    const body = document.querySelector(sel + ' .article-body');
    return {
      witness: witness(),
      dom: domViolations(sel),
      fired,
      body: body ? body.innerHTML : '',
      text: document.querySelector(sel)?.textContent ?? '',
      images: Array.from(document.querySelectorAll(sel + ' .article-body img')).map((img) => img.src),
      link: document.querySelector(sel + ' .meta-link')?.href ?? '',
    };
  })()`;
}
