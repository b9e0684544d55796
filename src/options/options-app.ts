import { browser } from '#imports';
import { AUTO_DETECT_ORIGINS, grantedWebOrigins } from '../extension/auto-detect';
import { choice, slider } from '../reader/controls';
import { builder, replaceContent } from '../reader/dom';
import type { Translate } from '../reader/i18n';
import { fontFamilyOptions, formatLineHeight, themeOptions, widthControl } from '../reader/reading-menu';
import { rateOptions } from '../reader/read-aloud/read-aloud-bar';
import { applyTheme, applyTypography } from '../reader/typography';
import { FONT_SIZE, FULL_WIDTH, LINE_HEIGHT, READER_SCRIPTS, SETTINGS_DEFAULTS, WIDTH, type ScriptChoice, type Settings, type TypographySettings } from '../settings/defaults';
import { SETTINGS, autoDetectSetting, readAloudSetting, scriptSetting, themeSetting, typographySetting } from '../settings/items';
import { scriptForUiLanguage } from '../settings/script-choice';

/**
 * The options page: every setting in one place, reachable from the panel's reading menu
 * and the browser's extension page. Changes are stored at once; open panels follow
 * through the settings' `watch`.
 */

const SCRIPT_LANG: Record<string, string> = { hans: 'zh-Hans', tw: 'zh-Hant-TW', hk: 'zh-Hant-HK' };
const SAVE_DELAY_MS = 400;

export async function startOptions(doc: Document): Promise<void> {
  const t: Translate = (key, ...subs) => browser.i18n.getMessage(key, subs) || key;
  const locale = browser.i18n.getUILanguage();
  const h = builder(doc);
  const root = doc.documentElement;
  root.lang = locale;
  doc.title = t('optionsTitle');

  const values: Settings = {
    script: await scriptSetting.get(),
    typography: await typographySetting.get(),
    theme: await themeSetting.get(),
    readAloud: await readAloudSetting.get(),
    autoDetect: await autoDetectSetting.get(),
  };
  applyTypography(root, values.typography);
  applyTheme(root, values.theme.theme);

  const saved = h('p', { class: 'saved', attrs: { role: 'status', 'aria-live': 'polite' } });
  let savedTimer: ReturnType<typeof setTimeout> | undefined;
  const confirmSaved = () => {
    saved.textContent = t('optionsSaved');
    clearTimeout(savedTimer);
    savedTimer = setTimeout(() => (saved.textContent = ''), 2000);
  };

  // ---- Script ------------------------------------------------------------------------
  const scriptNames: Record<string, string> = { original: t('scriptOriginal'), hans: t('scriptHans'), tw: t('scriptTw'), hk: t('scriptHk') };
  const scriptSelect = h(
    'select',
    { class: 'select', attrs: { id: 'script-choice' } },
    h('option', { attrs: { value: 'follow-ui' } }, t('scriptFollowUi', scriptNames[scriptForUiLanguage(locale)]!)),
    ...READER_SCRIPTS.map((s) => h('option', { attrs: { value: s, lang: SCRIPT_LANG[s] } }, scriptNames[s]!)),
  );
  scriptSelect.addEventListener('change', () => {
    void scriptSetting.update({ choice: scriptSelect.value as ScriptChoice }).then(confirmSaved);
  });

  // ---- Text --------------------------------------------------------------------------
  const preview = h('p', { class: 'sample' }, t('optionsPreviewText'));
  const previewBox = h('div', { class: 'preview reader', attrs: { lang: locale } }, h('p', { class: 'preview-label', attrs: { 'data-ui': true } }, t('optionsPreviewLabel')), preview);
  let typography = values.typography;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const setTypography = (patch: Partial<TypographySettings>) => {
    typography = { ...typography, ...patch };
    applyTypography(root, typography);
    showTypography();
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void typographySetting.set(typography).then(confirmSaved), SAVE_DELAY_MS);
  };
  const size = slider(doc, { name: 'font-size', label: t('fontSize'), range: FONT_SIZE, value: typography.fontSize, format: (v) => t('pixels', String(v)), onInput: (fontSize) => setTypography({ fontSize }) });
  const lineHeight = slider(doc, { name: 'line-height', label: t('lineHeight'), range: LINE_HEIGHT, value: typography.lineHeight, format: formatLineHeight, onInput: (v) => setTypography({ lineHeight: v }) });
  const width = widthControl(doc, t, typography.width, (value) => setTypography({ width: value }));
  const family = choice(doc, { label: t('fontFamily'), options: fontFamilyOptions(t), value: typography.fontFamily, onPick: (fontFamily) => setTypography({ fontFamily }) });
  const theme = choice(doc, {
    label: t('theme'),
    options: themeOptions(t),
    value: values.theme.theme,
    dataAttribute: 'data-theme-option',
    onPick: (value) => {
      applyTheme(root, value);
      theme.set(value);
      void themeSetting.update({ theme: value }).then(confirmSaved);
    },
  });
  function showTypography(): void {
    size.set(typography.fontSize);
    lineHeight.set(typography.lineHeight);
    width.set(typography.width);
    family.set(typography.fontFamily);
  }
  showTypography();

  // ---- Read aloud ----------------------------------------------------------------------
  const rate = h('select', { class: 'select', attrs: { id: 'read-aloud-rate' } }, ...rateOptions().map((r) => h('option', { attrs: { value: String(r) } }, `${r}×`)));
  rate.addEventListener('change', () => void readAloudSetting.update({ rate: Number(rate.value) }).then(confirmSaved));

  // ---- Auto-detect -------------------------------------------------------------------
  const autoDetect = h('input', { attrs: { type: 'checkbox', id: 'auto-detect' } });
  const autoDetectNote = h('p', { class: 'note', attrs: { role: 'status', 'aria-live': 'polite' } });
  autoDetect.addEventListener('change', () => {
    autoDetectNote.textContent = '';
    autoDetectNote.classList.remove('alert');
    if (autoDetect.checked) {
      // Asked inside the click: browsers only show the permission prompt for a user action.
      void browser.permissions.request({ origins: AUTO_DETECT_ORIGINS }).then(
        async (granted) => {
          autoDetect.checked = granted;
          if (granted) {
            await autoDetectSetting.update({ enabled: true });
            confirmSaved();
          } else {
            autoDetectNote.textContent = t('autoDetectDenied');
            autoDetectNote.classList.add('alert');
          }
        },
        (error: unknown) => {
          console.warn('[qingdu] permission request failed', error);
          autoDetect.checked = false;
        },
      );
    } else {
      void (async () => {
        await autoDetectSetting.update({ enabled: false });
        // Hand the access back: the only thing it was asked for is off.
        await browser.permissions.remove({ origins: AUTO_DETECT_ORIGINS }).catch(() => false);
        confirmSaved();
      })();
    }
  });

  const showOthers = async () => {
    const script = await scriptSetting.get();
    scriptSelect.value = script.choice;
    theme.set((await themeSetting.get()).theme);
    rate.value = String((await readAloudSetting.get()).rate);
    autoDetect.checked = (await autoDetectSetting.get()).enabled && (await grantedWebOrigins()).length > 0;
  };

  const reset = h(
    'button',
    {
      class: 'button',
      attrs: { type: 'button' },
      on: {
        click: () => {
          void (async () => {
            // Auto-detect is not a preference to reset: it holds a permission, off is its own switch.
            for (const key of ['script', 'typography', 'theme', 'readAloud'] as const) await SETTINGS[key].reset();
            typography = await typographySetting.get();
            applyTypography(root, typography);
            applyTheme(root, (await themeSetting.get()).theme);
            showTypography();
            await showOthers();
            confirmSaved();
          })();
        },
      },
    },
    t('optionsResetAll'),
  );

  const section = (title: string, ...children: (Node | null)[]) => h('section', { class: 'section' }, h('h2', null, title), ...children);
  const labelled = (id: string, label: string, control: HTMLElement) => h('div', { class: 'control' }, h('label', { class: 'control-label', attrs: { for: id } }, label), control);
  replaceContent(
    doc.getElementById('app') ?? doc.body,
    h(
      'main',
      { class: 'options' },
      h('header', { class: 'options-header' }, h('h1', null, t('optionsTitle')), saved),
      section(t('optionsScriptHeading'), labelled('script-choice', t('optionsScriptLabel'), scriptSelect), h('p', { class: 'note' }, t('optionsScriptNote'))),
      section(t('optionsTextHeading'), h('div', { class: 'text-settings' }, size.element, lineHeight.element, width.element, family.element, theme.element), previewBox),
      section(t('optionsReadAloudHeading'), labelled('read-aloud-rate', t('readAloudRate'), rate), h('p', { class: 'note' }, t('optionsReadAloudNote'))),
      section(
        t('optionsAutoDetectHeading'),
        h('label', { class: 'switch', attrs: { for: 'auto-detect' } }, autoDetect, t('autoDetectToggle')),
        h('p', { class: 'note' }, t('autoDetectExplain')),
        autoDetectNote,
      ),
      h('footer', { class: 'options-footer' }, reset),
    ),
  );
  await showOthers();

  // Changes made in a panel (or synced) while this page is open.
  scriptSetting.watch(() => void showOthers());
  themeSetting.watch((value) => {
    applyTheme(root, value.theme);
    theme.set(value.theme);
  });
  readAloudSetting.watch((value) => (rate.value = String(value.rate)));
  autoDetectSetting.watch(() => void showOthers());
  typographySetting.watch((value) => {
    typography = value;
    applyTypography(root, typography);
    showTypography();
  });
}
