// The whole import in one call, for the command line and the benchmark ("20,000 rows from CSV into a production
// within 1 s"): bytes -> table -> guessed mapping -> applyImport.
import type { RollcallDocument } from '../model/types';
import { applyImport, type ImportResult } from './apply';
import { guessMapping, type ColumnMapping } from './fields';
import type { ImportPlan } from './plan';
import { tableFromCsvBytes, tableFromText } from './text-source';

export interface CsvImportOptions extends Omit<Partial<ImportPlan>, 'table' | 'mapping'> {
  fileName?: string;
  /** Column overrides on top of the guessed mapping. */
  mapping?: ColumnMapping;
}

export function importCsv(document: RollcallDocument, input: Uint8Array | string, options: CsvImportOptions = {}): ImportResult {
  const fileName = options.fileName ?? 'list.csv';
  const table = typeof input === 'string' ? tableFromText(input, { sourceName: `“${fileName}”` }) : tableFromCsvBytes(input, fileName);
  const mapping = { ...guessMapping(table.headers), ...(options.mapping ?? {}) };
  return applyImport(document, { ...options, table, mapping, sourceName: options.sourceName ?? fileName });
}
