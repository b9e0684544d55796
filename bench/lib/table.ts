/** Plain-text tables for the terminal (CJK-free content, so string length = width). */

export function table(headers: string[], rows: (string | number | null)[][], align: ('l' | 'r')[] = []): string {
  const cells = rows.map((r) => r.map((c) => (c === null ? '—' : String(c))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) =>
    r.map((c, i) => (align[i] === 'r' ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [fmt(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(fmt)].join('\n');
}

export const fmtMs = (ms: number | null | undefined, digits = 1): string | null => (ms === null || ms === undefined || !Number.isFinite(ms) ? null : ms.toFixed(digits));
export const fmtKB = (bytes: number | null | undefined): string | null => (bytes === null || bytes === undefined ? null : (bytes / 1024).toFixed(1) + ' KB');
export const fmtBytes = (bytes: number): string => (bytes >= 1024 * 1024 ? (bytes / 1024 / 1024).toFixed(2) + ' MB' : (bytes / 1024).toFixed(1) + ' KB');

/** A section title. */
export const heading = (s: string): string => `\n== ${s} ${'='.repeat(Math.max(0, 76 - s.length))}`;
