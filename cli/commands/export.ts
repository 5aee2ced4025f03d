// `rollcall export FILE --format F --out PATH [--episode N] [--revision NAME]`: the same exports as the app's
// Export dialog, from the command line. PDFs print through a headless Chromium found on the machine
// (CHROMIUM_PATH, the system's Chromium or Chrome, Playwright's own); without one, exit 1 with a sentence.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { EXPORT_FORMATS, ExportFormatSchema, FORMAT_INFO } from '../../shared/export/formats';
import { findEpisodeByReference } from '../../shared/export/episode-ref';
import { UserFacingError } from '../../shared/ipc/result';
import { loadDocumentFile } from '../../electron/documents/load';
import { readingNotices } from '../reading-notices';
import { buildExport } from '../../electron/exports/build-export';
import { closePdfBrowser, printHtmlToPdf } from '../../electron/exports/print-pdf';
import { writeExportFile } from '../../electron/exports/write-export';
import { InputError, parseArgs, UsageError, type CliCommand, type CliIo } from '../command';

const FORMAT_LIST = EXPORT_FORMATS.join(', ');

async function isFolder(target: string): Promise<boolean> {
  return fs.stat(target).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { positionals, values } = parseArgs(args, { values: ['format', 'out', 'episode', 'revision'] });
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'Name the production file to export.' : 'Export one production file at a time.');
  if (values.format === undefined) throw new UsageError(`Say which format with --format (${FORMAT_LIST}).`);
  const format = ExportFormatSchema.safeParse(values.format.toLowerCase());
  if (!format.success) throw new UsageError(`“${values.format}” is not an export format; use one of ${FORMAT_LIST}.`);
  if (values.out === undefined || values.out === '') throw new UsageError('Say where to write the export with --out PATH (a file, a folder, or - for standard output).');
  const info = FORMAT_INFO[format.data];
  const toStdout = values.out === '-';
  if (toStdout && info.extension === 'pdf') throw new UsageError('A PDF cannot be written to standard output; give --out a file or folder.');

  const file = path.resolve(io.cwd, positionals[0]);
  const loaded = await loadDocumentFile(file);
  const { document } = loaded;
  for (const notice of readingNotices(file, loaded)) io.stderr(`${notice}\n`);
  let episodeId: string | null = null;
  if (values.episode !== undefined) {
    const found = findEpisodeByReference(document, values.episode);
    if (!found.ok) throw new InputError(found.message);
    episodeId = found.episode.id;
  }

  const built = await buildExport(document, format.data, {
    episodeId,
    revisionName: values.revision,
    printToPdf: (html, options) => printHtmlToPdf(html, { ...options, env: io.env }),
  });
  if (toStdout) {
    io.stdout(new TextDecoder().decode(built.bytes));
    return 0;
  }
  const out = path.resolve(io.cwd, values.out);
  const target = (await isFolder(out)) ? path.join(out, built.fileName) : out;
  await writeExportFile(target, built.bytes);
  io.stderr(`Wrote ${info.label} to ${target}\n`);
  return 0;
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Export the roll or the credits: pdf, txt, csv, tsv, html, json, justification',
  help: `Usage: rollcall export FILE --format F --out PATH [--episode N] [--revision NAME]

Exports a production the way the app's Export dialog does.

Formats (--format):
  pdf            paged review copy of the roll: production, revision, date and page x of y on every page
  txt            the roll as it reads: headings and role-name lines
  csv            one row per credit with every field, for legal and accounting review
  tsv            title-house convention: role TAB name, names-only groups one per line
  html           one self-contained file (fonts embedded) that plays like the crawl
  json           the roll's structure, for other tools
  justification  PDF report of every producing credit with its contributions, evidence and approval

Options:
  --out PATH         the file to write; an existing folder gets the default name (e.g. "Night Train - Credits.pdf");
                     - writes a text format to standard output
  --episode N        a series episode: its id, S1E03, 1x03, or its number when only one season has it
  --revision NAME    the revision printed on PDF pages and added to default file names

PDF and justification need Chromium or Google Chrome: CHROMIUM_PATH, then the system's, then Playwright's.
Exit codes: 0 written; 1 the file, the data or the machine is the problem (unreadable file, unknown episode,
no browser, disk full); 2 wrong usage.`,
  async run(args, io) {
    try {
      return await run(args, io);
    } catch (error) {
      if (error instanceof UserFacingError) throw new InputError(error.message);
      throw error;
    } finally {
      await closePdfBrowser();
    }
  },
};
