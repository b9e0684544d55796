import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { createReadability } from '../../../src/extract/readability';
import { loadFixtures } from '../../helpers/fixtures';

describe('Readability with lookups by tag name', () => {
  it('extracts exactly what plain Readability extracts, on every fixture page', () => {
    const differing: string[] = [];
    for (const f of loadFixtures()) {
      const doc = new JSDOM(f.html, { url: f.expected.url, virtualConsole: new VirtualConsole() }).window.document;
      const plain = new Readability(doc.cloneNode(true) as Document).parse();
      const ours = createReadability(doc.cloneNode(true) as Document, {}).parse();
      if (plain?.content !== (ours?.content as unknown as string | undefined) || plain?.title !== ours?.title) differing.push(f.id);
    }
    expect(differing).toEqual([]);
  });

  it('still has the internal it replaces (a Readability upgrade must keep this test honest)', () => {
    const reader = new Readability(new JSDOM('<p>x</p>').window.document) as unknown as Record<string, unknown>;
    expect(typeof reader._getAllNodesWithTag).toBe('function');
  });
});
