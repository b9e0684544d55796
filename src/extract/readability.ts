import { Readability } from '@mozilla/readability';
import { toArray } from '../shared/dom';

type Options = ConstructorParameters<typeof Readability<Node>>[1];

/**
 * Readability with its element lookups done by tag name (Readability's own fallback for
 * DOMs without querySelectorAll, as it runs on JSDOMParser), instead of through the
 * selector engine, which in jsdom is half of Readability's time. Readability only removes,
 * counts or rewrites the elements it gets there, so the order across tags does not matter.
 */
export function createReadability(doc: Document, options: Options): Readability<Node> {
  const reader = new Readability<Node>(doc, options);
  const internals = reader as unknown as { _getAllNodesWithTag?: (node: Element | Document, tags: string[]) => Element[] };
  if (typeof internals._getAllNodesWithTag === 'function') {
    internals._getAllNodesWithTag = (node, tags) => (tags.length === 1 ? toArray(node.getElementsByTagName(tags[0]!)) : tags.flatMap((t) => toArray(node.getElementsByTagName(t))));
  }
  return reader;
}
