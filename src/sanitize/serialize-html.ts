/**
 * DOM → markup, for the pipeline's blocks (which the content script sends to the panel,
 * where they are sanitized before use). Written out by hand rather than read from the
 * element's markup property, so this direction needs no raw HTML sink and the content
 * script does not carry DOMPurify (it never turns a string into DOM). The string → DOM
 * direction lives in sanitize-html.ts only. Escaping follows the HTML serialization
 * algorithm (attributes also escape < and >, as current browsers do).
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Raw-text elements: their text is written as is (and never survives sanitizing anyway). */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

/** A text node's markup as serializeChildren writes it (outside raw-text elements). */
export const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The markup of a node's children. Iterative: a page's script can build a DOM deeper than
 * the JavaScript stack.
 */
export function serializeChildren(root: Element | DocumentFragment): string {
  const out: string[] = [];
  // Each entry: a node to open, or the closing tag to write when its children are done.
  const stack: (Node | string)[] = [];
  for (let c = root.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    if (item.nodeType === 3) {
      const parent = item.parentNode;
      out.push(parent && parent.nodeType === 1 && RAW_TEXT.has((parent as Element).localName) ? (item as Text).data : escapeText((item as Text).data));
      continue;
    }
    if (item.nodeType !== 1) continue; // comments and processing instructions are not content
    const el = item as Element;
    const tag = el.localName;
    let open = '<' + tag;
    for (let i = 0; i < el.attributes.length; i++) {
      const attr = el.attributes[i]!;
      open += ` ${attr.name}="${escapeAttr(attr.value)}"`;
    }
    out.push(open + '>');
    if (VOID.has(tag)) continue;
    stack.push(`</${tag}>`);
    const content = tag === 'template' ? (el as HTMLTemplateElement).content : el;
    for (let c = content.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out.join('');
}

/** The markup of a fragment (after sanitizing and converting its text). */
export function serializeFragment(frag: DocumentFragment): string {
  return serializeChildren(frag);
}
