import type enMessages from '../../public/_locales/en/messages.json';

/** Every UI string key; the three locales are checked to have the same keys by a unit test. */
export type MessageKey = keyof typeof enMessages;

/** `browser.i18n.getMessage` in the extension, a messages.json reader in unit tests. */
export type Translate = (key: MessageKey, ...substitutions: string[]) => string;
