import { FONT_SIZE, FULL_WIDTH, LINE_HEIGHT, SETTINGS_DEFAULTS, WIDTH, type FontFamily, type Theme, type TypographySettings } from '../settings/defaults';
import { choice, slider } from './controls';
import { builder } from './dom';
import type { Translate } from './i18n';
import { icon } from './icons';
import { steppedFontSize } from './typography';

/**
 * The panel's reading menu ("Aa"): text size, line spacing, line length, typeface and
 * theme, applied as the reader moves a control (the settings store them; the panel, the
 * options page and other panels follow through `watch`).
 */

export interface ReadingMenuHandlers {
  onTypography(patch: Partial<TypographySettings>): void;
  onTheme(theme: Theme): void;
  onReset(): void;
  onOpenOptions(): void;
}

export interface ReadingMenu {
  element: HTMLDetailsElement;
  update(typography: TypographySettings, theme: Theme): void;
}

export function fontFamilyOptions(t: Translate) {
  return [
    { value: 'sans' as FontFamily, label: t('fontSans') },
    { value: 'serif' as FontFamily, label: t('fontSerif') },
  ];
}

export function themeOptions(t: Translate) {
  return [
    { value: 'system' as Theme, label: t('themeSystem') },
    { value: 'light' as Theme, label: t('themeLight') },
    { value: 'sepia' as Theme, label: t('themeSepia') },
    { value: 'dark' as Theme, label: t('themeDark') },
  ];
}

export function formatLineHeight(value: number): string {
  return value.toFixed(1);
}

export function renderReadingMenu(doc: Document, t: Translate, initial: { typography: TypographySettings; theme: Theme }, handlers: ReadingMenuHandlers): ReadingMenu {
  const h = builder(doc);
  let current = initial.typography;

  const size = slider(doc, {
    name: 'font-size',
    label: t('fontSize'),
    range: FONT_SIZE,
    value: current.fontSize,
    format: (v) => t('pixels', String(v)),
    onInput: (fontSize) => handlers.onTypography({ fontSize }),
  });
  const stepButton = (step: 'smaller' | 'larger') =>
    h(
      'button',
      {
        class: `button icon font-step font-${step}`,
        attrs: { type: 'button', 'aria-label': t(step === 'smaller' ? 'fontSmaller' : 'fontLarger'), title: t(step === 'smaller' ? 'fontSmaller' : 'fontLarger') },
        on: { click: () => handlers.onTypography({ fontSize: steppedFontSize(current.fontSize, step) }) },
      },
      h('span', { class: step === 'smaller' ? 'a-small' : 'a-large', attrs: { 'aria-hidden': 'true' } }, 'A'),
    );
  // A− [slider] A+: the buttons sit around the slider, the label and value above it.
  size.input.before(stepButton('smaller'));
  size.input.after(stepButton('larger'));

  const lineHeight = slider(doc, {
    name: 'line-height',
    label: t('lineHeight'),
    range: LINE_HEIGHT,
    value: current.lineHeight,
    format: formatLineHeight,
    onInput: (value) => handlers.onTypography({ lineHeight: value }),
  });

  const width = widthControl(doc, t, current.width, (value) => handlers.onTypography({ width: value }));

  const family = choice(doc, { label: t('fontFamily'), options: fontFamilyOptions(t), value: current.fontFamily, onPick: (fontFamily) => handlers.onTypography({ fontFamily }) });
  const theme = choice(doc, { label: t('theme'), options: themeOptions(t), value: initial.theme, onPick: (value) => handlers.onTheme(value), className: 'theme-choice', dataAttribute: 'data-theme-option' });

  const panel = h(
    'div',
    { class: 'menu-items reading-panel', attrs: { role: 'group', 'aria-label': t('readingSettings') } },
    size.element,
    lineHeight.element,
    width.element,
    family.element,
    theme.element,
    h(
      'div',
      { class: 'reading-panel-footer' },
      h('button', { class: 'button', attrs: { type: 'button' }, on: { click: handlers.onReset } }, t('resetTypography')),
      h('button', { class: 'button-link', attrs: { type: 'button' }, on: { click: handlers.onOpenOptions } }, t('moreSettings')),
    ),
  );
  const summary = h('summary', { class: 'button icon', attrs: { 'aria-label': t('readingSettings'), title: t('readingSettings') } }, icon(doc, 'settings'));
  const element = h('details', { class: 'popover reading-menu' }, summary, panel);

  const update = (typography: TypographySettings, themeValue: Theme) => {
    current = typography;
    size.set(typography.fontSize);
    lineHeight.set(typography.lineHeight);
    width.set(typography.width);
    family.set(typography.fontFamily);
    theme.set(themeValue);
  };
  update(initial.typography, initial.theme);
  return { element, update };
}

export interface WidthControl {
  element: HTMLElement;
  /** Show a stored width (FULL_WIDTH ticks the box and keeps the slider where it was). */
  set(width: number): void;
}

/**
 * The measure slider with its "full width" box: unticking the box goes back to the last
 * width the slider showed. Shared by the panel's reading menu and the options page.
 */
export function widthControl(doc: Document, t: Translate, initial: number, onWidth: (width: number) => void): WidthControl {
  const h = builder(doc);
  let lastWidth = initial === FULL_WIDTH ? SETTINGS_DEFAULTS.typography.width : initial;
  const slide = slider(doc, {
    name: 'width',
    label: t('contentWidth'),
    range: WIDTH,
    value: lastWidth,
    format: (v) => t('widthValue', String(v)),
    onInput: (value) => {
      lastWidth = value;
      onWidth(value);
    },
  });
  const fullId = 'full-width';
  const full = h('input', { attrs: { type: 'checkbox', id: fullId } });
  full.addEventListener('change', () => onWidth(full.checked ? FULL_WIDTH : lastWidth));
  slide.element.appendChild(h('label', { class: 'check', attrs: { for: fullId } }, full, t('widthFull')));
  const set = (width: number) => {
    if (width !== FULL_WIDTH) lastWidth = width;
    slide.set(lastWidth);
    slide.input.disabled = width === FULL_WIDTH;
    full.checked = width === FULL_WIDTH;
  };
  set(initial);
  return { element: slide.element, set };
}
