import { FONT_SIZE, FULL_WIDTH, SETTINGS_DEFAULTS, type Theme, type TypographySettings } from '../settings/defaults';

/**
 * Typography and theme are CSS custom properties and two attributes on <html>: changing
 * them restyles the article at once, without rendering or extracting anything again.
 */

/** Body side padding of `.content` (style.css), both sides. */
const CONTENT_PADDING_PX = 40;

export function typographyVariables(t: TypographySettings): Record<string, string> {
  return {
    '--reader-font-size': `${t.fontSize}px`,
    '--reader-line-height': String(t.lineHeight),
    // Width counts characters of the body font: the measure stays the same when the size changes.
    '--reader-max-width': t.width === FULL_WIDTH ? 'none' : `${t.fontSize * t.width + CONTENT_PADDING_PX}px`,
  };
}

export function applyTypography(root: HTMLElement, t: TypographySettings): void {
  for (const [name, value] of Object.entries(typographyVariables(t))) root.style.setProperty(name, value);
  root.dataset.font = t.fontFamily;
}

export function applyTheme(root: HTMLElement, theme: Theme): void {
  root.dataset.theme = theme;
}

export type FontSizeStep = 'larger' | 'smaller' | 'reset';

/** Ctrl/Cmd + `=` (or `+`), `-`, `0`: the browser's zoom keys, used for the text size in the panel. */
export function fontSizeShortcut(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey'>): FontSizeStep | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  if (event.key === '=' || event.key === '+' || event.code === 'NumpadAdd') return 'larger';
  if (event.key === '-' || event.key === '_' || event.code === 'NumpadSubtract') return 'smaller';
  if (event.key === '0' || event.code === 'Numpad0') return 'reset';
  return null;
}

export function steppedFontSize(current: number, step: FontSizeStep): number {
  if (step === 'reset') return SETTINGS_DEFAULTS.typography.fontSize;
  const next = current + (step === 'larger' ? FONT_SIZE.step : -FONT_SIZE.step);
  return Math.min(FONT_SIZE.max, Math.max(FONT_SIZE.min, next));
}
