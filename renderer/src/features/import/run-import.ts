// Confirming an import: the plan applied to the production as it is now (in the worker), then everything it adds
// written in ONE edit, so one Undo takes the whole import back and a failure part-way leaves nothing behind.
// New people also go into the app-wide directory, as people added by hand do.
import type { ImportSummary } from '../../../../shared/import';
import { db, type RecordTable } from '../../db/database';
import { edit } from '../../db/edits';
import { rememberPeople } from '../../db/repositories/directory';
import { EditRefused } from '../../db/repositories/record-input';
import { readDocument } from '../../db/working-copy';
import type { PlanOptions } from './import-draft';
import type { PreviewClient, PreviewInputs } from './preview-client';

export async function runImport(docId: string, client: PreviewClient, inputs: Omit<PreviewInputs, 'document'>, plan: PlanOptions, label: string): Promise<ImportSummary> {
  const document = await readDocument(docId);
  const { added, summary } = await client.apply({ ...inputs, document }, plan);
  await edit(docId, label, async (w) => {
    // Built against the production as read above: if anything changed since, the ids and billings may not fit.
    const session = await db.sessions.get(docId);
    if (session?.production.updatedAt !== document.production.updatedAt) {
      throw new EditRefused('The production changed while the import was being prepared; nothing was imported, so press Import again.');
    }
    // One bulk write a table: 20,000 credits written one round trip at a time would take half a minute.
    const tables: [RecordTable, readonly { id: string }[]][] = [
      ['departments', added.departments],
      ['titles', added.titles],
      ['contributionTypes', added.contributionTypes],
      ['companies', added.companies],
      ['people', added.people],
      ['credits', added.credits],
      ['audit', added.audit],
    ];
    for (const [table, rows] of tables) await w.putMany(table, [...rows]);
    if (added.episodes.length > 0) await w.updateProduction((p) => ({ ...p, episodes: [...p.episodes, ...added.episodes] }));
  });
  // The directory is a convenience kept in its own database: the import is done without waiting for it.
  void rememberPeople(added.people);
  return summary;
}
