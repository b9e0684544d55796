import { toArray } from '../shared/dom';
import { formatDate } from './dates';

/**
 * Facts some pages keep only in inline scripts, read before the scripts are removed.
 * WeChat public-account posts render the date and the account name with script:
 * `var ct = "1717842600"`, `var nickname = "云溪文旅"`.
 */
export interface ScriptHints {
  published?: string;
  account?: string;
}

const TIMESTAMP = /\b(?:ct|create_time|createTime|publish_time|publishTime|pubTime|pubtime|publish_date|pubDate)\b\s*[=:]\s*["']?(\d{10}|\d{4}-\d{1,2}-\d{1,2})/;
const NICKNAME = /\b(?:nickname|nick_name|account_name|mp_name)\b\s*[=:]\s*(?:htmlDecode\()?["']([^"'\n]{1,30})["']/;

/** A Unix time in seconds as a date in China Standard Time (UTC+8), where these pages are from. */
function dateFromUnix(seconds: number): string | null {
  const d = new Date((seconds + 8 * 3600) * 1000);
  return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function readScriptHints(doc: Document): ScriptHints {
  const hints: ScriptHints = {};
  for (const s of toArray(doc.getElementsByTagName('script'))) {
    const type = (s.getAttribute('type') ?? '').toLowerCase();
    if (type && !/javascript|ecmascript|module/.test(type)) continue;
    const code = (s.textContent ?? '').slice(0, 200_000);
    if (!hints.published) {
      const m = TIMESTAMP.exec(code);
      if (m) {
        const v = m[1]!;
        hints.published = (/^\d{10}$/.test(v) ? dateFromUnix(Number(v)) : formatDate(...(v.split('-').map(Number) as [number, number, number]))) ?? undefined;
      }
    }
    if (!hints.account) {
      const m = NICKNAME.exec(code);
      if (m && m[1]!.trim()) hints.account = m[1]!.trim();
    }
    if (hints.published && hints.account) break;
  }
  return hints;
}
