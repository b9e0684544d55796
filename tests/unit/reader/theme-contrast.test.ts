import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * WCAG AA in every theme, checked on the colours theme.css really declares: light and dark
 * are the two sides of each `light-dark()`, sepia its own block.
 */

const CSS = fs.readFileSync(path.resolve(__dirname, '../../../src/reader/theme.css'), 'utf8');

function block(selector: string): string {
  const start = CSS.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block`);
  return CSS.slice(start, CSS.indexOf('}', start));
}

function tokens(): Record<'light' | 'dark' | 'sepia', Record<string, string>> {
  const light: Record<string, string> = {};
  const dark: Record<string, string> = {};
  for (const [, name, a, b] of block(':root').matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) {
    light[name!] = a!;
    dark[name!] = b!;
  }
  const sepia = { ...light };
  for (const [, name, value] of block(':root[data-theme="sepia"]').matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)) sepia[name!] = value!;
  return { light, dark, sepia };
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** [text, background, minimum]: every pair the panel and the options page draw. */
const PAIRS: [string, string, number][] = [
  ['fg', 'bg', 4.5],
  ['fg', 'surface', 4.5],
  ['fg', 'surface-soft', 4.5],
  ['muted', 'bg', 4.5],
  ['muted', 'surface', 4.5],
  ['muted', 'surface-soft', 4.5],
  ['accent', 'bg', 4.5],
  ['accent', 'surface', 4.5],
  ['accent', 'accent-soft', 4.5],
  ['accent-fg', 'accent', 4.5],
  ['fg', 'accent-soft', 4.5],
  ['fg', 'note-bg', 4.5],
  ['fg', 'speaking-bg', 4.5],
  ['danger-fg', 'danger-bg', 4.5],
  // Focus rings and control borders are not text: 3:1 (WCAG 1.4.11).
  ['focus', 'bg', 3],
  ['focus', 'surface', 3],
];

describe('theme contrast (WCAG AA)', () => {
  const themes = tokens();

  it('should declare every token in every theme', () => {
    for (const theme of Object.values(themes)) for (const [a, b] of PAIRS) expect(theme[a] && theme[b], `${a}/${b}`).toBeTruthy();
  });

  it.each(['light', 'dark', 'sepia'] as const)('%s', (name) => {
    const theme = themes[name];
    const failures = PAIRS.filter(([a, b, min]) => contrast(theme[a]!, theme[b]!) < min).map(([a, b, min]) => `${a} on ${b}: ${contrast(theme[a]!, theme[b]!).toFixed(2)} < ${min}`);
    expect(failures).toEqual([]);
  });
});
