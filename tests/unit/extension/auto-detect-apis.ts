import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** A minimal event for the APIs fakeBrowser does not mock. */
export function fakeEvent<A extends unknown[]>() {
  const listeners: ((...args: A) => unknown)[] = [];
  return {
    addListener: (l: (...args: A) => unknown) => void listeners.push(l),
    trigger: (...args: A) => Promise.all(listeners.map((l) => l(...args))),
  };
}

export interface RegisteredScript {
  id: string;
  js?: string[];
  matches?: string[];
}

/**
 * In-memory `permissions` and `scripting` registration (fakeBrowser leaves both unmocked),
 * installed on fakeBrowser after each `fakeBrowser.reset()`.
 */
export function installPermissionsAndScripting(granted: string[] = []) {
  const origins = new Set(granted);
  const registered = new Map<string, RegisteredScript>();
  const onAdded = fakeEvent<[{ origins?: string[] }]>();
  const onRemoved = fakeEvent<[{ origins?: string[] }]>();
  const permissions = {
    onAdded,
    onRemoved,
    getAll: vi.fn(async () => ({ origins: [...origins], permissions: [] })),
    contains: vi.fn(async (p: { origins?: string[] }) => (p.origins ?? []).every((o) => origins.has(o))),
    request: vi.fn(async (p: { origins?: string[] }) => {
      for (const o of p.origins ?? []) origins.add(o);
      await onAdded.trigger({ origins: p.origins });
      return true;
    }),
    remove: vi.fn(async (p: { origins?: string[] }) => {
      for (const o of p.origins ?? []) origins.delete(o);
      await onRemoved.trigger({ origins: p.origins });
      return true;
    }),
  };
  const scripting = {
    getRegisteredContentScripts: vi.fn(async (filter?: { ids?: string[] }) => [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id))),
    registerContentScripts: vi.fn(async (scripts: RegisteredScript[]) => {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
      }
    }),
    unregisterContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
      for (const id of filter?.ids ?? [...registered.keys()]) registered.delete(id);
    }),
  };
  Object.assign(fakeBrowser, { permissions, scripting: { ...fakeBrowser.scripting, ...scripting } });
  return { origins, registered, permissions, scripting };
}
