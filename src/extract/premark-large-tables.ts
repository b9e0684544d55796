import { toArray } from '../shared/dom';

/** Below this many rows Readability's own row count is cheap enough everywhere. */
const LARGE_TABLE_ROWS = 500;
const DATA_DESCENDANTS = ['col', 'colgroup', 'tfoot', 'thead', 'th'];

/**
 * Decide big tables' data-or-layout question for Readability, the way Readability would,
 * before it runs (on its working copy only).
 *
 * Why: Readability's `_getRowAndColumnCount` reads `trs.length` once per row. In jsdom
 * every `length` read on an HTMLCollection scans the whole collection for a named item
 * (see `toArray`), so a table of n rows costs n² in the CLI: a 50 000-row table never
 * finished (issue 7). Browsers are unaffected, and the answer is the same: Readability
 * only counts rows after its cheaper tests (role, datatable, summary, caption, data-like
 * descendants, nested tables) left the table undecided; then ≥ 10 rows make a data table
 * unless it has a single column. We count once, linearly, and answer with the attribute
 * Readability reads first (`summary` = data, `role=presentation` = layout). Both are
 * dropped by the sanitizer's attribute whitelist.
 */
export function premarkLargeTables(doc: Document): void {
  for (const table of toArray(doc.getElementsByTagName('table'))) {
    const rows = toArray(table.getElementsByTagName('tr'));
    if (rows.length < LARGE_TABLE_ROWS || decidedBeforeCounting(table)) continue;
    let columns = 0;
    for (const tr of rows) {
      let inRow = 0;
      for (const td of toArray(tr.getElementsByTagName('td'))) inRow += parseInt(td.getAttribute('colspan') ?? '', 10) || 1;
      columns = Math.max(columns, inRow);
    }
    if (columns === 1) table.setAttribute('role', 'presentation');
    else table.setAttribute('summary', 'data');
  }
}

/** Readability's tests that come before the row count (same order, same reading). */
function decidedBeforeCounting(table: Element): boolean {
  if (table.getAttribute('role') === 'presentation' || table.getAttribute('datatable') === '0' || table.getAttribute('summary')) return true;
  const caption = table.getElementsByTagName('caption')[0];
  if (caption && caption.childNodes.length) return true;
  return DATA_DESCENDANTS.some((tag) => !!table.getElementsByTagName(tag)[0]) || !!table.getElementsByTagName('table')[0];
}
