import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTabReader } from '../../../src/extension/read-from-panel';
import { sendMessage } from '../../../src/messaging';
import type { WireArticle } from '../../../src/messaging/wire-article';
import { wireArticle } from '../../helpers/wire-article';

vi.mock('../../../src/messaging', () => ({ sendMessage: vi.fn() }));

const article: WireArticle = wireArticle();
const request = { tabId: 7, clean: true, force: false };
const calls = () => vi.mocked(sendMessage).mock.calls.map((c) => c[0]);

describe('the panel reading tabs', () => {
  beforeEach(() => fakeBrowser.reset());

  it('should read through the background first, then ask the instance in the page directly', async () => {
    const read = createTabReader();
    vi.mocked(sendMessage).mockImplementation(async (type) => (type === 'readTab' ? { status: 'article', article } : { status: 'done', article }));
    await expect(read(request)).resolves.toEqual({ status: 'article', article });
    await expect(read({ ...request, clean: false })).resolves.toEqual({ status: 'article', article });
    expect(calls()).toEqual(['readTab', 'extract']);
    expect(sendMessage).toHaveBeenLastCalledWith('extract', { clean: false, force: false }, 7);
  });

  it('should go through the background again once the tab loads another document', async () => {
    const read = createTabReader();
    vi.mocked(sendMessage).mockResolvedValue({ status: 'article', article });
    await read(request);
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading' }, { id: 7 } as never);
    await read(request);
    expect(calls()).toEqual(['readTab', 'readTab']);
  });

  it('should not count on a tab without an article read', async () => {
    const read = createTabReader();
    vi.mocked(sendMessage).mockResolvedValue({ status: 'needs-permission' });
    await read(request);
    await read(request);
    expect(calls()).toEqual(['readTab', 'readTab']);
  });

  it('should fall back to the background when the instance no longer answers, and report one that failed', async () => {
    const read = createTabReader();
    vi.mocked(sendMessage).mockResolvedValueOnce({ status: 'article', article }).mockRejectedValueOnce(new Error('No response')).mockResolvedValueOnce({ status: 'article', article });
    await read(request);
    await expect(read(request)).resolves.toEqual({ status: 'article', article });
    expect(calls()).toEqual(['readTab', 'extract', 'readTab']);
    vi.mocked(sendMessage).mockRejectedValueOnce(new Error('boom'));
    await expect(read(request)).resolves.toEqual({ status: 'error', message: 'boom' });
  });
});
