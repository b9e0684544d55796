import { browser } from '#imports';
import type { Theme, TypographySettings } from '../settings/defaults';
import { themeSetting, typographySetting } from '../settings/items';
import type { Translate } from './i18n';
import { renderReadingMenu } from './reading-menu';
import { applyTheme, applyTypography, fontSizeShortcut, steppedFontSize } from './typography';

/** Storage writes while a slider is dragged are coalesced (sync storage limits writes per minute). */
const SAVE_DELAY_MS = 400;

export interface AppearanceControls {
  /** The reading menu ("Aa") for the toolbar. */
  menu: HTMLDetailsElement;
}

/**
 * Typography and theme in the panel: applied to the page at once, stored a moment later
 * (and when the panel closes), followed when another panel or the options page changes
 * them, and Ctrl/Cmd + `=` / `-` / `0` for the text size.
 */
export function createAppearanceControls(
  doc: Document,
  win: Window,
  t: Translate,
  initial: { typography: TypographySettings; theme: Theme },
  notify: (message: string) => void,
): AppearanceControls {
  const root = doc.documentElement;
  let typography = initial.typography;
  let theme = initial.theme;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let unsaved = false;
  applyTypography(root, typography);
  applyTheme(root, theme);

  const show = () => {
    applyTypography(root, typography);
    applyTheme(root, theme);
    menu.update(typography, theme);
  };
  const setTypography = (patch: Partial<TypographySettings>) => {
    typography = { ...typography, ...patch };
    show();
    unsaved = true;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, SAVE_DELAY_MS);
  };
  const save = () => {
    clearTimeout(saveTimer);
    if (!unsaved) return;
    void typographySetting.set(typography).then((stored) => {
      unsaved = false;
      typography = stored;
    });
  };
  const setTheme = (value: Theme) => {
    theme = value;
    show();
  };

  const menu = renderReadingMenu(doc, t, { typography, theme }, {
    onTypography: setTypography,
    onTheme: (value) => {
      setTheme(value);
      void themeSetting.update({ theme: value });
    },
    onReset: () => {
      setTypography(typographySetting.defaults);
      setTheme(themeSetting.defaults.theme);
      void themeSetting.reset();
    },
    onOpenOptions: () => void browser.runtime.openOptionsPage(),
  });

  // Closing the panel right after a change must not lose it (the write is sent at once).
  win.addEventListener('pagehide', save);

  typographySetting.watch((value) => {
    if (unsaved) return; // the reader is moving a control here: this panel's value wins
    typography = value;
    show();
  });
  themeSetting.watch((value) => setTheme(value.theme));

  // In the panel these keys would zoom the whole UI; the reader means the text.
  doc.addEventListener('keydown', (event) => {
    const step = fontSizeShortcut(event);
    if (!step) return;
    event.preventDefault();
    setTypography({ fontSize: steppedFontSize(typography.fontSize, step) });
    notify(t('pixels', String(typography.fontSize)));
  });

  return { menu: menu.element };
}
