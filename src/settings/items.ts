import { SETTINGS_DEFAULTS, type Settings } from './defaults';
import { defineSetting, type Setting } from './setting-item';
import { validateAutoDetect, validateReadAloud, validateScript, validateTheme, validateTypography } from './validate';

/**
 * The stored settings, one item per concern, so changing the font size never rewrites the
 * script choice (and sync's per-item quotas and write limits stay far away). Reading
 * settings sync across the reader's browsers; auto-detect does not (see below).
 *
 * Versions: every item is at version 1, the first shape Qingdu stored. A later shape
 * bumps `version` and adds `migrations[version]`; validation runs after migration.
 */

export const scriptSetting: Setting<Settings['script']> = defineSetting('sync:script', {
  defaults: SETTINGS_DEFAULTS.script,
  version: 1,
  migrations: {},
  validate: validateScript,
});

export const typographySetting: Setting<Settings['typography']> = defineSetting('sync:typography', {
  defaults: SETTINGS_DEFAULTS.typography,
  version: 1,
  migrations: {},
  validate: validateTypography,
});

export const themeSetting: Setting<Settings['theme']> = defineSetting('sync:theme', {
  defaults: SETTINGS_DEFAULTS.theme,
  version: 1,
  migrations: {},
  validate: validateTheme,
});

export const readAloudSetting: Setting<Settings['readAloud']> = defineSetting('sync:readAloud', {
  defaults: SETTINGS_DEFAULTS.readAloud,
  version: 1,
  migrations: {},
  validate: validateReadAloud,
});

/**
 * Local, not sync: it goes with a host permission, and permissions are granted per browser.
 * Synced, turning it on in one browser would show it "on" in another that never granted
 * the permission (and so never marks a page).
 */
export const autoDetectSetting: Setting<Settings['autoDetect']> = defineSetting('local:autoDetect', {
  defaults: SETTINGS_DEFAULTS.autoDetect,
  version: 1,
  migrations: {},
  validate: validateAutoDetect,
});

export const SETTINGS: { readonly [K in keyof Settings]: Setting<Settings[K]> } = {
  script: scriptSetting,
  typography: typographySetting,
  theme: themeSetting,
  readAloud: readAloudSetting,
  autoDetect: autoDetectSetting,
};
