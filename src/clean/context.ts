import type { Removal, RemovalCategory } from '../shared/types';
import { excerpt } from '../shared/dom';
import type { Lexicon } from './deobfuscate/lexicon';
import type { Readings } from './deobfuscate/readings';

/** Says whether the reader can see an element, and if not why; null means visible. */
export type HiddenOracle = (el: Element) => string | null;

/** State shared by the cleaning steps of one run. */
export interface CleanContext {
  doc: Document;
  url: string;
  removals: Removal[];
  /**
   * Visibility as the browser computed it on the live page (content script). Without it
   * the visibility step works from inline styles and the page's own `<style>` rules.
   */
  hiddenOracle?: HiddenOracle;
  /**
   * The page's own pinyin annotation list (reading → characters annotated with it), set by
   * the pinyin step and used by the garble step to restore characters a broken converter
   * lost: on a mirror page every lost `X(py)` was one of these.
   */
  annotationReadings?: Map<string, Set<string>>;
  /** The readings table; without it the pinyin step and lost-character repair do nothing. */
  readings?: Readings;
  /** Dictionary words, when available, for restoring lost characters the page does not prove. */
  lexicon?: Lexicon;
  /** The script the page's text is written in, worked out once by the step that needs it. */
  pageScript?: 'hans' | 'hant';
}

export interface StepInfo {
  step: string;
  category: RemovalCategory;
  reason: string;
}

export function record(ctx: CleanContext, info: StepInfo, text: string): void {
  ctx.removals.push({ step: info.step, category: info.category, reason: info.reason, text: excerpt(text) });
}

/** Remove an element from the working copy and leave a record of it. */
export function removeElement(ctx: CleanContext, el: Element, info: StepInfo): void {
  recordElement(ctx, el, info);
  el.remove();
}

/** The record `removeElement` leaves, without removing (for batches: see `detachAll`). */
export function recordElement(ctx: CleanContext, el: Element, info: StepInfo): void {
  const text = el.textContent ?? '';
  const alt = text.trim() ? text : el.getAttribute('alt') ?? `<${el.tagName.toLowerCase()}>`;
  record(ctx, info, alt);
}
