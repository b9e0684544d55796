import { SPEECH_RATE } from '../../settings/defaults';
import { builder } from '../dom';
import type { Translate } from '../i18n';
import { icon } from '../icons';
import type { ReadAloudState } from './read-aloud';

/**
 * Read-aloud controls: the toolbar button starts and stops; while reading, a bar under the
 * toolbar holds pause/resume, stop, the speed and what is being read with; it also says
 * plainly when the system has no voice for the language.
 */

export interface ReadAloudBarHandlers {
  onPlay(): void;
  onPause(): void;
  onResume(): void;
  onStop(): void;
  onRate(rate: number): void;
}

export interface ReadAloudBar {
  button: HTMLButtonElement;
  bar: HTMLElement;
  show(state: ReadAloudState): void;
  setRate(rate: number): void;
  setEnabled(enabled: boolean): void;
}

export function rateOptions(): number[] {
  const rates: number[] = [];
  for (let r = SPEECH_RATE.min; r <= SPEECH_RATE.max + 1e-9; r += SPEECH_RATE.step) rates.push(Number(r.toFixed(2)));
  return rates;
}

export function renderReadAloudBar(doc: Document, t: Translate, handlers: ReadAloudBarHandlers, options: { rate: number; languageName: (lang: string) => string }): ReadAloudBar {
  const h = builder(doc);
  let state: ReadAloudState = { status: 'idle' };
  const reading = () => state.status === 'playing' || state.status === 'paused';

  const button = h(
    'button',
    {
      class: 'button icon read-aloud-button',
      attrs: { type: 'button', 'aria-pressed': 'false', 'aria-label': t('readAloud'), title: t('readAloud'), disabled: true },
      on: { click: () => (reading() ? handlers.onStop() : handlers.onPlay()) },
    },
    icon(doc, 'speaker'),
  );
  const pause = h('button', { class: 'button icon', attrs: { type: 'button' }, on: { click: () => (state.status === 'paused' ? handlers.onResume() : handlers.onPause()) } });
  const stop = h('button', { class: 'button icon', attrs: { type: 'button', 'aria-label': t('readAloudStop'), title: t('readAloudStop') }, on: { click: () => handlers.onStop() } }, icon(doc, 'stop'));
  const rateId = 'read-aloud-rate';
  const rate = h(
    'select',
    { class: 'rate', attrs: { id: rateId } },
    ...rateOptions().map((r) => h('option', { attrs: { value: String(r) } }, `${r}×`)),
  );
  rate.addEventListener('change', () => handlers.onRate(Number(rate.value)));
  const status = h('p', { class: 'read-aloud-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const rateLabel = h('label', { class: 'rate-label', attrs: { for: rateId } }, t('readAloudRate'));
  const controls = h('div', { class: 'read-aloud-controls' }, pause, stop, rateLabel, rate);
  const bar = h('div', { class: 'read-aloud-bar', attrs: { hidden: true, role: 'region', 'aria-label': t('readAloud') } }, controls, status);

  const setRate = (value: number) => {
    rate.value = String(value);
  };
  setRate(options.rate);

  const show = (next: ReadAloudState) => {
    state = next;
    const active = reading();
    button.setAttribute('aria-pressed', String(active));
    button.setAttribute('aria-label', active ? t('readAloudStop') : t('readAloud'));
    button.title = active ? t('readAloudStop') : t('readAloud');
    // After a message (no voice, done) only stop stays: it closes the bar.
    pause.hidden = !active;
    rateLabel.hidden = !active;
    rate.hidden = !active;
    const paused = state.status === 'paused';
    pause.replaceChildren(icon(doc, paused ? 'play' : 'pause'));
    pause.setAttribute('aria-label', paused ? t('readAloudResume') : t('readAloudPause'));
    pause.title = paused ? t('readAloudResume') : t('readAloudPause');
    switch (state.status) {
      case 'playing':
      case 'paused':
        status.textContent = t('readAloudVoice', state.voice);
        status.classList.remove('alert');
        break;
      case 'no-voice':
        status.textContent = t('readAloudNoVoice', options.languageName(state.lang));
        status.classList.add('alert');
        break;
      case 'unsupported':
        status.textContent = t('readAloudUnsupported');
        status.classList.add('alert');
        break;
      case 'error':
        status.textContent = t('readAloudFailed');
        status.classList.add('alert');
        break;
      case 'done':
        status.textContent = t('readAloudDone');
        status.classList.remove('alert');
        break;
      case 'idle':
        status.textContent = '';
    }
    bar.hidden = state.status === 'idle';
  };
  show(state);

  return {
    button,
    bar,
    show,
    setRate,
    setEnabled(enabled) {
      button.disabled = !enabled;
    },
  };
}
