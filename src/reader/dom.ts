/**
 * A tiny element builder for the panel. Text goes in through `textContent` only: page
 * HTML reaches the DOM exclusively through `sanitizeToFragment` (src/sanitize).
 */

export type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  /** Attributes; `undefined` and `false` leave the attribute out, `true` sets it empty. */
  attrs?: Record<string, string | boolean | undefined>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export type Builder = <K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]) => HTMLElementTagNameMap[K];

/** A builder bound to one document (the panel's, or jsdom's in unit tests). */
export function builder(doc: Document): Builder {
  return (tag, props, ...children) => {
    const el = doc.createElement(tag);
    if (props?.class) el.className = props.class;
    for (const [name, value] of Object.entries(props?.attrs ?? {})) {
      if (value === undefined || value === false) continue;
      el.setAttribute(name, value === true ? '' : value);
    }
    for (const [type, handler] of Object.entries(props?.on ?? {})) {
      el.addEventListener(type, handler as EventListener);
    }
    append(el, ...children);
    return el;
  };
}

export function append(parent: Node, ...children: Child[]): void {
  const doc = parent.ownerDocument ?? (parent as Document);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
}

/** Replace everything inside `parent`. */
export function replaceContent(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}
