import { READER_SCRIPTS, type ReaderScript, type ScriptChoice } from '../settings/defaults';
import { scriptSetting } from '../settings/items';
import { resolveScript } from '../settings/script-choice';
import { choice, type ChoiceOption } from './controls';
import type { Translate } from './i18n';
import { ScriptController } from './script-controller';

/** A first conversion that loads its dictionary says so only when it takes this long. */
const BUSY_NOTICE_MS = 250;

/**
 * Marks the benchmark (bench/browser.ts) reads: from the click on a script to the
 * converted view in the DOM.
 */
export const SCRIPT_MARKS = { toggle: 'qingdu:script-toggle', applied: 'qingdu:script-applied' } as const;

/** The script toggle's buttons: 原文 in the UI language, the scripts in their own writing. */
const SCRIPT_OPTION: Record<ReaderScript, (t: Translate) => ChoiceOption<ReaderScript>> = {
  original: (t) => ({ value: 'original', label: t('scriptOriginal'), hint: t('scriptOriginalHint') }),
  hans: (t) => ({ value: 'hans', label: t('scriptHans'), hint: t('scriptHansHint'), lang: 'zh-Hans' }),
  tw: (t) => ({ value: 'tw', label: t('scriptTw'), hint: t('scriptTwHint'), lang: 'zh-Hant-TW' }),
  hk: (t) => ({ value: 'hk', label: t('scriptHk'), hint: t('scriptHkHint'), lang: 'zh-Hant-HK' }),
};

export interface ScriptToggle {
  element: HTMLElement;
  controller: ScriptController;
  /** Only articles with Chinese text can be converted. */
  setEnabled(enabled: boolean): void;
}

/**
 * 原文 / 简体 / 繁體（台灣）/ 繁體（香港）: the control, the conversion behind it and the
 * stored choice (the last pick; a new reader's follows the UI language). Other panels and
 * the options page changing the choice switch this panel too.
 */
export function createScriptToggle(
  doc: Document,
  win: Window,
  t: Translate,
  options: { locale: string; choice: ScriptChoice; onApplied(target: ReaderScript): void; notify(message: string): void },
): ScriptToggle {
  let busyTimer: ReturnType<typeof setTimeout> | undefined;
  const controller = new ScriptController(resolveScript(options.choice, options.locale), win, {
    onBusy: (busy) => {
      control.element.setAttribute('aria-busy', String(busy));
      clearTimeout(busyTimer);
      if (busy) busyTimer = setTimeout(() => options.notify(t('scriptLoading')), BUSY_NOTICE_MS);
    },
    onApplied: (target) => {
      win.performance.mark(SCRIPT_MARKS.applied);
      doc.documentElement.dataset.qingduScriptApplied = target;
      options.onApplied(target);
    },
    onError: (error) => {
      console.warn('[qingdu] conversion failed', error);
      options.notify(t('scriptFailed'));
    },
  });
  const control = choice(doc, {
    label: t('scriptGroupLabel'),
    labelVisible: false,
    options: READER_SCRIPTS.map((value) => SCRIPT_OPTION[value](t)),
    value: controller.target,
    className: 'script-choice',
    dataAttribute: 'data-qingdu-script',
    onPick: (target) => {
      win.performance.mark(SCRIPT_MARKS.toggle);
      control.set(target);
      void scriptSetting.update({ choice: target });
      void controller.pick(target);
    },
  });
  controller.preload();

  scriptSetting.watch(({ choice: picked }) => {
    const target = resolveScript(picked, options.locale);
    if (target === controller.target) return;
    control.set(target);
    void controller.pick(target);
  });

  return {
    element: control.element,
    controller,
    setEnabled(enabled) {
      for (const button of control.buttons.values()) button.disabled = !enabled;
    },
  };
}
