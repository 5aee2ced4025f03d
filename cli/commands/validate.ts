// `rollcall validate FILE...`: exit 0 when every file is a valid production, else 1 with the problems on stderr,
// one per line with its field path.
import path from 'node:path';
import { DocumentFormatError } from '../../shared/format/errors';
import { findReferenceProblems } from '../../shared/format/references';
import { FORMAT_VERSION } from '../../shared/model/schema';
import { readDocumentFile } from '../../electron/documents/load';
import { readingNotices } from '../reading-notices';
import { parseArgs, UsageError, type CliCommand, type CliIo } from '../command';

const MAX_LISTED = 50;

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

async function validateOne(file: string, io: CliIo): Promise<boolean> {
  const resolved = path.resolve(io.cwd, file);
  const name = path.basename(resolved);
  let read;
  try {
    read = await readDocumentFile(resolved, { fingerprint: false });
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    const problems = error instanceof DocumentFormatError && error.problems.length > 1 ? error.problems : [];
    io.stderr(`${error.message}\n`);
    for (const line of problems.slice(0, MAX_LISTED)) io.stderr(`  - ${line}\n`);
    if (problems.length > MAX_LISTED) io.stderr(`  … and ${problems.length - MAX_LISTED} more\n`);
    return false;
  }
  if (read.readOnly) {
    io.stderr(`“${name}” was written by a newer Rollcall (format version ${read.fileFormatVersion}); this rollcall checks files up to format version ${FORMAT_VERSION}.\n`);
    return false;
  }
  const broken = findReferenceProblems(read.document);
  if (broken.length > 0) {
    io.stderr(`“${name}” refers to records that are not in it (${broken.length} ${broken.length === 1 ? 'problem' : 'problems'}):\n`);
    for (const line of broken.slice(0, MAX_LISTED)) io.stderr(`  - ${line}\n`);
    if (broken.length > MAX_LISTED) io.stderr(`  … and ${broken.length - MAX_LISTED} more\n`);
    return false;
  }
  // Values read as their default (a hand-edited style): valid, since the file opens, but said.
  for (const notice of readingNotices(resolved, read)) io.stderr(`${notice}\n`);
  const doc = read.document;
  const older = read.migratedFrom !== null ? `; \`rollcall migrate\` updates it to format version ${FORMAT_VERSION}` : '';
  io.stdout(
    `“${name}” is a valid Rollcall production (format version ${read.fileFormatVersion}, ${count(doc.people.length, 'person', 'people')}, ${count(doc.companies.length, 'company', 'companies')}, ${count(doc.credits.length, 'credit', 'credits')})${older}.\n`,
  );
  return true;
}

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'Check that production files are valid; exit 1 with the problems when not',
  help: `Usage: rollcall validate FILE...

Checks each .rollcall file: that it is a Rollcall production, that every field matches the format (problems
are listed with their field path, e.g. credits[3].status), and that every reference points at a record in the
file. Older format versions are valid when they can be migrated.

Exit codes: 0 every file is valid; 1 a file is invalid or cannot be read (the problems go to stderr); 2 wrong usage.
`,
  async run(args, io) {
    const { positionals } = parseArgs(args, {});
    if (positionals.length === 0) throw new UsageError('Name the .rollcall file to check.');
    let ok = true;
    for (const file of positionals) ok = (await validateOne(file, io)) && ok;
    return ok ? 0 : 1;
  },
};
