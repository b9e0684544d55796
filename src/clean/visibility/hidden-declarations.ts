/**
 * Decides from CSS property values whether an element is invisible to the reader.
 * Shared by the Node path (inline styles + `<style>` rules) and the browser path
 * (computed style), so both judge alike.
 */

/** Property values by name; hiddenByDeclarations only looks values up (the browser's are read lazily). */
export type Declarations = Pick<ReadonlyMap<string, string>, 'get'>;

const ZERO = /^-?0+(?:\.0+)?(?:px|pt|em|rem|%|vw|vh)?$/;

function px(value: string | undefined): number | null {
  if (!value) return null;
  const m = /^(-?\d+(?:\.\d+)?)(px|em|rem|pt|%|vw|vh)?$/.exec(value.trim());
  if (!m) return null;
  const n = Number(m[1]);
  const unit = m[2] ?? 'px';
  return unit === 'em' || unit === 'rem' ? n * 16 : unit === 'pt' ? n * 1.33 : unit === '%' || unit === 'vw' || unit === 'vh' ? n * 10 : n;
}

/** Far enough off-screen that no reader scrolls to it. */
const OFFSCREEN_PX = -500;

export function hiddenByDeclarations(d: Declarations): string | null {
  const display = d.get('display');
  if (display === 'none') return 'display:none';
  const visibility = d.get('visibility');
  if (visibility === 'hidden' || visibility === 'collapse') return `visibility:${visibility}`;
  if (d.get('content-visibility') === 'hidden') return 'content-visibility:hidden';
  const fontSize = d.get('font-size');
  if (fontSize && ZERO.test(fontSize)) return 'font-size:0';
  const opacity = d.get('opacity');
  if (opacity !== undefined && Number(opacity) === 0 && opacity.trim() !== '') return 'opacity:0';
  const position = d.get('position');
  if (position === 'absolute' || position === 'fixed') {
    for (const side of ['left', 'top', 'right', 'margin-left', 'margin-top']) {
      const v = px(d.get(side));
      if (v !== null && v <= OFFSCREEN_PX) return `positioned off-screen (${side}:${d.get(side)})`;
    }
    // `right: 9999px` with no `left` pushes the box off the left edge. (A browser resolves
    // `left` for positioned boxes, where the left check above sees the same thing.)
    const right = px(d.get('right'));
    if (right !== null && right >= -OFFSCREEN_PX * 4 && d.get('left') === undefined) return `positioned off-screen (right:${d.get('right')})`;
    const clip = d.get('clip') ?? '';
    if (/rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)|rect\(\s*1px[\s,]+1px[\s,]+1px[\s,]+1px\s*\)/.test(clip)) return 'clipped to nothing';
  }
  const indent = px(d.get('text-indent'));
  if (indent !== null && indent <= -999) return 'text pushed off-screen (text-indent)';
  const overflow = d.get('overflow') ?? d.get('overflow-y') ?? d.get('overflow-x');
  if (overflow === 'hidden') {
    const w = px(d.get('width'));
    const h = px(d.get('height'));
    const maxH = px(d.get('max-height'));
    if ((w !== null && w <= 1) || (h !== null && h <= 1) || (maxH !== null && maxH <= 1)) return 'zero-size box with overflow:hidden';
  }
  const transform = d.get('transform') ?? '';
  if (/scale\(\s*0(\.0+)?\s*\)/.test(transform)) return 'transform:scale(0)';
  const shift = /translate(?:x|3d)?\(\s*(-?\d+(?:\.\d+)?)(px|em|rem)?/.exec(transform) ?? /translatey\(\s*(-?\d+(?:\.\d+)?)(px|em|rem)?/.exec(transform);
  if (shift && Number(shift[1]) * (shift[2] === 'em' || shift[2] === 'rem' ? 16 : 1) <= -2000) return 'moved off-screen (transform)';
  const clipPath = d.get('clip-path') ?? '';
  if (/inset\(\s*(50%|100%)/.test(clipPath)) return 'clip-path hides it';
  return null;
}

/** Parse a CSS colour into [r, g, b, a], or null when it is not a plain colour. */
export function parseColor(value: string | undefined): [number, number, number, number] | null {
  if (!value) return null;
  const v = value.trim().toLowerCase();
  const named: Record<string, string> = { white: '#ffffff', black: '#000000', transparent: 'rgba(0,0,0,0)', red: '#ff0000', silver: '#c0c0c0', gray: '#808080', grey: '#808080' };
  const s = named[v] ?? v;
  let m = /^#([0-9a-f]{3,8})$/.exec(s);
  if (m) {
    let h = m[1]!;
    if (h.length === 3 || h.length === 4) h = [...h].map((c) => c + c).join('');
    if (h.length !== 6 && h.length !== 8) return null;
    const a = h.length === 8 ? parseInt(h.slice(6, 8), 16) / 255 : 1;
    return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16), a];
  }
  m = /^rgba?\(([^)]+)\)$/.exec(s);
  if (m) {
    const parts = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    if (parts.length < 3 || parts.some((n) => Number.isNaN(n))) return null;
    return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
  }
  return null;
}

/** The colour a `background` shorthand or `background-color` sets, if it is a plain colour. */
export function backgroundColor(d: Declarations): [number, number, number, number] | null {
  const bc = parseColor(d.get('background-color'));
  if (bc) return bc;
  const bg = d.get('background');
  if (!bg) return null;
  const token = bg.match(/#[0-9a-f]{3,8}\b|rgba?\([^)]*\)|\b(white|black)\b/);
  return token ? parseColor(token[0]) : null;
}

/** Text so close to its background that nobody can read it. */
export function sameColour(a: [number, number, number, number], b: [number, number, number, number]): boolean {
  return Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]) <= 24;
}
