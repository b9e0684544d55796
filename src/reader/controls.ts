import type { Range } from '../settings/defaults';
import { builder } from './dom';

/**
 * Form controls shared by the panel's reading menu and the options page: native inputs and
 * buttons (keyboard and screen readers work without extra code), each with a visible label.
 */

let nextId = 0;
const uniqueId = (prefix: string) => `${prefix}-${++nextId}`;

export interface SliderControl {
  element: HTMLElement;
  input: HTMLInputElement;
  set(value: number): void;
}

/** A labelled range input with its value shown beside it (`<output>`, announced as it changes). */
export function slider(
  doc: Document,
  options: { label: string; range: Range; value: number; format: (value: number) => string; onInput: (value: number) => void; name: string },
): SliderControl {
  const h = builder(doc);
  const id = uniqueId(options.name);
  const input = h('input', {
    class: 'slider',
    attrs: { type: 'range', id, name: options.name, min: String(options.range.min), max: String(options.range.max), step: String(options.range.step) },
  });
  const output = h('output', { class: 'slider-value', attrs: { for: id } });
  const set = (value: number) => {
    input.value = String(value);
    output.textContent = options.format(value);
    input.setAttribute('aria-valuetext', options.format(value));
  };
  input.addEventListener('input', () => {
    const value = Number(input.value);
    set(value);
    options.onInput(value);
  });
  set(options.value);
  const element = h('div', { class: 'control control-slider' }, h('label', { class: 'control-label', attrs: { for: id } }, options.label), output, input);
  return { element, input, set };
}

export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
  /** Tooltip (the accessible name stays the visible label). */
  hint?: string;
  /** `lang` of the label, when it is written in another language than the UI (简体, 繁體). */
  lang?: string;
}

export interface ChoiceControl<T extends string> {
  element: HTMLElement;
  buttons: Map<T, HTMLButtonElement>;
  set(value: T): void;
}

/**
 * A row of toggle buttons of which one is pressed (a segmented control). A group of
 * `aria-pressed` buttons rather than radios: one Tab stop per option is easy to find in a
 * narrow panel, and arrow keys also move between options.
 */
export function choice<T extends string>(
  doc: Document,
  options: { label: string; options: readonly ChoiceOption<T>[]; value: T; onPick: (value: T) => void; className?: string; dataAttribute?: string; labelVisible?: boolean },
): ChoiceControl<T> {
  const h = builder(doc);
  const labelId = uniqueId('choice');
  const buttons = new Map<T, HTMLButtonElement>();
  const group = h('div', { class: `segmented ${options.className ?? ''}`.trim(), attrs: { role: 'group', 'aria-labelledby': labelId } });
  for (const option of options.options) {
    const button = h(
      'button',
      {
        class: 'segment',
        attrs: { type: 'button', 'aria-pressed': 'false', title: option.hint, lang: option.lang, ...(options.dataAttribute ? { [options.dataAttribute]: option.value } : {}) },
        on: { click: () => options.onPick(option.value) },
      },
      option.label,
    );
    buttons.set(option.value, button);
    group.appendChild(button);
  }
  group.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const all = [...buttons.values()].filter((b) => !b.disabled);
    const at = all.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    event.preventDefault();
    all[(at + (event.key === 'ArrowRight' ? 1 : all.length - 1)) % all.length]!.focus();
  });
  const set = (value: T) => {
    for (const [v, b] of buttons) b.setAttribute('aria-pressed', String(v === value));
  };
  set(options.value);
  const label = h('span', { class: options.labelVisible === false ? 'control-label visually-hidden' : 'control-label', attrs: { id: labelId } }, options.label);
  const element = h('div', { class: 'control control-choice' }, label, group);
  return { element, buttons, set };
}
