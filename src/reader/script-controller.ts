import { convertArticle, langTag, traditionalVariant } from '../convert/convert-article';
import { loadConverter, noConversion, stagesFor, type Convert, type TraditionalVariant } from '../convert/opencc-converters';
import { READER_SCRIPTS, type ReaderScript } from '../settings/defaults';
import type { Article, Script } from '../shared/types';
import { articleLang } from './article-view';
import type { ScriptedText } from './scripted-text';

/**
 * The script toggle's logic. Keeps the article as extracted (the original), and shows it
 * in the chosen script by converting original → target each time, never the shown text.
 * Converters are loaded on first need and kept for the panel's life (loadConverter caches
 * them); once an article is on screen the others are built in idle time, so a later toggle
 * only runs the conversion.
 */

export interface ScriptControllerEvents {
  /** A converter is being loaded (the first time a script is picked, before warm-up). */
  onBusy(busy: boolean): void;
  onApplied(target: ReaderScript): void;
  onError(error: unknown): void;
}

interface Shown {
  article: Article;
  variant: TraditionalVariant;
  texts: ScriptedText;
}

/** Scheduling for idle time; the panel's window in the extension, a stub in tests. */
export type IdleScheduler = (task: () => void) => void;

/**
 * A pause that lets the panel handle input between slices of a converter build: the next
 * task, not a timer (no 4 ms clamp), `scheduler.yield()` where the browser has it.
 */
export function pauseFor(win: Window): () => Promise<void> {
  const scheduler = (win as Window & { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return () => scheduler.yield!();
  const Channel = (win as Window & { MessageChannel?: typeof MessageChannel }).MessageChannel ?? globalThis.MessageChannel;
  return () =>
    new Promise<void>((resolve) => {
      const channel = new Channel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
}

export function idleScheduler(win: Window): IdleScheduler {
  return (task) => {
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => task(), { timeout: 1000 });
    else win.setTimeout(task, 200);
  };
}

export class ScriptController {
  private shown: Shown | null = null;
  private seq = 0;
  private readonly ready = new Map<string, Convert>();
  private readonly exports = new Map<ReaderScript, Article>();
  private readonly pause: () => Promise<void>;
  /** Source scripts (and variants) whose converters are built or being built in idle time. */
  private readonly warmed = new Set<string>();

  constructor(
    public target: ReaderScript,
    private readonly win: Window,
    private readonly events: ScriptControllerEvents,
    private readonly idle: IdleScheduler = idleScheduler(win),
  ) {
    this.pause = pauseFor(win);
  }

  /** The variant of a Traditional article, as the pipeline found it (declared zh-HK, a .hk/.mo site, Cantonese). */
  static variantOf(article: Pick<Article, 'url' | 'traditionalVariant'>): TraditionalVariant {
    return article.traditionalVariant ?? traditionalVariant(null, article.url);
  }

  /** `lang` of the article as the page wrote it. */
  static originalLang(article: Pick<Article, 'lang' | 'originalScript' | 'url'>): string {
    return langTag('original', article.originalScript, ScriptController.variantOf(article)) ?? articleLang(article);
  }

  /** `lang` of the text on screen. */
  lang(): string {
    if (!this.shown) return '';
    const { article, variant } = this.shown;
    if (!article.originalScript) return articleLang(article);
    return langTag(this.target, article.originalScript, variant) ?? articleLang(article);
  }

  /**
   * Start loading the converter the reader will most likely need, before the first article
   * arrives: with 台灣/香港 chosen, pages are mostly Simplified, and the reverse.
   */
  preload(): void {
    if (this.target === 'original') return;
    const from: Script = this.target === 'hans' ? 'hant' : 'hans';
    void this.converter(from, 'tw', this.target).catch(() => undefined);
  }

  /**
   * A new article on screen (its text registered in `texts`). Shown in the current script
   * before it is painted when the converter is ready; otherwise as written, then converted.
   */
  show(article: Article, texts: ScriptedText): void {
    this.shown = { article, variant: ScriptController.variantOf(article), texts };
    this.exports.clear();
    void this.apply(this.target);
    this.warmUp();
  }

  clear(): void {
    this.shown = null;
    this.exports.clear();
    this.seq++;
  }

  /** The reader picked a script. Resolves once the view shows it (or a later pick took over). */
  pick(target: ReaderScript): Promise<void> {
    this.target = target;
    return this.apply(target);
  }

  /** The article in the shown script, for export (converted once per script and article). */
  exportArticle(): Article | null {
    if (!this.shown) return null;
    const { article, variant } = this.shown;
    if (!article.originalScript || this.target === 'original') return article;
    let converted = this.exports.get(this.target);
    if (!converted) {
      const convert = this.ready.get(key(article.originalScript, variant, this.target));
      // Not loaded yet, so the view is not converted either: export what is on screen.
      if (!convert || convert === noConversion) return article;
      converted = convertArticle(article, convert, this.win);
      this.exports.set(this.target, converted);
    }
    return converted;
  }

  private apply(target: ReaderScript): Promise<void> {
    const mine = ++this.seq;
    const shown = this.shown;
    if (!shown) return Promise.resolve();
    const { article, variant, texts } = shown;
    const from = article.originalScript;
    const finish = (convert: Convert) => {
      texts.apply(convert, from ? langTag(target, from, variant) : null);
      this.events.onApplied(target);
    };
    // Nothing to convert (the page's own script): no converter to wait for.
    if (!from || stagesFor(from, variant, target).length === 0) {
      finish(noConversion);
      return Promise.resolve();
    }
    const ready = this.ready.get(key(from, variant, target));
    if (ready) {
      finish(ready);
      return Promise.resolve();
    }
    this.events.onBusy(true);
    return this.converter(from, variant, target).then(
      (convert) => {
        if (mine !== this.seq) return;
        this.events.onBusy(false);
        finish(convert);
      },
      (error: unknown) => {
        if (mine !== this.seq) return;
        this.events.onBusy(false);
        this.events.onError(error);
      },
    );
  }

  private async converter(from: Script, variant: TraditionalVariant, target: ReaderScript): Promise<Convert> {
    // Built in slices: the panel stays responsive while the dictionaries load.
    const convert = await loadConverter(from, variant, target, { pause: this.pause });
    this.ready.set(key(from, variant, target), convert);
    return convert;
  }

  /**
   * After an article in a script not seen before, build the converters for every script
   * the reader may pick, one per idle period (a build blocks ~150 ms; the Simplified →
   * Traditional stage is shared, so the second Traditional target costs little).
   */
  private warmUp(): void {
    const from = this.shown?.article.originalScript;
    if (!this.shown || !from) return;
    const variant = this.shown.variant;
    if (this.warmed.has(`${from}:${variant}`)) return;
    this.warmed.add(`${from}:${variant}`);
    const targets = READER_SCRIPTS.filter((s) => s !== 'original' && s !== this.target);
    const next = (): void => {
      const target = targets.shift();
      if (!target) return;
      this.idle(() => void this.converter(from, variant, target).catch(() => undefined).then(next));
    };
    next();
  }
}

function key(from: Script, variant: TraditionalVariant, target: ReaderScript): string {
  return `${from}:${variant}:${target}`;
}
