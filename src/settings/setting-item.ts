import { storage, type StorageItemKey } from '#imports';

/**
 * One stored setting: a versioned item in extension storage whose every read goes through
 * its validator, so the panel, the options page and the background only ever see a
 * complete, valid value, whatever storage holds.
 *
 * The version record is `@wxt-dev/storage`'s (`<key>$` = `{ v: n }`), but migrations are
 * run here, not by WXT: WXT trusts the stored record, and a corrupt one hangs or skips
 * them (`{ v: -1e8 }` builds an array of 10⁸ steps; `{ v: 1.5 }` runs step "2.5", i.e.
 * none). Here a record that is not a whole version ≥ 1 counts as no record (the first
 * shape), a newer version's value is left alone (reads repair it), and at most `version`
 * steps ever run.
 */
export interface Setting<T> {
  readonly key: StorageItemKey;
  readonly defaults: T;
  get(): Promise<T>;
  /**
   * Validate and store a whole value without reading first: the write (value and version
   * record together) is sent at once, so it also completes from a page that is closing
   * (`pagehide`).
   */
  set(value: T): Promise<T>;
  /** Merge `patch` into the current value, validate, store; resolves to what was stored. */
  update(patch: Partial<T>): Promise<T>;
  reset(): Promise<void>;
  /** Called with the validated value on every change, from any context (panel, options, sync). */
  watch(callback: (value: T) => void): () => void;
  /** Run pending migrations now (they also start on their own when the item is defined). */
  migrate(): Promise<void>;
}

export interface SettingOptions<T> {
  defaults: T;
  /** Bump when the stored shape changes, and add the step to `migrations`. */
  version: number;
  /** `migrations[n]` turns a version n−1 value into version n; its result is validated too. */
  migrations: Record<number, (old: unknown) => unknown>;
  validate: (raw: unknown) => T;
}

/** The version a stored record states, or null when it states none a program could have written. */
export function storedVersion(record: unknown): number | null {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return null;
  const v = (record as { v?: unknown }).v;
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 1 ? v : null;
}

export function defineSetting<T>(key: StorageItemKey, options: SettingOptions<T>): Setting<T> {
  const { defaults, validate, version, migrations } = options;
  if (!Number.isSafeInteger(version) || version < 1) throw new Error(`${key}: version must be a whole number ≥ 1`);
  const metaKey: StorageItemKey = `${key}$`;
  // No version or migrations here: WXT then runs none of its own.
  const item = storage.defineItem<unknown>(key, { fallback: defaults });

  async function runMigrations(): Promise<void> {
    const [stored, meta] = await storage.getItems([key, metaKey]);
    const value: unknown = stored?.value;
    const record: unknown = meta?.value;
    if (value === null || value === undefined) return; // nothing stored: the first write records the version
    const from = storedVersion(record) ?? 1;
    if (from > version) return; // a newer Qingdu's value (a downgrade, or synced): reads repair it
    if (from === version && storedVersion(record) !== null) return;
    let migrated: unknown = value;
    for (let step = from + 1; step <= version; step++) {
      const migration = migrations[step];
      if (migration) migrated = (await migration(migrated)) ?? migrated;
    }
    await storage.setItems([
      { key, value: migrated },
      { key: metaKey, value: { v: version } },
    ]);
  }

  const start = (): Promise<void> =>
    runMigrations().catch((error: unknown) => {
      // A failed migration leaves storage as it was; reads repair what they can.
      console.warn(`[qingdu] could not migrate ${key}`, error);
    });
  let migrated = start();

  // A value that cannot even be read (a failed migration, a downgrade from a newer
  // version's shape, a storage error) is still a value: the defaults, repaired by nothing.
  const get = async (): Promise<T> => {
    try {
      await migrated;
      return validate(await item.getValue());
    } catch (error) {
      console.warn(`[qingdu] could not read ${key}; using defaults`, error);
      return validate(defaults);
    }
  };
  const store = async (next: T): Promise<T> => {
    await migrated;
    await storage.setItems([
      { key, value: next },
      { key: metaKey, value: { v: version } },
    ]);
    return next;
  };
  return {
    key,
    defaults,
    get,
    set: (value) => store(validate(value)),
    async update(patch) {
      return store(validate({ ...(await get()), ...patch }));
    },
    async reset() {
      await migrated;
      await item.removeValue({ removeMeta: true });
    },
    watch: (callback) => item.watch((value) => callback(validate(value))),
    async migrate() {
      migrated = start();
      await migrated;
    },
  };
}
