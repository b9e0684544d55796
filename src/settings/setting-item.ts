import { storage, type StorageItemKey } from '#imports';

/**
 * One stored setting: a versioned `@wxt-dev/storage` item whose every read goes through
 * its validator, so the panel, the options page and the background only ever see a
 * complete, valid value, whatever storage holds.
 */
export interface Setting<T> {
  readonly key: StorageItemKey;
  readonly defaults: T;
  get(): Promise<T>;
  /**
   * Validate and store a whole value without reading first: the write is sent at once,
   * so it also completes from a page that is closing (`pagehide`).
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

export function defineSetting<T>(key: StorageItemKey, options: SettingOptions<T>): Setting<T> {
  const { defaults, validate } = options;
  const item = storage.defineItem<unknown>(key, {
    fallback: defaults,
    version: options.version,
    migrations: options.migrations,
  });
  // A value that cannot even be read (a failed migration, a downgrade from a newer
  // version's shape, a storage error) is still a value: the defaults, repaired by nothing.
  const get = async (): Promise<T> => {
    try {
      return validate(await item.getValue());
    } catch (error) {
      console.warn(`[qingdu] could not read ${key}; using defaults`, error);
      return validate(defaults);
    }
  };
  return {
    key,
    defaults,
    get,
    async set(value) {
      const next = validate(value);
      await item.setValue(next);
      return next;
    },
    async update(patch) {
      const next = validate({ ...(await get()), ...patch });
      await item.setValue(next);
      return next;
    },
    reset: () => item.removeValue(),
    watch: (callback) => item.watch((value) => callback(validate(value))),
    async migrate() {
      try {
        await item.migrate();
      } catch (error) {
        // A newer version's value (downgrade) or a broken one: reads repair it.
        console.warn(`[qingdu] could not migrate ${key}`, error);
      }
    },
  };
}
