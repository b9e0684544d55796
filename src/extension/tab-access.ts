import type { ReadFailure, UnreadableKind } from '../messaging/protocol';

/**
 * Which tabs Qingdu may read, decided from the tab's URL (when the browser shows it to us)
 * and from the error the browser gives when injection fails. Pure functions: the
 * background calls them, the unit tests pin the browsers' wording.
 */

/** The Chrome PDF viewer extension: its pages host PDFs opened from the web. */
const CHROME_PDF_VIEWER = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

const BROWSER_SCHEMES = /^(?:chrome|chrome-untrusted|chrome-search|edge|brave|opera|vivaldi|about|view-source|devtools|resource|moz-extension|chrome-extension|extension|javascript|data|blob):/i;

/** Stores where every extension is blocked by the browser itself. */
const WEB_STORES = [
  /^https:\/\/chromewebstore\.google\.com(?:\/|$)/i,
  /^https:\/\/chrome\.google\.com\/webstore(?:\/|$)/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons(?:\/|$)/i,
  /^https:\/\/addons\.mozilla\.org(?:\/|$)/i,
];

/**
 * A page we know in advance we cannot read, or null when only trying will tell. Tabs
 * without a visible URL (no access yet) are null.
 */
export function unreadableByUrl(url: string | undefined): UnreadableKind | null {
  if (!url) return null;
  if (url.startsWith(`chrome-extension://${CHROME_PDF_VIEWER}/`)) return 'pdf';
  if (BROWSER_SCHEMES.test(url)) return 'browser-page';
  if (WEB_STORES.some((re) => re.test(url))) return 'web-store';
  return null;
}

export interface InjectionContext {
  /** The tab's URL, when the browser shows it (only after access was granted). */
  url: string | undefined;
  /**
   * The user asked to read this tab (button, shortcut or menu) since it last navigated.
   * Then activeTab was granted, so a permission error means a protected page, not a
   * missing click.
   */
  invoked: boolean;
}

/** The panel state for a failed `scripting.executeScript`, from the browser's message. */
export function classifyInjectionError(message: string, context: InjectionContext): ReadFailure {
  const byUrl = unreadableByUrl(context.url);
  if (byUrl) return { status: 'unreadable', kind: byUrl };
  if (context.url?.startsWith('file:')) return { status: 'unreadable', kind: 'file' };
  // Chrome: "The extensions gallery cannot be scripted."
  if (/gallery cannot be scripted|web ?store/i.test(message)) return { status: 'unreadable', kind: 'web-store' };
  // Chrome: "Cannot access a chrome:// URL", "… chrome-extension:// URL of different extension".
  if (/Cannot access a [\w-]+:\/\/ URL|about:|chrome:\/\/|edge:\/\//i.test(message)) return { status: 'unreadable', kind: 'browser-page' };
  if (/file:\/\/|file URL/i.test(message)) return { status: 'unreadable', kind: 'file' };
  // Chrome: "Cannot access contents of the page. Extension manifest must request permission …";
  // Firefox: "Missing host permission for the tab". Firefox says the same for about: pages
  // and addons.mozilla.org, so after a user action it means "protected page".
  if (/permission|Cannot access contents/i.test(message)) {
    return context.invoked ? { status: 'unreadable', kind: 'restricted' } : { status: 'needs-permission' };
  }
  return { status: 'error', message };
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error && 'message' in error && typeof error.message === 'string') return error.message;
  return String(error);
}
