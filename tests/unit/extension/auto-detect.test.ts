import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AUTO_DETECT_ORIGINS, DETECTOR_FILE, DETECTOR_ID, showPageCheck, startAutoDetect, syncDetector } from '../../../src/extension/auto-detect';
import { autoDetectSetting } from '../../../src/settings/items';
import { installPermissionsAndScripting } from './auto-detect-apis';

const MESSAGES: Record<string, string> = { badgeArticle: '读', badgeArticleTitle: '清读：这个页面是文章', actionTitle: '用清读阅读这个页面' };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('auto-detect (background)', () => {
  let apis: ReturnType<typeof installPermissionsAndScripting>;

  beforeEach(async () => {
    fakeBrowser.reset();
    apis = installPermissionsAndScripting();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => MESSAGES[key] ?? '');
    startAutoDetect();
    await syncDetector();
  });

  it('should register nothing while off, even with host access granted', async () => {
    await apis.permissions.request({ origins: AUTO_DETECT_ORIGINS });
    await syncDetector();
    expect(apis.registered.size).toBe(0);
  });

  it('should register the probe for the granted sites once turned on, and remove it when turned off', async () => {
    await apis.permissions.request({ origins: AUTO_DETECT_ORIGINS });
    await autoDetectSetting.update({ enabled: true });
    await settle();
    await syncDetector();
    expect(apis.registered.get(DETECTOR_ID)).toMatchObject({ js: [DETECTOR_FILE], matches: AUTO_DETECT_ORIGINS });

    await showPageCheck(4, { isArticle: true });
    await autoDetectSetting.update({ enabled: false });
    await settle();
    await syncDetector();
    expect(apis.registered.size).toBe(0);
  });

  it('should register only for the sites the reader allowed one by one', async () => {
    apis.origins.add('http://127.0.0.1/*');
    await autoDetectSetting.update({ enabled: true });
    await settle();
    await syncDetector();
    expect(apis.registered.get(DETECTOR_ID)?.matches).toEqual(['http://127.0.0.1/*']);
  });

  it('should stay unregistered when on without any granted site (a browser that never granted it)', async () => {
    await autoDetectSetting.update({ enabled: true });
    await settle();
    await syncDetector();
    expect(apis.registered.size).toBe(0);
  });

  it('should turn itself off when the reader takes host access away in the browser', async () => {
    await apis.permissions.request({ origins: AUTO_DETECT_ORIGINS });
    await autoDetectSetting.update({ enabled: true });
    await settle();
    await syncDetector();
    await apis.permissions.remove({ origins: AUTO_DETECT_ORIGINS });
    await settle();
    await syncDetector();
    expect((await autoDetectSetting.get()).enabled).toBe(false);
    expect(apis.registered.size).toBe(0);
  });

  it('should badge article pages, clear the badge on other pages and on navigation', async () => {
    await autoDetectSetting.update({ enabled: true });
    await showPageCheck(3, { isArticle: true });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('读');
    expect(await fakeBrowser.action.getTitle({ tabId: 3 })).toBe('清读：这个页面是文章');

    await showPageCheck(3, { isArticle: false });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');

    await showPageCheck(5, { isArticle: true });
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'loading' }, { id: 5 } as never);
    await settle();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
  });

  it('should ignore a late report after auto-detect was turned off', async () => {
    await showPageCheck(6, { isArticle: true });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('');
  });
});

describe('auto-detect registration on wake-up', () => {
  it('should leave a registration that already matches the granted sites alone', async () => {
    fakeBrowser.reset();
    const apis = installPermissionsAndScripting(AUTO_DETECT_ORIGINS);
    await autoDetectSetting.update({ enabled: true });
    await syncDetector();
    expect(apis.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    await syncDetector();
    await syncDetector();
    expect(apis.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(apis.scripting.unregisterContentScripts).not.toHaveBeenCalled();
  });
});
