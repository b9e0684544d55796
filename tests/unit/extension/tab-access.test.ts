import { describe, expect, it } from 'vitest';
import { classifyInjectionError, unreadableByUrl } from '../../../src/extension/tab-access';

describe('unreadableByUrl', () => {
  it.each([
    ['chrome://newtab/', 'browser-page'],
    ['chrome://settings/privacy', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['edge://extensions/', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['moz-extension://5f1c2a7e/sidepanel.html', 'browser-page'],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/sidepanel.html', 'browser-page'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', 'pdf'],
    ['https://chromewebstore.google.com/detail/abc', 'web-store'],
    ['https://chrome.google.com/webstore/category/extensions', 'web-store'],
    ['https://addons.mozilla.org/zh-CN/firefox/', 'web-store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'web-store'],
  ])('should know %s cannot be read (%s)', (url, kind) => {
    expect(unreadableByUrl(url)).toBe(kind);
  });

  it.each([undefined, '', 'https://news.example.cn/a.html', 'http://127.0.0.1:8080/x', 'https://chromewebstore.google.com.evil.example/'])(
    'should leave %s to the attempt',
    (url) => {
      expect(unreadableByUrl(url)).toBeNull();
    },
  );
});

describe('classifyInjectionError', () => {
  const fresh = { url: undefined, invoked: false };
  const invoked = { url: undefined, invoked: true };

  it('should ask for a click when Chrome has no access to a tab the user has not invoked', () => {
    const message = 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.';
    expect(classifyInjectionError(message, fresh)).toEqual({ status: 'needs-permission' });
  });

  it('should ask for a click when Firefox has no access to a tab the user has not invoked', () => {
    expect(classifyInjectionError('Missing host permission for the tab', fresh)).toEqual({ status: 'needs-permission' });
  });

  it('should call the page protected when access fails although the user clicked', () => {
    expect(classifyInjectionError('Missing host permission for the tab', invoked)).toEqual({ status: 'unreadable', kind: 'restricted' });
  });

  it.each([
    ['Cannot access a chrome:// URL', 'browser-page'],
    ['Cannot access a chrome-extension:// URL of different extension', 'browser-page'],
    ['The extensions gallery cannot be scripted.', 'web-store'],
  ])('should explain Chrome’s "%s"', (message, kind) => {
    expect(classifyInjectionError(message, fresh)).toEqual({ status: 'unreadable', kind });
  });

  it('should explain local files when file access is off', () => {
    const message = 'Cannot access contents of url "file:///home/me/page.html". Extension manifest must request permission to access this host.';
    expect(classifyInjectionError(message, { url: 'file:///home/me/page.html', invoked: true })).toEqual({ status: 'unreadable', kind: 'file' });
  });

  it('should prefer what the URL says over the message', () => {
    expect(classifyInjectionError('anything', { url: 'https://chromewebstore.google.com/', invoked: true })).toEqual({ status: 'unreadable', kind: 'web-store' });
  });

  it('should report anything else as an error with the message', () => {
    expect(classifyInjectionError('No tab with id: 42.', fresh)).toEqual({ status: 'error', message: 'No tab with id: 42.' });
  });
});
