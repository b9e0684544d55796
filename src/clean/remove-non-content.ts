import type { CleanContext } from './context';

/** Code, styles and embedded objects: never article text, and never rendered by the reader. */
const NON_CONTENT = 'script, style, noscript, template, link, meta, svg, canvas, object, embed, iframe, frame, frameset, applet';

export function removeNonContent(ctx: CleanContext): void {
  const body = ctx.doc.body;
  if (!body) return;
  for (const el of Array.from(body.querySelectorAll(NON_CONTENT))) {
    // JSON-LD stays for the metadata stage (it never renders).
    if (el.tagName === 'SCRIPT' && (el.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json') continue;
    el.remove();
  }
}
