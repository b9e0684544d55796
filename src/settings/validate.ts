import {
  FONT_FAMILIES,
  FONT_SIZE,
  FULL_WIDTH,
  LINE_HEIGHT,
  READER_SCRIPTS,
  SETTINGS_DEFAULTS,
  SPEECH_RATE,
  THEMES,
  WIDTH,
  type AutoDetectSettings,
  type Range,
  type ReadAloudSettings,
  type ScriptChoice,
  type ScriptSettings,
  type Settings,
  type ThemeSettings,
  type TypographySettings,
} from './defaults';

/**
 * Validation on read: storage can hold anything (another version of Qingdu synced it, a
 * sync conflict, a hand edit in devtools). Each validator takes `unknown` and returns a
 * complete, valid value: fields that are valid are kept, the others repaired (numbers
 * clamped to their range and step, unknown words replaced by the default), unknown fields
 * dropped. Never throws.
 */

type Validator<T> = (raw: unknown) => T;

function record(raw: unknown): Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** A number in `range`, on its step; numeric strings ("18") count, anything else is the fallback. */
export function inRange(range: Range, value: unknown, fallback: number): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return fallback;
  const clamped = Math.min(range.max, Math.max(range.min, n));
  const stepped = range.min + Math.round((clamped - range.min) / range.step) * range.step;
  // Steps such as 0.1 leave binary noise (1.7999999): keep what a person would type.
  return Number(Math.min(range.max, stepped).toFixed(4));
}

const SCRIPT_CHOICES: readonly ScriptChoice[] = ['follow-ui', ...READER_SCRIPTS];

export const validateScript: Validator<ScriptSettings> = (raw) => {
  const r = record(raw);
  // Plain 'hant' (the CLI's name for standard Traditional) reads as Taiwan in the panel.
  const choice = r.choice === 'hant' ? 'tw' : r.choice;
  return { choice: oneOf(SCRIPT_CHOICES, choice, SETTINGS_DEFAULTS.script.choice) };
};

export const validateTypography: Validator<TypographySettings> = (raw) => {
  const r = record(raw);
  const d = SETTINGS_DEFAULTS.typography;
  const width = r.width === FULL_WIDTH || r.width === String(FULL_WIDTH) ? FULL_WIDTH : inRange(WIDTH, r.width, d.width);
  return {
    fontSize: inRange(FONT_SIZE, r.fontSize, d.fontSize),
    lineHeight: inRange(LINE_HEIGHT, r.lineHeight, d.lineHeight),
    width,
    fontFamily: oneOf(FONT_FAMILIES, r.fontFamily, d.fontFamily),
  };
};

export const validateTheme: Validator<ThemeSettings> = (raw) => ({ theme: oneOf(THEMES, record(raw).theme, SETTINGS_DEFAULTS.theme.theme) });

export const validateReadAloud: Validator<ReadAloudSettings> = (raw) => ({ rate: inRange(SPEECH_RATE, record(raw).rate, SETTINGS_DEFAULTS.readAloud.rate) });

export const validateAutoDetect: Validator<AutoDetectSettings> = (raw) => {
  const enabled = record(raw).enabled;
  return { enabled: typeof enabled === 'boolean' ? enabled : SETTINGS_DEFAULTS.autoDetect.enabled };
};

export const VALIDATORS: { readonly [K in keyof Settings]: Validator<Settings[K]> } = {
  script: validateScript,
  typography: validateTypography,
  theme: validateTheme,
  readAloud: validateReadAloud,
  autoDetect: validateAutoDetect,
};
