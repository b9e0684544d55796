import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_DEFAULTS } from '../../../src/settings/defaults';
import { SETTINGS, scriptSetting, typographySetting } from '../../../src/settings/items';
import { resolveScript, scriptForUiLanguage } from '../../../src/settings/script-choice';
import { defineSetting } from '../../../src/settings/setting-item';
import { inRange, validateAutoDetect, validateReadAloud, validateScript, validateTheme, validateTypography } from '../../../src/settings/validate';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('validation on read', () => {
  it('should give the defaults for anything that is not a settings object', () => {
    for (const raw of [undefined, null, 42, 'dark', [], true]) {
      expect(validateTypography(raw)).toEqual(SETTINGS_DEFAULTS.typography);
      expect(validateScript(raw)).toEqual(SETTINGS_DEFAULTS.script);
      expect(validateTheme(raw)).toEqual(SETTINGS_DEFAULTS.theme);
      expect(validateReadAloud(raw)).toEqual(SETTINGS_DEFAULTS.readAloud);
      expect(validateAutoDetect(raw)).toEqual(SETTINGS_DEFAULTS.autoDetect);
    }
  });

  it('should keep the valid fields and repair only the broken ones', () => {
    expect(validateTypography({ fontSize: 20, lineHeight: 'tall', width: 44, fontFamily: 'comic' })).toEqual({
      fontSize: 20,
      lineHeight: SETTINGS_DEFAULTS.typography.lineHeight,
      width: 44,
      fontFamily: SETTINGS_DEFAULTS.typography.fontFamily,
    });
  });

  it('should clamp numbers into range and onto their step, and read numeric strings', () => {
    expect(validateTypography({ fontSize: 99, lineHeight: 0.2, width: 7 })).toMatchObject({ fontSize: 32, lineHeight: 1.4, width: 20 });
    expect(validateTypography({ fontSize: '18', lineHeight: '1.75', width: '41' })).toMatchObject({ fontSize: 18, lineHeight: 1.8, width: 42 });
    expect(validateTypography({ fontSize: Number.NaN, lineHeight: Infinity })).toMatchObject({ fontSize: 17, lineHeight: 1.8 });
    expect(validateReadAloud({ rate: 5 })).toEqual({ rate: 2 });
    expect(inRange({ min: 1.4, max: 2.4, step: 0.1 }, 1.7000000000000002, 0)).toBe(1.7);
  });

  it('should keep full width (0) as a width of its own', () => {
    expect(validateTypography({ width: 0 }).width).toBe(0);
    expect(validateTypography({ width: '0' }).width).toBe(0);
  });

  it('should drop fields it does not know (a newer version’s, or junk)', () => {
    expect(Object.keys(validateTypography({ fontSize: 18, letterSpacing: 2, __proto__x: 1 }))).toEqual(['fontSize', 'lineHeight', 'width', 'fontFamily']);
  });

  it('should read the CLI’s plain “hant” as Taiwan, and reject unknown scripts', () => {
    expect(validateScript({ choice: 'hant' })).toEqual({ choice: 'tw' });
    expect(validateScript({ choice: 'klingon' })).toEqual({ choice: 'follow-ui' });
    expect(validateTheme({ theme: 'sepia' })).toEqual({ theme: 'sepia' });
    expect(validateTheme({ theme: 'neon' })).toEqual({ theme: 'system' });
    expect(validateAutoDetect({ enabled: 'yes' })).toEqual({ enabled: false });
  });
});

describe('stored settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('should be one versioned item per concern, all reading settings synced', () => {
    expect(Object.values(SETTINGS).map((s) => s.key)).toEqual(['sync:script', 'sync:typography', 'sync:theme', 'sync:readAloud', 'local:autoDetect']);
    for (const [name, setting] of Object.entries(SETTINGS)) expect(setting.defaults).toBe(SETTINGS_DEFAULTS[name as keyof typeof SETTINGS_DEFAULTS]);
  });

  it('should give the defaults when nothing is stored', async () => {
    expect(await typographySetting.get()).toEqual(SETTINGS_DEFAULTS.typography);
    expect(await scriptSetting.get()).toEqual({ choice: 'follow-ui' });
  });

  it('should repair a corrupt stored value on read, without crashing', async () => {
    await fakeBrowser.storage.sync.set({ typography: { fontSize: 'huge', lineHeight: 2, width: -3 } });
    expect(await typographySetting.get()).toEqual({ ...SETTINGS_DEFAULTS.typography, lineHeight: 2, width: 20 });
    await fakeBrowser.storage.sync.set({ typography: 'not an object' });
    expect(await typographySetting.get()).toEqual(SETTINGS_DEFAULTS.typography);
  });

  it('should merge updates into the current value and store only valid values', async () => {
    await typographySetting.update({ fontSize: 22 });
    const stored = await typographySetting.update({ lineHeight: 9 });
    expect(stored).toEqual({ ...SETTINGS_DEFAULTS.typography, fontSize: 22, lineHeight: 2.4 });
    expect((await fakeBrowser.storage.sync.get('typography')).typography).toEqual(stored);
  });

  it('should store a whole value at once without reading first (a closing panel), validated', async () => {
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const stored = await typographySetting.set({ fontSize: 40, lineHeight: 2, width: 30, fontFamily: 'serif' });
    expect(stored).toEqual({ fontSize: 32, lineHeight: 2, width: 30, fontFamily: 'serif' });
    expect(get).not.toHaveBeenCalled();
    expect((await fakeBrowser.storage.sync.get('typography')).typography).toEqual(stored);
  });

  it('should tell watchers the validated value', async () => {
    const seen = vi.fn();
    const stop = scriptSetting.watch(seen);
    await fakeBrowser.storage.sync.set({ script: { choice: 'hk' } });
    await fakeBrowser.storage.sync.set({ script: { choice: 'nonsense' } });
    await settle();
    expect(seen.mock.calls.map(([v]) => v)).toEqual([{ choice: 'hk' }, { choice: 'follow-ui' }]);
    stop();
  });

  it('should reset to the defaults', async () => {
    await typographySetting.update({ fontSize: 30 });
    await typographySetting.reset();
    expect(await typographySetting.get()).toEqual(SETTINGS_DEFAULTS.typography);
  });
});

describe('migrations', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  /**
   * The project's items are all at version 1; this item shows what the next shape change
   * goes through: an old stored value is migrated step by step, then validated.
   */
  const defineV3 = () =>
    defineSetting<{ size: number; unit: 'px' }>('sync:migrationExample', {
      defaults: { size: 16, unit: 'px' },
      version: 3,
      migrations: {
        // v1 stored a bare number of points; v2 kept it in an object; v3 uses pixels.
        2: (old) => ({ points: old }),
        3: (old) => ({ size: Math.round(Number((old as { points: unknown }).points) * (4 / 3)), unit: 'px' }),
      },
      validate: (raw) => {
        const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
        const size = typeof r.size === 'number' && r.size >= 8 && r.size <= 64 ? r.size : 16;
        return { size, unit: 'px' };
      },
    });

  it('should run every pending migration in order, then validate', async () => {
    await fakeBrowser.storage.sync.set({ migrationExample: 15 }); // a v1 value (no version stored)
    const setting = defineV3();
    await setting.migrate();
    expect(await setting.get()).toEqual({ size: 20, unit: 'px' });
    expect((await fakeBrowser.storage.sync.get('migrationExample$')).migrationExample$).toEqual({ v: 3 });
  });

  it('should repair a migration result that is out of range', async () => {
    await fakeBrowser.storage.sync.set({ migrationExample: 400 });
    const setting = defineV3();
    await setting.migrate();
    expect(await setting.get()).toEqual({ size: 16, unit: 'px' });
  });

  it('should read a value stored by a newer version (a downgrade) instead of failing', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.sync.set({ typography: { fontSize: 19, letterSpacing: 0.1 }, typography$: { v: 7 } });
    await typographySetting.migrate();
    expect(await typographySetting.get()).toEqual({ ...SETTINGS_DEFAULTS.typography, fontSize: 19 });
  });

  it('should never trust a corrupt version record (a negative one made WXT build 10⁸ steps and hang)', async () => {
    for (const record of [{ v: -1e8 }, { v: -Infinity }, { v: Number.NaN }, { v: 1.5 }, { v: '2' }, 'not a record', [3], null]) {
      fakeBrowser.reset();
      await fakeBrowser.storage.sync.set({ migrationExample: 15, migrationExample$: record });
      const setting = defineV3();
      await setting.migrate();
      // Read as the first shape (no record): every migration runs, then validation.
      expect(await setting.get()).toEqual({ size: 20, unit: 'px' });
      expect((await fakeBrowser.storage.sync.get('migrationExample$')).migrationExample$).toEqual({ v: 3 });
    }
  });

  it('should leave a newer version’s value as it is and repair it on read', async () => {
    await fakeBrowser.storage.sync.set({ migrationExample: { size: 40, unit: 'pt', more: 1 }, migrationExample$: { v: 9 } });
    const setting = defineV3();
    await setting.migrate();
    expect(await setting.get()).toEqual({ size: 40, unit: 'px' });
    expect(await fakeBrowser.storage.sync.get(['migrationExample', 'migrationExample$'])).toEqual({ migrationExample: { size: 40, unit: 'pt', more: 1 }, migrationExample$: { v: 9 } });
  });

  it('should store the version with every write, in the same call, so the next version knows the shape', async () => {
    const setting = defineV3();
    await setting.migrate();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await setting.set({ size: 24, unit: 'px' });
    expect(set).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ migrationExample: { size: 24, unit: 'px' }, migrationExample$: { v: 3 } });
    await setting.reset();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('should write nothing when nothing is stored', async () => {
    const setting = defineV3();
    await setting.migrate();
    expect(await setting.get()).toEqual({ size: 16, unit: 'px' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('should read the defaults when a migration throws', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.sync.set({ brokenExample: 'x' });
    const setting = defineSetting<{ on: boolean }>('sync:brokenExample', {
      defaults: { on: false },
      version: 2,
      migrations: {
        2: () => {
          throw new Error('bad data');
        },
      },
      validate: (raw) => ({ on: typeof raw === 'object' && raw !== null && (raw as { on?: unknown }).on === true }),
    });
    await setting.migrate();
    expect(await setting.get()).toEqual({ on: false });
  });
});

describe('the script a new reader sees', () => {
  it.each([
    ['zh-CN', 'hans'],
    ['zh', 'hans'],
    ['zh-SG', 'hans'],
    ['zh-Hans', 'hans'],
    ['zh_CN', 'hans'],
    ['zh-TW', 'tw'],
    ['zh-Hant', 'tw'],
    ['zh-HK', 'hk'],
    ['zh-MO', 'hk'],
    ['zh-Hant-HK', 'hk'],
    ['yue', 'hk'],
    ['en-US', 'original'],
    ['ja', 'original'],
    ['', 'original'],
  ])('%s → %s', (ui, script) => {
    expect(scriptForUiLanguage(ui)).toBe(script);
  });

  it('should follow the last choice once there is one', () => {
    expect(resolveScript('follow-ui', 'zh-TW')).toBe('tw');
    expect(resolveScript('hans', 'zh-TW')).toBe('hans');
    expect(resolveScript('original', 'zh-CN')).toBe('original');
  });
});
