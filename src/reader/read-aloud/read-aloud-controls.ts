import { readAloudSetting } from '../../settings/items';
import type { Translate } from '../i18n';
import { createReadAloud, firstVisibleBlock, type SpeechHost } from './read-aloud';
import { renderReadAloudBar } from './read-aloud-bar';

export interface ReadAloudControls {
  button: HTMLButtonElement;
  bar: HTMLElement;
  setEnabled(enabled: boolean): void;
  stop(): void;
  /** The text or its language changed (script toggle): read the current block again. */
  restartIfReading(): void;
}

/** The panel's read aloud: the bar, the speech engine and the stored speed, wired together. */
export function createReadAloudControls(
  win: Window,
  t: Translate,
  locale: string,
  options: { rate: number; blocks(): HTMLElement[]; lang(): string; topInset(): number },
): ReadAloudControls {
  let rate = options.rate;
  const languageName = (lang: string): string => {
    try {
      return new Intl.DisplayNames([locale], { type: 'language' }).of(lang) ?? lang;
    } catch {
      return lang;
    }
  };
  const ui = renderReadAloudBar(
    win.document,
    t,
    {
      onPlay: () => void speech.play(),
      onPause: () => speech.pause(),
      onResume: () => speech.resume(),
      onStop: () => speech.stop(),
      onRate: (value) => {
        rate = value;
        void readAloudSetting.update({ rate });
        speech.restart();
      },
    },
    { rate, languageName },
  );
  const speech = createReadAloud(win as unknown as SpeechHost, {
    blocks: options.blocks,
    lang: options.lang,
    rate: () => rate,
    onState: (state) => ui.show(state),
    startAt: (blocks) => firstVisibleBlock(blocks, options.topInset()),
  });
  // Speech belongs to the page: stop it with the panel rather than let it run on unseen.
  win.addEventListener('pagehide', () => speech.stop());
  readAloudSetting.watch((value) => {
    rate = value.rate;
    ui.setRate(rate);
  });

  return {
    button: ui.button,
    bar: ui.bar,
    setEnabled: ui.setEnabled,
    stop: () => speech.stop(),
    restartIfReading() {
      if (speech.state.status === 'playing' || speech.state.status === 'paused') speech.restart();
    },
  };
}
