// `rollcall migrate FILE`: rewrites a file from an older format version in the current one, through the same
// locked, atomic save as the app, keeping the original in the backups folder next to it.
import path from 'node:path';
import { FORMAT_VERSION } from '../../shared/model/schema';
import { readDocumentFile } from '../../electron/documents/load';
import { saveBytes, withFileLock } from '../../electron/documents/save';
import { serialiseDocumentBytes } from '../../shared/format/serialise';
import { InputError, parseArgs, UsageError, type CliCommand } from '../command';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'Update a production file from an older format version to the current one',
  help: `Usage: rollcall migrate FILE

Rewrites FILE in the current format version (${FORMAT_VERSION}). The original is kept as
"NAME.format-vN-original.rollcall" in the ".rollcall-backups" folder next to the file. The file is written the way
Rollcall saves: atomically (a crash leaves the old or the new file, never a mixture) and only when no running
Rollcall has the file open. A file already in the current version is left as it is.

Exit codes: 0 done (or nothing to do); 1 the file cannot be read, is invalid, is open elsewhere or cannot be
written; 2 wrong usage.
`,
  async run(args, io) {
    const { positionals } = parseArgs(args, {});
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'Name the .rollcall file to migrate.' : 'Name one file.');
    const resolved = path.resolve(io.cwd, positionals[0]);
    const name = path.basename(resolved);
    // Read under the lock, so that a Rollcall saving the file in between cannot have its save overwritten.
    const outcome = await withFileLock(resolved, async () => {
      const read = await readDocumentFile(resolved, { fingerprint: false });
      if (read.fileFormatVersion > FORMAT_VERSION) {
        throw new InputError(`“${name}” was written by a newer Rollcall (format version ${read.fileFormatVersion}); this rollcall knows format versions up to ${FORMAT_VERSION}, so it left the file as it was.`);
      }
      if (read.migratedFrom === null) return null;
      const saved = await saveBytes(resolved, serialiseDocumentBytes(read.document), { keepOriginalOfVersion: read.migratedFrom });
      return { from: read.migratedFrom, originalBackupPath: saved.originalBackupPath };
    });
    if (!outcome) {
      io.stdout(`“${name}” is already in format version ${FORMAT_VERSION}; nothing to do.\n`);
      return 0;
    }
    const kept = outcome.originalBackupPath ? `; the original is kept as “${path.relative(io.cwd, outcome.originalBackupPath) || outcome.originalBackupPath}”` : '';
    io.stdout(`Migrated “${name}” from format version ${outcome.from} to ${FORMAT_VERSION}${kept}.\n`);
    return 0;
  },
};
