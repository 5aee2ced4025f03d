// `rollcall info FILE [--json]`: the production's title, the file's format version and how much is in it.
import path from 'node:path';
import { FORMAT_VERSION } from '../../shared/model/schema';
import type { RollcallDocument } from '../../shared/model/types';
import { readDocumentFile } from '../../electron/documents/load';
import { parseArgs, UsageError, type CliCommand } from '../command';

export interface DocumentInfo {
  file: string;
  title: string;
  kind: string;
  year: number | null;
  /** The version the file on disk is written in. */
  formatVersion: number;
  currentFormatVersion: number;
  people: number;
  companies: number;
  credits: number;
  uncreditedCredits: number;
  creditsByStatus: Record<string, number>;
  contributions: number;
  titles: number;
  departments: number;
  episodes: number;
  songs: number;
  images: number;
  paragraphs: number;
  revisions: number;
  auditEntries: number;
}

export function documentInfo(file: string, doc: RollcallDocument, formatVersion: number): DocumentInfo {
  const creditsByStatus: Record<string, number> = { draft: 0, proposed: 0, approved: 0, locked: 0 };
  let uncredited = 0;
  let contributions = 0;
  for (const c of doc.credits) {
    creditsByStatus[c.status] = (creditsByStatus[c.status] ?? 0) + 1;
    if (c.uncredited) uncredited++;
    contributions += c.contributions.length;
  }
  return {
    file,
    title: doc.production.title,
    kind: doc.production.kind,
    year: doc.production.year,
    formatVersion,
    currentFormatVersion: FORMAT_VERSION,
    people: doc.people.length,
    companies: doc.companies.length,
    credits: doc.credits.length,
    uncreditedCredits: uncredited,
    creditsByStatus,
    contributions,
    titles: doc.titles.length,
    departments: doc.departments.length,
    episodes: doc.production.episodes.length,
    songs: doc.songs.length,
    images: doc.images.length,
    paragraphs: doc.paragraphs.length,
    revisions: doc.revisions.length,
    auditEntries: doc.audit.length,
  };
}

function asText(info: DocumentInfo): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  const version =
    info.formatVersion < info.currentFormatVersion
      ? `${info.formatVersion} (older: \`rollcall migrate\` updates it to ${info.currentFormatVersion})`
      : info.formatVersion > info.currentFormatVersion
        ? `${info.formatVersion} (newer than this rollcall, which knows up to ${info.currentFormatVersion})`
        : String(info.formatVersion);
  const statuses = Object.entries(info.creditsByStatus)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${n(count)} ${status}`)
    .join(', ');
  const rows: [string, string][] = [
    ['File', info.file],
    ['Kind', info.year === null ? info.kind : `${info.kind}, ${info.year}`],
    ['Format version', version],
    ['People', n(info.people)],
    ['Companies', n(info.companies)],
    ['Credits', `${n(info.credits)}${statuses ? ` (${statuses}; ${n(info.uncreditedCredits)} uncredited)` : ''}`],
    ['Contributions', n(info.contributions)],
    ['Credit titles', `${n(info.titles)} in ${n(info.departments)} departments`],
    ['Episodes', n(info.episodes)],
    ['Songs', n(info.songs)],
    ['Images', n(info.images)],
    ['Revisions', n(info.revisions)],
    ['Audit entries', n(info.auditEntries)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  return [info.title, ...rows.map(([label, value]) => `  ${`${label}:`.padEnd(width)} ${value}`)].join('\n') + '\n';
}

export const infoCommand: CliCommand = {
  name: 'info',
  summary: 'Show a production’s title, format version and counts',
  help: `Usage: rollcall info FILE [--json]

Prints the production's title, kind and year, the format version the file is written in, and how many
people, companies, credits, contributions, titles, songs, images, revisions and audit entries it holds.

Options:
  --json   Print one JSON object instead, with at least: title, formatVersion, people, companies, credits.

Exit codes: 0 done; 1 the file cannot be read or is not a valid production; 2 wrong usage.
`,
  async run(args, io) {
    const { positionals, flags } = parseArgs(args, { flags: ['json'] });
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'Name the .rollcall file.' : 'Name one file.');
    const resolved = path.resolve(io.cwd, positionals[0]);
    const read = await readDocumentFile(resolved, { fingerprint: false });
    const info = documentInfo(path.basename(resolved), read.document, read.fileFormatVersion);
    io.stdout(flags.has('json') ? `${JSON.stringify(info, null, 2)}\n` : asText(info));
    return 0;
  },
};
