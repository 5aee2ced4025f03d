// Handlers for the 'import:*' channels. Parsed sources stay in main under a random token (a few at most: the
// import dialog holds one at a time), so that switching sheets reuses the loaded workbook.
import { randomUUID } from 'node:crypto';
import { ImportError } from '../../shared/import/import-error';
import { tableFromPastedText } from '../../shared/import/text-source';
import type { ImportedTable } from '../../shared/ipc/import';
import { UserFacingError } from '../../shared/ipc/result';
import type { Host } from '../host';
import { readImportFile, type ImportSource } from '../import/read-import-file';
import type { HandlerMap } from './dispatch';

type ImportChannels = Extract<keyof HandlerMap, `import:${string}`>;

export const IMPORT_FILE_FILTERS = [
  { name: 'Spreadsheets and lists', extensions: ['csv', 'tsv', 'txt', 'xlsx', 'xlsm'] },
  { name: 'All files', extensions: ['*'] },
];

/** How many parsed sources main keeps; the oldest is dropped first. */
const KEEP_SOURCES = 3;

function toUserFacing(error: unknown): unknown {
  if (error instanceof ImportError) return new UserFacingError('UNREADABLE', error.message);
  return error;
}

function describe(token: string, source: ImportSource): ImportedTable {
  const { table } = source;
  return {
    token,
    fileName: source.fileName,
    format: source.format,
    sheetNames: source.sheetNames,
    sheet: source.sheet,
    headers: table.headers,
    rows: table.rows,
    rowNumbers: table.rowNumbers,
    headerRowNumber: table.headerRowNumber,
    problems: table.problems,
    description: source.description,
    notices: source.notices,
  };
}

export function createImportHandlers(host: Host): Pick<HandlerMap, ImportChannels> {
  const sources = new Map<string, ImportSource>();
  const keep = (source: ImportSource): ImportedTable => {
    const token = randomUUID();
    sources.set(token, source);
    while (sources.size > KEEP_SOURCES) sources.delete(sources.keys().next().value as string);
    return describe(token, source);
  };

  return {
    'import:chooseFile': async () => {
      const filePath = await host.showOpenDialog({ title: 'Import a crew or cast list', filters: IMPORT_FILE_FILTERS });
      if (!filePath) throw new UserFacingError('CANCELLED', 'No file was chosen.');
      try {
        return keep(await readImportFile(filePath));
      } catch (error) {
        throw toUserFacing(error);
      }
    },
    'import:readSheet': async ({ token, sheet }) => {
      const source = sources.get(token);
      if (!source) throw new UserFacingError('NOT_FOUND', 'That list is no longer open; choose the file again.');
      try {
        const next = source.readSheet(sheet);
        sources.set(token, next);
        return describe(token, next);
      } catch (error) {
        throw toUserFacing(error);
      }
    },
    'import:parseText': async ({ text }) => {
      try {
        const table = tableFromPastedText(text);
        return keep({
          fileName: 'Pasted rows',
          format: 'paste',
          sheetNames: [],
          sheet: null,
          table,
          description: table.description,
          notices: [],
          readSheet: () => {
            throw new ImportError('UNREADABLE', 'Pasted rows have no sheets to choose from.');
          },
        });
      } catch (error) {
        throw toUserFacing(error);
      }
    },
    'import:release': async ({ token }) => {
      sources.delete(token);
      return {};
    },
  };
}
