import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COMMAND_OPEN_READER, MENU_READ_PAGE, startBackground } from '../../../src/extension/background-service';
import { wasInvoked } from '../../../src/extension/invoked-tabs';
import { sendMessage } from '../../../src/messaging';
import { installPermissionsAndScripting } from './auto-detect-apis';

vi.mock('../../../src/messaging', () => ({ sendMessage: vi.fn(), onMessage: vi.fn() }));

/** A minimal event for the APIs fakeBrowser does not mock. */
function fakeEvent<A extends unknown[]>() {
  const listeners: ((...args: A) => void)[] = [];
  return {
    addListener: (l: (...args: A) => void) => void listeners.push(l),
    trigger: (...args: A) => listeners.forEach((l) => l(...args)),
  };
}

describe('background', () => {
  const open = vi.fn();
  const create = vi.fn();
  let commands: ReturnType<typeof fakeEvent<[string, { id?: number; windowId: number } | undefined]>>;
  let menuClicks: ReturnType<typeof fakeEvent<[{ menuItemId: string }, { id?: number; windowId: number } | undefined]>>;

  beforeEach(() => {
    fakeBrowser.reset();
    commands = fakeEvent();
    menuClicks = fakeEvent();
    open.mockResolvedValue(undefined);
    vi.mocked(sendMessage).mockResolvedValue(undefined);
    Object.assign(fakeBrowser, {
      sidePanel: { open },
      commands: { onCommand: commands },
      contextMenus: { onClicked: menuClicks, create, removeAll: vi.fn().mockResolvedValue(undefined) },
    });
    installPermissionsAndScripting();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('用清读阅读');
    startBackground();
  });

  const tab = { id: 7, windowId: 3 } as const;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('should open the window’s side panel at once on a toolbar click, then tell an open panel to read the tab', async () => {
    await fakeBrowser.action.onClicked.trigger(tab as never);
    // Synchronously, inside the user's gesture.
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
    await settle();
    expect(await wasInvoked(7)).toBe(true);
    expect(sendMessage).toHaveBeenCalledWith('readerRequested', { tabId: 7, windowId: 3 });
  });

  it('should do the same for the keyboard command and the page menu item', async () => {
    commands.trigger(COMMAND_OPEN_READER, tab);
    menuClicks.trigger({ menuItemId: MENU_READ_PAGE }, { id: 8, windowId: 3 });
    commands.trigger('something-else', { id: 9, windowId: 3 });
    expect(open).toHaveBeenCalledTimes(2);
    await settle();
    expect(await wasInvoked(8)).toBe(true);
    expect(await wasInvoked(9)).toBe(false);
  });

  it('should create the page menu item on install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await settle();
    expect(create).toHaveBeenCalledWith({ id: MENU_READ_PAGE, title: '用清读阅读', contexts: ['page'] });
  });

  it('should forget a tab’s grant when it navigates or closes', async () => {
    await fakeBrowser.action.onClicked.trigger(tab as never);
    await settle();
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading' }, tab as never);
    await settle();
    expect(await wasInvoked(7)).toBe(false);
  });
});
