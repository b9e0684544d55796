import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodePage } from '../../src/cli/decode';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES_DIR = path.join(ROOT, 'tests/fixtures');

export interface FixturePage {
  id: string;
  bytes: number;
  url: string;
  html: string;
}

/** Every fixture (page.html + expected.json), decoded the way the CLI decodes it. */
export function loadFixturePages(): FixturePage[] {
  return fs
    .readdirSync(FIXTURES_DIR)
    .filter((d) => fs.existsSync(path.join(FIXTURES_DIR, d, 'page.html')) && fs.existsSync(path.join(FIXTURES_DIR, d, 'expected.json')))
    .sort()
    .map((id) => {
      const raw = fs.readFileSync(path.join(FIXTURES_DIR, id, 'page.html'));
      const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, id, 'expected.json'), 'utf8')) as { url?: string };
      return { id, bytes: raw.length, url: expected.url ?? 'https://example.com/', html: decodePage(raw).text };
    });
}

/** Parse once, as the CLI does (no scripts, no resources, CSS errors swallowed). */
export function parse(html: string, url: string): { doc: Document; win: Window } {
  const dom = new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  return { doc: dom.window.document, win: dom.window as unknown as Window };
}

/** A working copy for one run: the pipeline and Readability both modify their input. */
export const cloneDoc = (doc: Document): Document => doc.cloneNode(true) as Document;
