// The rows a virtualised credits list draws: a department heading, a title heading, then the title's credits.
// Derived from the matching positions in one pass, so headings only appear for groups that have a match.
import type { CreditSearchIndex } from './build-index';

export type CreditListRow =
  | { kind: 'department'; key: string; departmentId: string; name: string }
  | { kind: 'title'; key: string; titleId: string; name: string; count: number }
  | { kind: 'credit'; key: string; position: number };

export function creditListRows(index: CreditSearchIndex, positions: readonly number[]): CreditListRow[] {
  const rows: CreditListRow[] = [];
  let department: string | null = null;
  let titleRow: Extract<CreditListRow, { kind: 'title' }> | null = null;
  for (const position of positions) {
    const entry = index.entries[position];
    if (entry.departmentId !== department) {
      department = entry.departmentId;
      titleRow = null;
      rows.push({ kind: 'department', key: `d:${department}`, departmentId: department, name: entry.departmentName || 'No department' });
    }
    if (!titleRow || titleRow.titleId !== entry.credit.titleId) {
      titleRow = { kind: 'title', key: `t:${entry.credit.titleId}`, titleId: entry.credit.titleId, name: entry.orphanTitle ? 'Title removed' : entry.titleName, count: 0 };
      rows.push(titleRow);
    }
    titleRow.count++;
    rows.push({ kind: 'credit', key: entry.credit.id, position });
  }
  return rows;
}
