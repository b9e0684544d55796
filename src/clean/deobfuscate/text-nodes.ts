import { headTitle } from '../../shared/dom';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** Text the reader sees: body text nodes plus the `<title>`, skipping code and styles. */
export function readableTextNodes(doc: Document): Text[] {
  const out: Text[] = [];
  const roots: Node[] = [];
  const title = headTitle(doc);
  if (title) roots.push(title);
  if (doc.body) roots.push(doc.body);
  for (const root of roots) {
    // 4 = NodeFilter.SHOW_TEXT
    const walker = doc.createTreeWalker(root, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (parent && SKIP.has(parent.tagName)) continue;
      out.push(n as Text);
    }
  }
  return out;
}
