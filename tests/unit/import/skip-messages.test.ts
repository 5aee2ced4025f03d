// The messages of skipped rows are read in the preview, before anything is imported, and in the row reports
// afterwards: they must be true at both times ("is skipped", never "was skipped").
import { describe, expect, it } from 'vitest';
import { buildImportPreview, guessMapping, tableFromText, type ImportPlan } from '../../../shared/import';
import { productionWithZoe } from './fixture';

function plan(csv: string): ImportPlan {
  const table = tableFromText(csv, { sourceName: 'the test list' });
  return { table, mapping: guessMapping(table.headers), sourceName: 'crew.csv', userName: 'Production Office', now: '2026-11-28T10:00:00.000Z' };
}

describe('import skip messages', () => {
  it('word the already-present and repeated rows so that they read right before and after the import', () => {
    const csv = ['Name,Role', 'Zoë Saldaña,Producer', 'Jane Doe,Gaffer', 'jane doe,Gaffer'].join('\n');
    const preview = buildImportPreview(productionWithZoe(), plan(csv));
    const messages = preview.rows.flatMap((r) => r.problems.filter((p) => p.code !== 'possible-person').map((p) => [r.rowNumber, p.code, p.message]));
    expect(messages).toEqual([
      [2, 'already-present', 'Zoë Saldaña already has this credit in the production, so the row is skipped.'],
      [4, 'repeated-row', 'Row 4 repeats row 3, so it is skipped.'],
    ]);
    expect(preview.rows.map((r) => r.status)).toEqual(['present', 'ready', 'present']);
    expect(messages.some(([, , m]) => /was skipped/.test(String(m)))).toBe(false);
  });
});
