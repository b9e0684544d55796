import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../src/extension/background-service';
import { liveTabs, markLive } from '../../../src/extension/live-tabs';
import { readTab } from '../../../src/extension/read-tab';
import { createTabReader } from '../../../src/extension/read-from-panel';
import { onMessage, sendMessage } from '../../../src/messaging';
import type { WireArticle } from '../../../src/messaging/wire-article';
import { wireArticle } from '../../helpers/wire-article';
import { installPermissionsAndScripting } from './auto-detect-apis';

vi.mock('../../../src/messaging', () => ({ sendMessage: vi.fn(), onMessage: vi.fn() }));
vi.mock('../../../src/extension/read-tab', async (original) => ({ ...(await original<object>()), readTab: vi.fn() }));

const article: WireArticle = wireArticle();
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('tabs with a live content script', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.mocked(sendMessage).mockReset();
    vi.mocked(onMessage).mockReset();
  });

  describe('in the background', () => {
    /** The background's readTab handler, as registered with onMessage. */
    const readTabHandler = () => {
      const call = vi.mocked(onMessage).mock.calls.find((c) => c[0] === 'readTab');
      if (!call) throw new Error('no readTab handler');
      return call[1] as unknown as (message: { data: { tabId: number; clean: boolean; force: boolean } }) => Promise<unknown>;
    };

    beforeEach(() => {
      Object.assign(fakeBrowser, { contextMenus: { onClicked: { addListener: vi.fn() }, create: vi.fn(), removeAll: vi.fn() }, commands: { onCommand: { addListener: vi.fn() } } });
      installPermissionsAndScripting();
      vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('清读');
      startBackground();
    });

    it('should record a tab once its content script answered, and not one without an article read', async () => {
      vi.mocked(readTab).mockResolvedValueOnce({ status: 'article', article }).mockResolvedValueOnce({ status: 'needs-permission' });
      await readTabHandler()({ data: { tabId: 7, clean: true, force: false } });
      await readTabHandler()({ data: { tabId: 8, clean: true, force: false } });
      await settle();
      expect(await liveTabs()).toEqual([7]);
    });

    it('should drop it when the tab loads another document, changes its URL or closes', async () => {
      for (const id of [7, 8, 9]) await markLive(id);
      await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading' }, { id: 7 } as never);
      await fakeBrowser.tabs.onUpdated.trigger(8, { url: 'https://news.example.cn/a.html#2' }, { id: 8 } as never);
      await fakeBrowser.tabs.onUpdated.trigger(9, { title: '标题' }, { id: 9 } as never);
      await settle();
      expect(await liveTabs()).toEqual([9]);
      await fakeBrowser.tabs.onRemoved.trigger(9, { windowId: 1, isWindowClosing: false });
      await settle();
      expect(await liveTabs()).toEqual([]);
    });

    it('should not record a tab that navigated while it was being read', async () => {
      let finish: (reply: { status: 'article'; article: WireArticle }) => void = () => undefined;
      vi.mocked(readTab).mockReturnValueOnce(new Promise((resolve) => (finish = resolve)));
      const reading = readTabHandler()({ data: { tabId: 7, clean: true, force: false } });
      await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading' }, { id: 7 } as never);
      finish({ status: 'article', article });
      await reading;
      await settle();
      expect(await liveTabs()).toEqual([]);
    });
  });

  describe('in a panel that just opened', () => {
    it('should ask the recorded instance directly', async () => {
      await markLive(7);
      const read = createTabReader();
      vi.mocked(sendMessage).mockResolvedValue({ status: 'done', article });
      await expect(read({ tabId: 7, clean: true, force: false })).resolves.toEqual({ status: 'article', article });
      expect(vi.mocked(sendMessage).mock.calls.map((c) => c[0])).toEqual(['extract']);
    });

    it('should read through the background when the instance is gone', async () => {
      await markLive(7);
      const read = createTabReader();
      vi.mocked(sendMessage).mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.')).mockResolvedValueOnce({ status: 'article', article });
      await expect(read({ tabId: 7, clean: true, force: false })).resolves.toEqual({ status: 'article', article });
      expect(vi.mocked(sendMessage).mock.calls.map((c) => c[0])).toEqual(['extract', 'readTab']);
    });

    it('should not trust the record for a tab that navigated since the panel opened', async () => {
      await markLive(7);
      const read = createTabReader();
      await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading' }, { id: 7 } as never);
      vi.mocked(sendMessage).mockResolvedValue({ status: 'article', article });
      await read({ tabId: 7, clean: true, force: false });
      expect(vi.mocked(sendMessage).mock.calls.map((c) => c[0])).toEqual(['readTab']);
    });
  });
});
