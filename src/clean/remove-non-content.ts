import type { CleanContext } from './context';
import { toArray } from '../shared/dom';

/** Code, styles and embedded objects: never article text, and never rendered by the reader. */
const NON_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta', 'svg', 'canvas', 'object', 'embed', 'iframe', 'frame', 'frameset', 'applet']);

export function removeNonContent(ctx: CleanContext): void {
  const body = ctx.doc.body;
  if (!body) return;
  // By local name, as the selector `script, style, …` matched them (SVG's <script> too),
  // without jsdom's selector engine.
  for (const el of toArray(body.getElementsByTagName('*')).filter((e) => NON_CONTENT.has(e.localName))) {
    // JSON-LD stays for the metadata stage (it never renders).
    if (el.tagName === 'SCRIPT' && (el.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json') continue;
    el.remove();
  }
}
