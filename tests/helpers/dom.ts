import { JSDOM, VirtualConsole } from 'jsdom';
import type { CleanContext } from '../../src/clean/context';
import type { Removal } from '../../src/shared/types';
import { readings } from './data';

/** A page from inline HTML (a fragment goes into the body of a minimal document). */
export function page(html: string, url = 'https://news.example.com/a/2024/0308/1.html'): Document {
  const full = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>${html}</body></html>`;
  return new JSDOM(full, { url, virtualConsole: new VirtualConsole() }).window.document;
}

export function context(doc: Document): CleanContext {
  return { doc, url: doc.URL, removals: [], readings };
}

export function bodyText(doc: Document): string {
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function removedTexts(removals: Removal[], step?: string): string[] {
  return removals.filter((r) => !step || r.step === step).map((r) => r.text);
}
