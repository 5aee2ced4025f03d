// `rollcall import SOURCE --new FILE | --into FILE`: a crew or cast list (CSV, tab-separated, XLSX) into a new
// production or an existing one, with the same parsing, header recognition, name matching and rules as the app's
// import dialog (shared/import). All or nothing: any row that cannot be imported fails the whole import with the
// rows and why, unless --skip-bad-rows. Files are written the way Rollcall saves (lock, backups, atomic write).
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readDocumentFile, saveBytes, withFileLock, writeDocumentFile } from '../../electron/documents/index';
import { readImportFile, type ImportSource } from '../../electron/import/read-import-file';
import { serialiseDocumentBytes } from '../../shared/format/serialise';
import {
  analyseImport,
  assertImportable,
  buildImport,
  formatRowReports,
  guessMapping,
  ImportError,
  ImportRowsError,
  IMPORT_FIELDS,
  recogniseHeader,
  withoutHeaderRow,
  type ColumnMapping,
  type ImportField,
  type ImportPlan,
  type ImportResult,
} from '../../shared/import';
import { foldText } from '../../shared/names/fold';
import { createDocument } from '../../shared/model/create';
import { FORMAT_VERSION, ProductionKindSchema } from '../../shared/model/schema';
import type { RollcallDocument } from '../../shared/model/types';
import { InputError, parseArgs, UsageError, type CliCommand, type CliIo } from '../command';

const LISTED_ROWS = 20;
const KINDS = ProductionKindSchema.options;

function fieldFromWord(word: string): ImportField | 'ignore' | null {
  const folded = foldText(word).replace(/ /g, '');
  if (folded === 'ignore' || folded === 'skip') return 'ignore';
  const byId = IMPORT_FIELDS.find((f) => f.toLowerCase() === folded);
  return byId ?? recogniseHeader(word);
}

/** `--map "Crew=name; Job=title; 4=ignore"`: columns by header text or by number (1 is the first column). */
export function parseMapOption(spec: string, headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const part of spec.split(';').map((p) => p.trim()).filter(Boolean)) {
    const eq = part.lastIndexOf('=');
    if (eq <= 0) throw new UsageError(`--map needs COLUMN=FIELD pairs separated by semicolons; “${part}” has no “=”.`);
    const column = part.slice(0, eq).trim();
    const fieldWord = part.slice(eq + 1).trim();
    const index = /^\d+$/.test(column) ? Number(column) - 1 : headers.findIndex((h) => foldText(h) === foldText(column));
    if (index < 0 || index >= headers.length) {
      throw new UsageError(`--map names the column “${column}”, which the list does not have; its columns are ${headers.map((h) => `“${h}”`).join(', ')}.`);
    }
    const field = fieldFromWord(fieldWord);
    if (!field) throw new UsageError(`--map: “${fieldWord}” is not a field; use one of ${IMPORT_FIELDS.join(', ')} or ignore.`);
    mapping[index] = field;
  }
  return mapping;
}

function titleIdFor(document: RollcallDocument, name: string): string {
  const key = foldText(name);
  const title = document.titles.find((t) => foldText(t.name) === key || foldText(t.plural || `${t.name}s`) === key);
  if (!title) throw new UsageError(`--default-credit: the production has no credit title “${name}”.`);
  return title.id;
}

function describeRows(error: ImportRowsError): string {
  return [error.message, ...formatRowReports(error.rows, LISTED_ROWS).map((line) => `  ${line}`)].join('\n');
}

function userName(io: CliIo): string {
  try {
    return os.userInfo().username;
  } catch {
    return io.env.USER ?? io.env.USERNAME ?? '';
  }
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import a crew or cast list (CSV, tab-separated or XLSX) into a new or existing production',
  help: `Usage: rollcall import SOURCE --new FILE [--title T] [--kind KIND] [--year YYYY] [options]
       rollcall import SOURCE --into FILE [options]

Reads SOURCE (CSV with commas, semicolons or tabs in UTF-8, UTF-16 or Windows-1252, or an Excel .xlsx workbook)
and adds one credit per row. Columns are recognised by their headers: name / full name / person; credit / role /
title / job / position; department / dept; placement; contribution type(s); justification / reason; credited as /
screen name; character / part; episode(s); billing / order; email; company; notes. Other columns are ignored
unless mapped with --map. People are matched by name (case, accents, spacing and "Family, Given" order do not
matter), so a person already in the production is not added twice, and rows the production already has are
skipped. OpenDocument (.ods) files must be saved as .xlsx or CSV first.

  --new FILE           create FILE (a new .rollcall production) from the list; FILE must not exist
  --title T            the new production's title (default: SOURCE's name)
  --kind KIND          ${KINDS.join(', ')} (default: feature)
  --year YYYY          the new production's year
  --into FILE          add the list to the production FILE (saved with a backup, refused while open elsewhere)
  --sheet NAME         the workbook sheet to read (default: the first)
  --map SPEC           columns by hand: "Crew=name; Job=title; 5=ignore" (header text or column number)
  --no-header          the first row is data, not headers (a bare list of names; map columns by number)
  --default-credit T   the credit title for rows that have none
  --create-missing     create unknown credit titles, departments and contribution types instead of refusing them
  --skip-bad-rows      import the rows that can be imported and list the others, instead of importing nothing
  --dry-run            check the list and say what would be imported, without writing anything

Any row that cannot be imported (no name, an unknown title, an unknown contribution type, a bad placement or
billing, a 2,000+ character name, a ragged row, ...) makes the whole import fail and lists the rows and why
(the first ${LISTED_ROWS}), unless --skip-bad-rows is given.

Exit codes: 0 imported (or checked, with --dry-run); 1 the list or the production is the problem and nothing was
written; 2 wrong usage.
`,
  async run(args, io) {
    const { positionals, values, flags } = parseArgs(args, {
      values: ['new', 'into', 'title', 'kind', 'year', 'sheet', 'map', 'default-credit'],
      flags: ['no-header', 'create-missing', 'skip-bad-rows', 'dry-run'],
    });
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'Name the list to import.' : 'Name one list to import.');
    if ((values.new === undefined) === (values.into === undefined)) throw new UsageError('Give either --new FILE (a new production) or --into FILE (an existing one).');
    if (values.into !== undefined && (values.title !== undefined || values.kind !== undefined || values.year !== undefined)) {
      throw new UsageError('--title, --kind and --year describe a new production; use them with --new.');
    }
    if (values.kind !== undefined && !KINDS.includes(values.kind as (typeof KINDS)[number])) {
      throw new UsageError(`--kind must be one of ${KINDS.join(', ')}.`);
    }
    let year: number | null = null;
    if (values.year !== undefined) {
      year = Number(values.year);
      if (!/^\d{4}$/.test(values.year) || year < 1870 || year > 2200) throw new UsageError('--year must be a year such as 2026.');
    }
    const sourcePath = path.resolve(io.cwd, positionals[0]);
    const target = path.resolve(io.cwd, (values.new ?? values.into) as string);
    if (values.new !== undefined) {
      if (path.extname(target).toLowerCase() !== '.rollcall') throw new UsageError(`--new needs a file name ending in .rollcall, such as “${path.basename(target, path.extname(target))}.rollcall”.`);
      if (existsSync(target)) throw new InputError(`“${path.basename(target)}” already exists; use --into to add the list to it, or choose another name.`);
    }

    let source: ImportSource;
    try {
      source = await readImportFile(sourcePath, { sheet: values.sheet ?? null });
    } catch (error) {
      if (error instanceof ImportError) throw new InputError(error.message);
      throw error;
    }
    for (const notice of source.notices) io.stderr(`${notice}\n`);
    const table = flags.has('no-header') ? withoutHeaderRow(source.table) : source.table;
    const mapping: ColumnMapping = { ...guessMapping(table.headers), ...(values.map ? parseMapOption(values.map, table.headers) : {}) };
    const basePlan: Omit<ImportPlan, 'defaultTitleId'> = {
      table,
      mapping,
      createMissing: flags.has('create-missing'),
      skipBadRows: flags.has('skip-bad-rows'),
      sourceName: source.fileName,
      userName: userName(io),
    };

    const importInto = (document: RollcallDocument): ImportResult => {
      const plan: ImportPlan = { ...basePlan, defaultTitleId: values['default-credit'] ? titleIdFor(document, values['default-credit']) : null };
      const analysis = analyseImport(document, plan);
      try {
        assertImportable(analysis, plan);
      } catch (error) {
        if (error instanceof ImportRowsError) throw new InputError(describeRows(error));
        if (error instanceof ImportError) throw new InputError(error.message);
        throw error;
      }
      if (!analysis.rows.some((r) => r.status === 'ready') && values.new !== undefined) {
        throw new InputError(`No row of “${source.fileName}” can be imported, so no production was created.`);
      }
      return buildImport(document, plan, analysis);
    };

    let result: ImportResult;
    if (values.new !== undefined) {
      const title = values.title ?? path.basename(sourcePath, path.extname(sourcePath));
      const document = createDocument({ title, kind: (values.kind as (typeof KINDS)[number]) ?? 'feature', year });
      result = importInto(document);
      if (!flags.has('dry-run')) await writeDocumentFile(target, result.document);
    } else {
      const name = path.basename(target);
      // Read under the lock, so that a Rollcall saving the file meanwhile cannot lose its save or ours.
      result = await withFileLock(target, async () => {
        const read = await readDocumentFile(target, { fingerprint: false });
        if (read.readOnly) {
          throw new InputError(`“${name}” was written by a newer Rollcall (format version ${read.fileFormatVersion}); this rollcall knows format versions up to ${FORMAT_VERSION}, so it left the file as it was.`);
        }
        const imported = importInto(read.document);
        if (!flags.has('dry-run') && imported.summary.creditsAdded > 0) {
          await saveBytes(target, serialiseDocumentBytes(imported.document), { keepOriginalOfVersion: read.migratedFrom });
        }
        return imported;
      });
    }

    const { summary } = result;
    io.stdout(`${summary.sentence}\n`);
    if (flags.has('dry-run')) io.stdout('Dry run: nothing was written.\n');
    else if (values.new !== undefined) io.stdout(`Created “${path.basename(target)}”.\n`);
    else if (summary.creditsAdded > 0) io.stdout(`Saved “${path.basename(target)}”.\n`);
    else io.stdout(`Nothing new to add, so “${path.basename(target)}” was left as it was.\n`);
    if (summary.skippedRows.length) {
      io.stdout(`Skipped rows:\n${formatRowReports(summary.skippedRows, LISTED_ROWS).map((l) => `  ${l}\n`).join('')}`);
    }
    if (summary.warnings.length) {
      io.stdout(`Imported with warnings:\n${formatRowReports(summary.warnings, LISTED_ROWS).map((l) => `  ${l}\n`).join('')}`);
    }
    return 0;
  },
};
