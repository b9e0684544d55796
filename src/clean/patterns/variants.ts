import { traditionalOf } from '../../detect/script';

/**
 * Patterns are written once, in Simplified; `zhRegExp` makes each character also match
 * its Traditional form, so they work on pages shown in Traditional (mirrors convert
 * everything, spam included). The forms come from the generated script-pairs table;
 * a few characters with a second common Traditional form are added here.
 */
const EXTRA: Record<string, string> = { 阅: '閲', 台: '臺', 着: '著', 里: '裡裏', 发: '髮', 干: '乾幹', 布: '佈', 线: '綫', 才: '纔', 群: '羣', 为: '爲', 关: '関' };

function variantsOf(ch: string): string {
  const t = traditionalOf(ch) ?? '';
  const extra = EXTRA[ch] ?? '';
  const all = [...new Set([...(ch + t + extra)])].join('');
  return all;
}

/** Rewrite a regex source so each Simplified character also matches its Traditional forms. */
export function withVariants(source: string): string {
  let out = '';
  let inClass = false;
  let escaped = false;
  for (const ch of source) {
    if (escaped) {
      out += ch;
      escaped = false;
      continue;
    }
    if (ch === '\\') {
      out += ch;
      escaped = true;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    const group = /\p{Script=Han}/u.test(ch) ? variantsOf(ch) : ch;
    out += group.length > 1 && !inClass ? `[${group}]` : group;
  }
  return out;
}

/** A case-insensitive regex from Simplified source that matches both scripts. */
export function zhRegExp(source: string, flags = ''): RegExp {
  return new RegExp(withVariants(source), flags.includes('i') ? flags : flags + 'i');
}
