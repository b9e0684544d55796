import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readTab } from '../../../src/extension/read-tab';
import { sendMessage } from '../../../src/messaging';
import type { WireArticle } from '../../../src/messaging/wire-article';
import { wireArticle } from '../../helpers/wire-article';

vi.mock('../../../src/messaging', () => ({ sendMessage: vi.fn() }));

const article = (isArticle: boolean): WireArticle => wireArticle(isArticle);

describe('readTab', () => {
  let tabId: number;
  const executeScript = vi.fn();

  beforeEach(async () => {
    fakeBrowser.reset();
    // fakeBrowser has no scripting implementation: stand in for the browser's.
    (fakeBrowser as unknown as { scripting: { executeScript: typeof executeScript } }).scripting = { executeScript };
    tabId = (await fakeBrowser.tabs.create({ url: 'https://news.example.cn/a.html' })).id!;
  });

  const read = (invoked = false) => readTab({ tabId, clean: true, force: false }, async () => invoked, [0, 0]);
  const refused = new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');

  it('should inject the content script, then ask it for the article', async () => {
    executeScript.mockResolvedValue([]);
    vi.mocked(sendMessage).mockResolvedValue({ status: 'done', article: article(true) });
    await expect(read()).resolves.toEqual({ status: 'article', article: article(true) });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, files: ['/content-scripts/content.js'] });
    expect(sendMessage).toHaveBeenCalledWith('extract', { clean: true, force: false }, tabId);
  });

  it('should report a page that is not an article as such', async () => {
    executeScript.mockResolvedValue([]);
    vi.mocked(sendMessage).mockResolvedValue({ status: 'done', article: article(false) });
    await expect(read()).resolves.toMatchObject({ status: 'not-article' });
  });

  it('should pass on what the content script could not read', async () => {
    executeScript.mockResolvedValue([]);
    vi.mocked(sendMessage).mockResolvedValue({ status: 'unreadable', kind: 'pdf' });
    await expect(read()).resolves.toEqual({ status: 'unreadable', kind: 'pdf' });
  });

  it('should ask for a click when the tab was never invoked', async () => {
    executeScript.mockRejectedValue(refused);
    await expect(read(false)).resolves.toEqual({ status: 'needs-permission' });
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('should try again when Chrome refuses a tab the user just clicked on, then read it', async () => {
    executeScript.mockRejectedValueOnce(refused).mockResolvedValue([]);
    vi.mocked(sendMessage).mockResolvedValue({ status: 'done', article: article(true) });
    await expect(read(true)).resolves.toMatchObject({ status: 'article' });
    // The refused look for an instance, the same look again, then the script itself.
    expect(executeScript).toHaveBeenCalledTimes(3);
    expect(executeScript).toHaveBeenLastCalledWith({ target: { tabId }, files: ['/content-scripts/content.js'] });
  });

  it('should call an invoked tab protected when the refusal lasts', async () => {
    executeScript.mockRejectedValue(refused);
    await expect(read(true)).resolves.toEqual({ status: 'unreadable', kind: 'restricted' });
    expect(executeScript).toHaveBeenCalledTimes(3);
  });

  it('should not retry on a tab the user has not asked for', async () => {
    executeScript.mockRejectedValue(refused);
    await expect(read(false)).resolves.toEqual({ status: 'needs-permission' });
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('should not even try on a browser page', async () => {
    const id = (await fakeBrowser.tabs.create({ url: 'chrome://settings/' })).id!;
    await expect(readTab({ tabId: id, clean: true, force: false }, async () => true)).resolves.toEqual({ status: 'unreadable', kind: 'browser-page' });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('should ask an instance already in the page without injecting the script again', async () => {
    executeScript.mockResolvedValue([{ frameId: 0, result: true }]);
    vi.mocked(sendMessage).mockResolvedValue({ status: 'done', article: article(true) });
    await expect(read()).resolves.toEqual({ status: 'article', article: article(true) });
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(executeScript).not.toHaveBeenCalledWith(expect.objectContaining({ files: expect.anything() }));
    expect(sendMessage).toHaveBeenCalledWith('extract', { clean: true, force: false }, tabId);
  });

  it('should replace an instance that no longer answers (an extension update)', async () => {
    executeScript.mockResolvedValue([{ frameId: 0, result: true }]);
    vi.mocked(sendMessage).mockRejectedValueOnce(new Error('No response')).mockResolvedValue({ status: 'done', article: article(true) });
    await expect(read()).resolves.toEqual({ status: 'article', article: article(true) });
    expect(executeScript).toHaveBeenLastCalledWith({ target: { tabId }, files: ['/content-scripts/content.js'] });
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('should turn a failed extraction into an error the panel can retry', async () => {
    executeScript.mockResolvedValue([]);
    vi.mocked(sendMessage).mockRejectedValue(new Error('No response'));
    await expect(read()).resolves.toEqual({ status: 'error', message: 'No response' });
  });
});
