import type { Article } from '../shared/types';
import type { WireArticle } from './wire-article';

/**
 * The one message protocol of the extension (typed with @webext-core/messaging).
 *
 * Who talks to whom:
 * - panel → background: `readTab` (inject the content script if needed, extract, answer).
 * - background → panel: `readerRequested` (the user clicked the button, pressed the
 *   shortcut or used the page menu while a panel is already open: read that tab now).
 * - background → content script: `extract` (run the pipeline on a clone of the page).
 * - panel → content script: `extract` as well, straight to an instance already in the page
 *   (src/extension/read-from-panel.ts); `readTab` only when none answers.
 * - content script → background: `pipelineData` (the readings table and the dictionary,
 *   asked for only by pages with pinyin glued to characters or `?py)` marks; too big to
 *   ride in every injection).
 * - detector → background: `pageChecked` (auto-detect's quick check of a page that just
 *   loaded; the background sets or clears the toolbar badge of the sender's tab).
 *
 * Everything crossing the boundary is plain data (structured-clone/JSON safe). Articles
 * cross it in their wire form (wire-article.ts: without the fields derived from blocks),
 * rebuilt by the panel.
 */

/** What the reader wants from the page. */
export interface ExtractOptions {
  /** false: extraction without cleaning (the panel's "show original"). */
  clean: boolean;
  /** Extract even when the page does not look like an article ("show anyway"). */
  force: boolean;
  /**
   * Read all of a very large page, which is otherwise read up to a text budget (the
   * panel's "read the whole page"; src/extension/bounded-read.ts).
   */
  full?: boolean;
}

/** Pages the extension is not allowed to or cannot read, each with its own explanation. */
export type UnreadableKind =
  /** chrome://, about:, edge://, view-source:, other extensions' pages. */
  | 'browser-page'
  /** Chrome Web Store, addons.mozilla.org: browsers forbid extensions there. */
  | 'web-store'
  /** The browser's PDF viewer. */
  | 'pdf'
  /** file:// pages without "Allow access to file URLs". */
  | 'file'
  /** Not an HTML document (images, plain text, XML, video). */
  | 'not-html'
  /** Protected for another reason the browser did not name. */
  | 'restricted';

/** The content script's answer (with the article in its wire form on the wire). */
export type ExtractResult<A = Article> = { status: 'done'; article: A } | { status: 'unreadable'; kind: UnreadableKind };

export interface ReadTabRequest extends ExtractOptions {
  tabId: number;
}

/** What the panel shows for a tab. */
export type ReadResult<A = Article> = { status: 'article'; article: A } | { status: 'not-article'; article: A } | ReadFailure;

/** ReadResult as the background sends it (the article in its wire form). */
export type ReadReply = ReadResult<WireArticle>;

/** Every outcome of a read without an article. */
export type ReadFailure =
  | { status: 'unreadable'; kind: UnreadableKind }
  /**
   * The extension has no access to this tab yet (activeTab is granted per tab by a user
   * action): the user has to click the toolbar button or press the shortcut on it.
   */
  | { status: 'needs-permission' }
  | { status: 'error'; message: string };

export interface ReaderRequest {
  tabId: number;
  windowId: number;
}

/** What the auto-detect probe found on a page. */
export interface PageCheck {
  isArticle: boolean;
}

export interface ProtocolMap {
  readTab(request: ReadTabRequest): ReadReply;
  readerRequested(request: ReaderRequest): void;
  extract(options: ExtractOptions): ExtractResult<WireArticle>;
  pipelineData(request: PipelineDataRequest): PipelineData;
  pageChecked(check: PageCheck): void;
}

/** Which of the pipeline's data files a page needs. */
export interface PipelineDataRequest {
  readings: boolean;
  lexicon: boolean;
}

/** The files' text, null when not asked for or not readable. */
export interface PipelineData {
  readings: string | null;
  lexicon: string | null;
}
