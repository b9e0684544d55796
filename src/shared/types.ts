/**
 * Types shared by every pipeline stage, the content script, the panel and the CLI.
 * Everything here is plain data so it can cross the extension message boundary.
 */

/** The user-facing groups of removals, as the panel lists them ("垃圾广告 3 · 页面杂项 9 …"). */
export type RemovalCategory = 'hidden' | 'spam' | 'chrome' | 'pinyin' | 'garble' | 'obfuscation';

/** One thing the pipeline took out of the page, and why. Tests assert on these. */
export interface Removal {
  /** Name of the cleaning step that removed it (see `CLEANING_STEPS`). */
  step: string;
  category: RemovalCategory;
  /** One line saying why, e.g. "display:none from a <style> rule". */
  reason: string;
  /** What was removed, as the reader would have seen it (trimmed, capped). */
  text: string;
}

export type Script = 'hans' | 'hant';
/** What the reader asks to see: the page as is, or one of the OpenCC targets. */
export type TargetScript = 'original' | 'hans' | 'hant' | 'tw' | 'hk';
export type ArticleLang = 'zh-Hans' | 'zh-Hant' | 'en' | string;

export interface Person {
  name: string;
  title: string;
}

export interface InterviewTurn {
  speaker: string;
  role: 'host' | 'guest';
  text: string;
}

export interface Interview {
  host: Person[];
  guests: Person[];
  turns: InterviewTurn[];
}

export interface Image {
  src: string;
  alt: string;
  caption: string | null;
}

/** What the pipeline returns for one page. Serialisable (crosses the message boundary). */
export interface Article {
  isArticle: boolean;
  /** Why the page was judged not to be an article (only when `isArticle` is false). */
  reason?: string;
  url: string;
  title: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  source: string | null;
  byline: string | null;
  /** Language/script of the source article: zh-Hans, zh-Hant, en … */
  lang: ArticleLang;
  /** Script the Chinese text is shown in on the page (null for pages without Chinese). */
  originalScript: Script | null;
  /** For Traditional pages: Hong Kong or Taiwan usage (lang zh-HK, a .hk site, Cantonese words). */
  traditionalVariant?: 'tw' | 'hk';
  /** The clean article body as HTML (not yet sanitized: the sanitize module owns that). */
  html: string;
  /** Plain text, paragraphs separated by a blank line. */
  text: string;
  /** Paragraph-level blocks of the body, in order (headings, paragraphs, captions, list items). */
  blocks: Block[];
  interview: Interview | null;
  removed: Removal[];
  timings: Record<string, number>;
  /**
   * A bounded read of a very large page (src/extension/bounded-read.ts): only the body's
   * first `keptChars` of `totalChars` characters were read. Absent on a full read.
   */
  truncated?: { keptChars: number; totalChars: number };
}

export type BlockKind = 'paragraph' | 'heading' | 'caption' | 'list-item' | 'image' | 'quote' | 'table';

export interface Block {
  kind: BlockKind;
  text: string;
  /** Inline markup of the block (links, emphasis), from the page: sanitize before use. */
  html?: string;
  /** Image blocks only. */
  image?: Image;
  /** Heading level (1–6) for headings. */
  level?: number;
  /** True when the paragraph is set in bold as a whole (often an interview question). */
  emphasized?: boolean;
}
