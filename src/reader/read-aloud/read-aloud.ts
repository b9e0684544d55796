import { chooseVoice, speechChunks } from './voice-select';

/**
 * Read aloud with the browser's speech synthesis: one paragraph at a time (long ones in
 * sentence pieces), the paragraph being read highlighted and kept in view. Rate and voice
 * changes restart the current paragraph, so they apply at once.
 */

export type ReadAloudState =
  | { status: 'idle' }
  | { status: 'playing' | 'paused'; voice: string }
  | { status: 'done' }
  | { status: 'no-voice'; lang: string }
  | { status: 'unsupported' }
  | { status: 'error' };

export interface SpeechHost {
  speechSynthesis?: SpeechSynthesis;
  SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
}

export interface ReadAloudOptions {
  /** The blocks to read, in order (fresh each start: the article may have changed). */
  blocks(): HTMLElement[];
  /** BCP 47 tag of the text as shown now (it follows the script toggle). */
  lang(): string;
  rate(): number;
  onState(state: ReadAloudState): void;
  /** Where to start: the first block still on screen, so reading starts where the reader is. */
  startAt?(blocks: HTMLElement[]): number;
}

export interface ReadAloud {
  play(): Promise<void>;
  pause(): void;
  resume(): void;
  stop(): void;
  /** Read the current block again with the current rate and voice (after a change). */
  restart(): void;
  readonly state: ReadAloudState;
}

export const SPEAKING_CLASS = 'speaking';
/** How long to wait for the voice list, which Chrome fills in asynchronously. */
const VOICES_WAIT_MS = 1500;

export function createReadAloud(host: SpeechHost, options: ReadAloudOptions): ReadAloud {
  const synth = host.speechSynthesis;
  const Utterance = host.SpeechSynthesisUtterance;
  let state: ReadAloudState = { status: 'idle' };
  let blocks: HTMLElement[] = [];
  let index = 0;
  let voice: SpeechSynthesisVoice | null = null;
  /** Each speaking run has its own id: events of a cancelled utterance are ignored. */
  let run = 0;

  const setState = (next: ReadAloudState) => {
    state = next;
    options.onState(next);
  };

  const highlight = (block: HTMLElement | undefined) => {
    for (const b of blocks) if (b !== block) b.classList.remove(SPEAKING_CLASS);
    if (!block) return;
    block.classList.add(SPEAKING_CLASS);
    const reduce = block.ownerDocument.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    block.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  };

  async function voices(): Promise<SpeechSynthesisVoice[]> {
    if (!synth) return [];
    const now = synth.getVoices();
    if (now.length) return now;
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        synth.removeEventListener('voiceschanged', done);
        resolve(synth.getVoices());
      };
      const timer = setTimeout(done, VOICES_WAIT_MS);
      synth.addEventListener('voiceschanged', done);
    });
  }

  function speakFrom(start: number): void {
    if (!synth || !Utterance || !voice) return;
    const mine = ++run;
    synth.cancel();
    index = start;
    const block = blocks[index];
    if (!block) {
      highlight(undefined);
      setState({ status: 'done' });
      return;
    }
    const pieces = speechChunks(block.textContent ?? '');
    if (!pieces.length) return speakFrom(index + 1);
    highlight(block);
    let piece = 0;
    const next = () => {
      if (mine !== run) return;
      const utterance = new Utterance(pieces[piece]!);
      utterance.voice = voice;
      utterance.lang = voice!.lang;
      utterance.rate = options.rate();
      utterance.onend = () => {
        if (mine !== run) return;
        if (++piece < pieces.length) next();
        else speakFrom(index + 1);
      };
      utterance.onerror = (event) => {
        if (mine !== run || event.error === 'interrupted' || event.error === 'canceled') return;
        run++;
        highlight(undefined);
        setState({ status: 'error' });
      };
      synth.speak(utterance);
    };
    next();
  }

  return {
    get state() {
      return state;
    },
    async play() {
      if (!synth || !Utterance) return setState({ status: 'unsupported' });
      const lang = options.lang();
      const choice = chooseVoice(await voices(), lang);
      if (!choice) return setState({ status: 'no-voice', lang });
      voice = choice.voice;
      blocks = options.blocks();
      setState({ status: 'playing', voice: voice.name });
      speakFrom(options.startAt?.(blocks) ?? 0);
    },
    pause() {
      if (state.status !== 'playing' || !synth) return;
      synth.pause();
      setState({ ...state, status: 'paused' });
    },
    resume() {
      if (state.status !== 'paused' || !synth) return;
      synth.resume();
      setState({ ...state, status: 'playing' });
    },
    stop() {
      run++;
      synth?.cancel();
      highlight(undefined);
      setState({ status: 'idle' });
    },
    restart() {
      if (state.status !== 'playing' && state.status !== 'paused') return;
      // The script may have changed: pick the voice for the text as shown now.
      void voices().then((list) => {
        const choice = chooseVoice(list, options.lang());
        if (!choice) {
          run++;
          synth?.cancel();
          highlight(undefined);
          return setState({ status: 'no-voice', lang: options.lang() });
        }
        voice = choice.voice;
        setState({ status: 'playing', voice: voice.name });
        speakFrom(index);
      });
    },
  };
}

/** The blocks of the article a reader would read aloud, leaf blocks only (no li read twice through its p). */
export function readableBlocks(view: ParentNode): HTMLElement[] {
  const selector = '.article-title, .article-body :is(p, h2, h3, h4, h5, h6, li, figcaption, blockquote, pre, th, td)';
  return Array.from(view.querySelectorAll<HTMLElement>(selector)).filter(
    (el) => !el.querySelector('p, li, figcaption, blockquote, pre, table') && (el.textContent ?? '').trim() !== '',
  );
}

/** The first block whose bottom is below the top of the viewport (under the sticky toolbar). */
export function firstVisibleBlock(blocks: HTMLElement[], topInset = 0): number {
  const i = blocks.findIndex((b) => b.getBoundingClientRect().bottom > topInset);
  return i < 0 ? 0 : i;
}
