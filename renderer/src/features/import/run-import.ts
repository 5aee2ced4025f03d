// Confirming an import: the plan applied to the production as it is now (in the worker), then everything it adds
// written in ONE edit, so one Undo takes the whole import back and a failure part-way leaves nothing behind.
// New people also go into the app-wide directory, as people added by hand do.
import type { ImportSummary } from '../../../../shared/import';
import { db } from '../../db/database';
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
    for (const department of added.departments) await w.put('departments', department);
    for (const title of added.titles) await w.put('titles', title);
    for (const type of added.contributionTypes) await w.put('contributionTypes', type);
    for (const company of added.companies) await w.put('companies', company);
    for (const person of added.people) await w.put('people', person);
    for (const credit of added.credits) await w.put('credits', credit);
    for (const entry of added.audit) await w.put('audit', entry);
    if (added.episodes.length > 0) await w.updateProduction((p) => ({ ...p, episodes: [...p.episodes, ...added.episodes] }));
  });
  await rememberPeople(added.people);
  return summary;
}
