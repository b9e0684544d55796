import fs from 'node:fs';
import path from 'node:path';
import type { MessageKey, Translate } from '../../../src/reader/i18n';

export type Locale = 'en' | 'zh_CN' | 'zh_TW';
export const LOCALES: Locale[] = ['en', 'zh_CN', 'zh_TW'];

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export function messages(locale: Locale): Record<string, MessageEntry> {
  const file = path.resolve(__dirname, '../../../public/_locales', locale, 'messages.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, MessageEntry>;
}

/** `browser.i18n.getMessage` for one locale, with the same placeholder rules. */
export function translator(locale: Locale): Translate {
  const all = messages(locale);
  return (key: MessageKey, ...subs: string[]) => {
    const entry = all[key];
    if (!entry) return key;
    return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
    });
  };
}
