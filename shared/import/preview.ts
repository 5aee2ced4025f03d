// The import dialog's preview: the first rows as they will be imported, with their problems, the unknown titles,
// departments and contribution types to decide on, and the counts that say whether the import can go ahead.
// Built from the same analysis applyImport uses, over all rows (counts must be right), returning only `limit` rows.
import type { RollcallDocument } from '../model/types';
import { analyseImport, type AnalysedRow, type ImportAnalysis, type UnknownLabel } from './analyse';
import type { ImportPlan } from './plan';
import type { TableProblem } from './table';

export interface ImportPreview {
  /** The first rows (all statuses), in file order. */
  rows: AnalysedRow[];
  /** Rows with problems beyond the first `limit`, so the dialog can list every row that needs attention. */
  problemRows: AnalysedRow[];
  totalRows: number;
  readyRows: number;
  errorRows: number;
  presentRows: number;
  warningRows: number;
  people: {
    /** Distinct people of the production the import gives credits to. */
    inProduction: number;
    fromDirectory: number;
    new: number;
  };
  unknownTitles: UnknownLabel[];
  unknownDepartments: UnknownLabel[];
  unknownContributionTypes: UnknownLabel[];
  /** Problems that stop the whole import (no name column, a field mapped twice). */
  blocking: string[];
  tableProblems: TableProblem[];
  /** True when Import can be pressed: nothing blocking, at least one row ready, and no errors (unless skipping bad rows). */
  canImport: boolean;
  /** Why not, as one sentence; null when canImport. */
  reason: string | null;
  /** The analysis, to hand to buildImport without analysing again. */
  analysis: ImportAnalysis;
}

export function buildImportPreview(document: RollcallDocument, plan: ImportPlan, options: { limit?: number; problemLimit?: number } = {}): ImportPreview {
  const limit = options.limit ?? 50;
  const problemLimit = options.problemLimit ?? 200;
  const analysis = analyseImport(document, plan);
  const { rows } = analysis;
  let ready = 0;
  let errors = 0;
  let present = 0;
  let warnings = 0;
  const inProduction = new Set<string>();
  const fromDirectory = new Set<string>();
  const fresh = new Set<string>();
  const problemRows: AnalysedRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.status === 'ready') ready++;
    else if (row.status === 'error') errors++;
    else present++;
    if (row.problems.some((p) => p.severity === 'warning')) warnings++;
    if (i >= limit && problemRows.length < problemLimit && row.problems.some((p) => p.severity !== 'info')) problemRows.push(row);
    if (row.status !== 'ready' || !row.person) continue;
    if (row.person.source === 'production') inProduction.add(row.person.personId as string);
    else if (row.person.source === 'directory') fromDirectory.add(row.person.personId as string);
    else fresh.add(row.person.key);
  }
  let reason: string | null = null;
  if (analysis.blocking.length) reason = analysis.blocking[0];
  else if (errors > 0 && !plan.skipBadRows) reason = `${errors.toLocaleString('en-GB')} ${errors === 1 ? 'row has a problem' : 'rows have problems'}: fix ${errors === 1 ? 'it' : 'them'} or choose to skip bad rows.`;
  else if (ready === 0) reason = present > 0 ? 'Every row is already in the production; there is nothing new to import.' : 'No row can be imported.';
  return {
    rows: rows.slice(0, limit),
    problemRows,
    totalRows: rows.length,
    readyRows: ready,
    errorRows: errors,
    presentRows: present,
    warningRows: warnings,
    people: { inProduction: inProduction.size, fromDirectory: fromDirectory.size, new: fresh.size },
    unknownTitles: analysis.unknownTitles,
    unknownDepartments: analysis.unknownDepartments,
    unknownContributionTypes: analysis.unknownContributionTypes,
    blocking: analysis.blocking,
    tableProblems: analysis.tableProblems,
    canImport: reason === null,
    reason,
    analysis,
  };
}
