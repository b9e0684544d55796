/**
 * Dates as Chinese and English news pages write them, normalised to YYYY-MM-DD.
 */

const NUMERIC = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
const COMPACT = /(?:^|[^\d])(20\d{2})(\d{2})(\d{2})(?:[^\d]|$)/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ENGLISH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b|\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b/i;

export function formatDate(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Taiwan's Minguo calendar: 民國113年9月18日, 113-09-18, 113/09/18 (year + 1911). */
const MINGUO = /(?:民國|民国)?\s*(?<![\d.])(1[0-4]\d|[89]\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?![\d.])/;

/** First date written in the text (numeric, 年月日, Minguo years, or English month names). */
export function parseDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = text.normalize('NFKC');
  const m = NUMERIC.exec(t);
  if (m) {
    const d = formatDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) return d;
  }
  const roc = MINGUO.exec(t);
  if (roc) {
    const d = formatDate(Number(roc[1]) + 1911, Number(roc[2]), Number(roc[3]));
    if (d) return d;
  }
  const e = ENGLISH.exec(t);
  if (e) {
    const [month, day, year] = e[1] ? [e[1], e[2], e[3]] : [e[5], e[4], e[6]];
    const d = formatDate(Number(year), MONTHS.indexOf(month!.slice(0, 3).toLowerCase()) + 1, Number(day));
    if (d) return d;
  }
  return null;
}

/** Dates CMSs put in article URLs: /2024/03/08/, /202403/t20240308_1234, /2023/1218/, /20240415/. */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const patterns: RegExp[] = [
    /\/(\d{4})[-/_]?(\d{2})[-/_]?(\d{2})(?=[/_.-]|$)/,
    /\/(\d{4})\/(\d{2})(\d{2})\//,
    /[/_t](\d{4})(\d{2})(\d{2})[_/.]/,
  ];
  for (const re of patterns) {
    const m = re.exec(path);
    if (m) {
      const d = formatDate(Number(m[1]), Number(m[2]), Number(m[3]));
      if (d) return d;
    }
  }
  const c = COMPACT.exec(path);
  return c ? formatDate(Number(c[1]), Number(c[2]), Number(c[3])) : null;
}
