// `rollcall diff OLD NEW [--json]`: what changed between two productions, or two revisions, or a revision and a
// file. Each side is a file or FILE@REVISION (the revision by name). Files in older formats are migrated on reading.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { compareStates } from '../../shared/diff/compare';
import { revisionLabel } from '../../shared/diff/compare-revisions';
import { comparisonText } from '../../shared/diff/report';
import type { RollcallDocument } from '../../shared/model/types';
import { findRevision, RevisionError, RevisionNotFoundError } from '../../shared/revisions/lookup';
import { materialiseRevision } from '../../shared/revisions/materialise';
import { creditsStateOf, type CreditsState } from '../../shared/revisions/state';
import { loadDocumentFile } from '../../electron/documents/load';
import { readingNotices } from '../reading-notices';
import { InputError, parseArgs, UsageError, type CliCommand } from '../command';

export interface SideSpec {
  file: string;
  revision: string | null;
}

async function isFile(filePath: string): Promise<boolean> {
  return fs.stat(filePath).then(
    (s) => s.isFile(),
    () => false,
  );
}

/**
 * "night.rollcall" or "night.rollcall@Sent to legal". Split on the last "@", and only when the part before it is a
 * file, so that a file whose own name contains "@" still opens as itself.
 */
export async function parseSide(spec: string, cwd: string): Promise<SideSpec> {
  const whole = path.resolve(cwd, spec);
  const at = spec.lastIndexOf('@');
  if (at <= 0 || (await isFile(whole))) return { file: whole, revision: null };
  const file = path.resolve(cwd, spec.slice(0, at));
  if (!(await isFile(file))) return { file: whole, revision: null };
  const revision = spec.slice(at + 1).trim();
  if (revision === '') throw new UsageError(`“${spec}” names no revision after the @; write FILE@REVISION, e.g. night.rollcall@"Sent to legal".`);
  return { file, revision };
}

interface LoadedSide {
  spec: SideSpec;
  document: RollcallDocument;
  state: CreditsState;
  label: string;
}

/** Loads each file once (FILE@v1 FILE reads it once); what reading it noticed goes to `warn`. */
async function loadSide(spec: SideSpec, cache: Map<string, Promise<RollcallDocument>>, warn: (line: string) => void): Promise<LoadedSide> {
  let pending = cache.get(spec.file);
  if (!pending) {
    pending = loadDocumentFile(spec.file).then((l) => {
      for (const notice of readingNotices(spec.file, l)) warn(`${notice}\n`);
      return l.document;
    });
    cache.set(spec.file, pending);
  }
  const document = await pending;
  const name = path.basename(spec.file);
  if (spec.revision === null) return { spec, document, state: creditsStateOf(document), label: name };
  try {
    const revision = findRevision(document, spec.revision);
    return { spec, document, state: materialiseRevision(document, revision), label: `${name} @ ${revisionLabel(revision)}` };
  } catch (error) {
    if (error instanceof RevisionNotFoundError) {
      const list = error.available.map((n) => `“${n}”`).join(', ');
      throw new InputError(
        error.available.length === 0
          ? `“${name}” has no revision named “${spec.revision}”: it has no saved revisions.`
          : `“${name}” has no revision named “${spec.revision}”; its revisions are ${list}.`,
      );
    }
    if (error instanceof RevisionError) throw new InputError(error.message);
    throw error;
  }
}

export const diffCommand: CliCommand = {
  name: 'diff',
  summary: 'Show what changed between two productions or revisions',
  help: `Usage: rollcall diff OLD NEW [--json]

Compares the credits of OLD and NEW: credits added, removed and changed (person, name as credited, title,
department, placement, billing, status, character, contributions and justifications, each before and after),
credits that moved in the roll, and changes to the production title, departments and titles.

Each side is a production file, or FILE@REVISION for a revision saved in it (by name; quote names with spaces:
night.rollcall@"Sent to legal"). Credits are matched by identity, and by person and title between files imported
separately; a respelled name on the same title is reported as a change of spelling. Files written in an older
format version are read as the current version first.

Options:
  --json   Print one JSON object with "added", "removed" and "changed" arrays (each entry names the "person"
           and the credit "title"), and "moved", "structure" and "counts".

Exit codes: 0 compared (whether or not anything changed); 1 a file cannot be read or a revision does not exist;
2 wrong usage.
`,
  async run(args, io) {
    const { positionals, flags } = parseArgs(args, { flags: ['json'] });
    if (positionals.length !== 2) throw new UsageError(positionals.length < 2 ? 'Name two sides to compare: OLD and NEW.' : 'Name exactly two sides to compare: OLD and NEW.');
    const cache = new Map<string, Promise<RollcallDocument>>();
    const before = await loadSide(await parseSide(positionals[0], io.cwd), cache, io.stderr);
    const after = await loadSide(await parseSide(positionals[1], io.cwd), cache, io.stderr);
    const comparison = compareStates(before.state, after.state, { kind: after.document.production.kind });
    if (flags.has('json')) {
      const side = (s: LoadedSide) => ({ file: path.basename(s.spec.file), revision: s.spec.revision, label: s.label });
      io.stdout(`${JSON.stringify({ old: side(before), new: side(after), ...comparison }, null, 2)}\n`);
    } else {
      io.stdout(comparisonText(comparison, { productionTitle: after.state.productionTitle, beforeLabel: before.label, afterLabel: after.label }));
    }
    return 0;
  },
};
