// Channels of the import feature. main reads and parses the file (the UI thread never decodes 50 MB of CSV or
// unzips a workbook) and keeps the parsed source under a token, so that choosing another sheet does not read the
// file again. The renderer receives a table, previews it with shared/import (mapping, matching, problems) and
// applies the plan to its working copy as one undoable step. The renderer never names a path.
import { z } from 'zod';
import { channel } from './channel';

export const ImportTokenSchema = z.string().min(1).max(100);

export const ImportTableProblemSchema = z.object({
  severity: z.enum(['error', 'warning']),
  rowNumber: z.number().int().optional(),
  message: z.string(),
});

/** A parsed source: exactly the `ImportTable` of shared/import, plus where it came from. */
export const ImportedTableSchema = z.object({
  token: ImportTokenSchema,
  /** File name without folder ("crew.xlsx"), or "Pasted rows". */
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx', 'paste']),
  /** A workbook's sheets, for the sheet menu; [] for text. */
  sheetNames: z.array(z.string()),
  sheet: z.string().nullable(),
  headers: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  rowNumbers: z.array(z.number().int()),
  headerRowNumber: z.number().int(),
  problems: z.array(ImportTableProblemSchema),
  /** "UTF-8, semicolon-separated", "Excel workbook, sheet “Crew”". */
  description: z.string(),
  /** Sentences to show above the preview (a .csv that was really a workbook, ...). */
  notices: z.array(z.string()),
});
export type ImportedTable = z.infer<typeof ImportedTableSchema>;

export const importChannels = {
  /** Main's open dialog for a CSV, tab-separated or XLSX list, read and parsed. CANCELLED when dismissed. */
  'import:chooseFile': channel(z.object({}), ImportedTableSchema),
  /** Another sheet of the workbook behind `token`. */
  'import:readSheet': channel(z.object({ token: ImportTokenSchema, sheet: z.string().min(1).max(500) }), ImportedTableSchema),
  /** Rows pasted from a spreadsheet (tab-separated), parsed in main. Size is checked there, with a sentence. */
  'import:parseText': channel(z.object({ text: z.string().max(200_000_000) }), ImportedTableSchema),
  /** The dialog closed: main forgets the parsed source. */
  'import:release': channel(z.object({ token: ImportTokenSchema }), z.object({})),
};
