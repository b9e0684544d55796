/**
 * Every reader setting, its type, its allowed range and its default, in one place. Each
 * concern is stored as its own versioned item (items.ts); this object is the only source
 * of default values, for the items' fallbacks, for validation and for "reset".
 */

/** The scripts the reader offers (the CLI also knows plain 'hant'; the panel does not). */
export type ReaderScript = 'original' | 'hans' | 'tw' | 'hk';
export const READER_SCRIPTS: readonly ReaderScript[] = ['original', 'hans', 'tw', 'hk'];

/** 'follow-ui': no choice made yet, the browser's UI language decides (script-choice.ts). */
export type ScriptChoice = ReaderScript | 'follow-ui';

export interface ScriptSettings {
  /** The last script the reader picked; the panel opens in it. */
  choice: ScriptChoice;
}

export type FontFamily = 'sans' | 'serif';
export const FONT_FAMILIES: readonly FontFamily[] = ['sans', 'serif'];

export interface TypographySettings {
  /** Body text size, px. */
  fontSize: number;
  /** Unitless line height of the body. */
  lineHeight: number;
  /** Column width in characters of the body font (CJK reads best at 30–40 per line). 0 = full width. */
  width: number;
  fontFamily: FontFamily;
}

export type Theme = 'system' | 'light' | 'sepia' | 'dark';
export const THEMES: readonly Theme[] = ['system', 'light', 'sepia', 'dark'];

export interface ThemeSettings {
  theme: Theme;
}

export interface ReadAloudSettings {
  /** SpeechSynthesisUtterance.rate. */
  rate: number;
}

export interface AutoDetectSettings {
  /** Mark article pages with a badge (needs the optional host permission). */
  enabled: boolean;
}

export interface Range {
  min: number;
  max: number;
  step: number;
}

export const FONT_SIZE: Range = { min: 12, max: 32, step: 1 };
export const LINE_HEIGHT: Range = { min: 1.4, max: 2.4, step: 0.1 };
/** Characters per line; `FULL_WIDTH` (0) lifts the limit. */
export const WIDTH: Range = { min: 20, max: 60, step: 2 };
export const FULL_WIDTH = 0;
export const SPEECH_RATE: Range = { min: 0.5, max: 2, step: 0.25 };

export interface Settings {
  script: ScriptSettings;
  typography: TypographySettings;
  theme: ThemeSettings;
  readAloud: ReadAloudSettings;
  autoDetect: AutoDetectSettings;
}

export const SETTINGS_DEFAULTS: Readonly<Settings> = Object.freeze({
  script: Object.freeze({ choice: 'follow-ui' as const }),
  // 1.8 for CJK body text; 36 characters per line.
  typography: Object.freeze({ fontSize: 17, lineHeight: 1.8, width: 36, fontFamily: 'sans' as const }),
  theme: Object.freeze({ theme: 'system' as const }),
  readAloud: Object.freeze({ rate: 1 }),
  // Off: it needs access to every site, which Qingdu only asks for when the reader wants it.
  autoDetect: Object.freeze({ enabled: false }),
});
