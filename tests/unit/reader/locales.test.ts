import { describe, expect, it } from 'vitest';
import { LOCALES, messages } from './strings';

describe('UI strings', () => {
  const en = messages('en');

  it.each(LOCALES)('%s should have exactly the English keys', (locale) => {
    expect(Object.keys(messages(locale)).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(LOCALES)('%s should use the same placeholders as English and leave none undeclared', (locale) => {
    for (const [key, entry] of Object.entries(messages(locale))) {
      const used = (entry.message.match(/\$\w+\$/g) ?? []).map((p) => p.slice(1, -1).toLowerCase()).sort();
      expect(used, key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
      expect(used, key).toEqual((en[key]!.message.match(/\$\w+\$/g) ?? []).map((p) => p.slice(1, -1).toLowerCase()).sort());
    }
  });

  it('should keep the extension name within the 75 characters stores allow', () => {
    for (const locale of LOCALES) expect(messages(locale).extName!.message.length).toBeLessThanOrEqual(75);
  });
});
