// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { SETTINGS_DEFAULTS } from '../../../src/settings/defaults';
import { applyTheme, applyTypography, fontSizeShortcut, steppedFontSize, typographyVariables } from '../../../src/reader/typography';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, code: '', ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('typography', () => {
  it('should turn the settings into CSS variables, the width counted in characters of the body font', () => {
    expect(typographyVariables({ fontSize: 20, lineHeight: 1.9, width: 30, fontFamily: 'serif' })).toEqual({
      '--reader-font-size': '20px',
      '--reader-line-height': '1.9',
      '--reader-max-width': '640px',
    });
    expect(typographyVariables({ ...SETTINGS_DEFAULTS.typography, width: 0 })['--reader-max-width']).toBe('none');
  });

  it('should apply them to the root with the typeface and theme as attributes', () => {
    const root = document.documentElement;
    applyTypography(root, { fontSize: 22, lineHeight: 2, width: 40, fontFamily: 'serif' });
    applyTheme(root, 'sepia');
    expect(root.style.getPropertyValue('--reader-font-size')).toBe('22px');
    expect(root.dataset.font).toBe('serif');
    expect(root.dataset.theme).toBe('sepia');
  });

  it('should read Ctrl/Cmd + = / - / 0 as larger, smaller, reset and nothing else', () => {
    expect(fontSizeShortcut(key('=', { ctrlKey: true }))).toBe('larger');
    expect(fontSizeShortcut(key('+', { metaKey: true }))).toBe('larger');
    expect(fontSizeShortcut(key('-', { ctrlKey: true }))).toBe('smaller');
    expect(fontSizeShortcut(key('0', { metaKey: true }))).toBe('reset');
    expect(fontSizeShortcut({ ...key('x', { ctrlKey: true }), code: 'NumpadAdd' })).toBe('larger');
    expect(fontSizeShortcut(key('='))).toBeNull();
    expect(fontSizeShortcut(key('=', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(fontSizeShortcut(key('a', { ctrlKey: true }))).toBeNull();
  });

  it('should step the size within 12–32 px', () => {
    expect(steppedFontSize(17, 'larger')).toBe(18);
    expect(steppedFontSize(32, 'larger')).toBe(32);
    expect(steppedFontSize(12, 'smaller')).toBe(12);
    expect(steppedFontSize(25, 'reset')).toBe(SETTINGS_DEFAULTS.typography.fontSize);
  });
});
