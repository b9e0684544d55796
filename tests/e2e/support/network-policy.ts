/**
 * Issue 7's privacy rule for what the extension itself asks the network for, shared by the
 * Chromium and Firefox tests: the extension makes no request of its own. Its pages (panel,
 * options), its service worker / background page and its content script may load the
 * extension's own files (chrome-extension:// and moz-extension:// are internal, as are
 * data: and blob: URLs, which never reach the network) and the images of the article the
 * reader opened. Nothing else: no page, style sheet, font, tracker, prefetch or
 * anything the sanitizer should have dropped.
 */

/** One request made by the extension, as a browser test recorded it. */
export interface RequestRecord {
  url: string;
  /** Who asked: "panel", "options", "service worker", "background", "content script", or a URL. */
  from: string;
  /** The browser's resource type, lower case ("image", "script", "fetch", …). */
  type: string;
  /** The Referer header sent, if the recorder could see it ("" for none). */
  referer?: string;
}

/** An article the reader opened: its page, and the image URLs the panel rendered for it. */
export interface OpenedArticle {
  pageUrl: string;
  images: string[];
}

export type Verdict =
  /** The extension's own files, or a URL that never reaches the network. */
  | 'internal'
  /** An image of an article the reader opened, from that page's origin. */
  | 'article image'
  /** An image of an article the reader opened, from another origin (an image host, a CDN). */
  | 'article image from another origin'
  | 'not allowed';

export function judgeRequest(record: RequestRecord, extensionOrigin: string, opened: readonly OpenedArticle[]): Verdict {
  let url: URL;
  try {
    url = new URL(record.url);
  } catch {
    return 'not allowed';
  }
  // Node gives extension URLs no origin: compare scheme and host.
  if (`${url.protocol}//${url.host}` === extensionOrigin) return 'internal';
  if (url.protocol === 'data:' || url.protocol === 'blob:' || record.url === 'about:blank') return 'internal';
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'not allowed';
  if (record.type !== 'image' && record.type !== 'imageset') return 'not allowed';
  const owners = opened.filter((a) => a.images.includes(record.url));
  if (owners.length === 0) return 'not allowed';
  return owners.some((a) => new URL(a.pageUrl).origin === url.origin) ? 'article image' : 'article image from another origin';
}

/** The records with their verdicts, grouped for an assertion message. */
export function judgeAll(records: readonly RequestRecord[], extensionOrigin: string, opened: readonly OpenedArticle[]): Record<Verdict, string[]> {
  const out: Record<Verdict, string[]> = { internal: [], 'article image': [], 'article image from another origin': [], 'not allowed': [] };
  for (const r of records) out[judgeRequest(r, extensionOrigin, opened)].push(`${r.from} → ${r.type} ${r.url.slice(0, 160)}`);
  return out;
}
