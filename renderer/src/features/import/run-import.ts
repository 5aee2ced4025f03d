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
    // Issued together, not one after another: IndexedDB queues them in the one transaction, and 20,000 credits
    // written one round trip at a time would take half a minute.
    const puts: Promise<void>[] = [];
    const putAll = (table: RecordTable, rows: readonly { id: string }[]) => rows.forEach((row) => puts.push(w.put(table, row)));
    putAll('departments', added.departments);
    putAll('titles', added.titles);
    putAll('contributionTypes', added.contributionTypes);
    putAll('companies', added.companies);
    putAll('people', added.people);
    putAll('credits', added.credits);
    putAll('audit', added.audit);
    await Promise.all(puts);
    if (added.episodes.length > 0) await w.updateProduction((p) => ({ ...p, episodes: [...p.episodes, ...added.episodes] }));
  });
  // The directory is a convenience kept in its own database: the import is done without waiting for it.
  void rememberPeople(added.people);
  return summary;
}
