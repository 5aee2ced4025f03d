// Reading a .rollcall file from disk. The bytes are read once, checked for size first (a 5 GB file must not be
// pulled into memory to be refused), parsed once, and never written: a file that cannot be read stays untouched.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { RollcallDocument } from '../../shared/model/types';
import { parseDocumentBytes } from '../../shared/format/parse';
import { findReferenceProblems } from '../../shared/format/references';
import { UserFacingError } from '../../shared/ipc/result';
import { FORMAT_VERSION } from '../../shared/model/schema';
import { BACKUP_FOLDER_NAME, originalVersionBackupName } from './backups';
import { describeReadFailure, errnoCode } from './file-errors';
import { fingerprintOf, type FileFingerprint } from './fingerprint';

export const MAX_DOCUMENT_BYTES = 200 * 1024 * 1024;

export interface LoadedDocument {
  document: RollcallDocument;
  /** A newer Rollcall wrote the file. */
  readOnly: boolean;
  notices: string[];
  /** The format version the file was migrated from on reading, else null. */
  migratedFrom: number | null;
}

export interface ReadDocument extends LoadedDocument {
  fileFormatVersion: number;
  /** Null when not asked for: hashing 20 MB costs time a read-only reader does not need to spend. */
  fingerprint: FileFingerprint | null;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024)).toLocaleString('en-GB')} MB`;
}

export function migratedNotice(filePath: string, fromVersion: number): string {
  return (
    `“${path.basename(filePath)}” was written by an older Rollcall (format version ${fromVersion}) and has been updated to format version ${FORMAT_VERSION}; ` +
    `the file changes only when you save, and then its original is kept as “${originalVersionBackupName(filePath, fromVersion)}” in the “${BACKUP_FOLDER_NAME}” folder next to it.`
  );
}

export async function readDocumentFile(filePath: string, options: { fingerprint?: boolean } = {}): Promise<ReadDocument> {
  const name = path.basename(filePath);
  let bytes: Buffer;
  let mtimeMs: number;
  try {
    const stat = await fs.stat(filePath);
    if (stat.isDirectory()) throw new UserFacingError('UNREADABLE', `“${name}” is a folder, not a Rollcall production.`);
    if (stat.size > MAX_DOCUMENT_BYTES) {
      throw new UserFacingError(
        'UNREADABLE',
        `“${name}” is ${megabytes(stat.size)}, larger than the ${megabytes(MAX_DOCUMENT_BYTES)} Rollcall can open, so it is probably not a production file.`,
      );
    }
    mtimeMs = stat.mtimeMs;
    bytes = await fs.readFile(filePath);
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    const code = errnoCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserFacingError('NOT_FOUND', `“${name}” was not found in “${path.dirname(filePath)}”.`);
    throw new UserFacingError('UNREADABLE', `“${name}” could not be read because ${describeReadFailure(error)}.`);
  }
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new UserFacingError('UNREADABLE', `“${name}” is larger than the ${megabytes(MAX_DOCUMENT_BYTES)} Rollcall can open.`);
  }
  const parsed = parseDocumentBytes(bytes, name);
  const notices = [...parsed.notices];
  if (parsed.migratedFrom !== null) notices.push(migratedNotice(filePath, parsed.migratedFrom));
  const broken = findReferenceProblems(parsed.document);
  if (broken.length > 0) {
    const more = broken.length > 1 ? ` and ${broken.length - 1} more` : '';
    notices.push(`“${name}” refers to records that are not in it (${broken[0]}${more}), so some credits may show incomplete until they are fixed.`);
  }
  return {
    document: parsed.document,
    readOnly: parsed.readOnly,
    notices,
    migratedFrom: parsed.migratedFrom,
    fileFormatVersion: parsed.fileFormatVersion,
    fingerprint: options.fingerprint === false ? null : fingerprintOf(bytes, mtimeMs),
  };
}

/**
 * Opens a production file for reading (the CLI's validate, info, export, diff). Throws a UserFacingError with code
 * NOT_FOUND, UNREADABLE, INVALID_DOCUMENT or NEWER_VERSION and a sentence naming the problem.
 */
export async function loadDocumentFile(filePath: string): Promise<LoadedDocument> {
  const { document, readOnly, notices, migratedFrom } = await readDocumentFile(filePath, { fingerprint: false });
  return { document, readOnly, notices, migratedFrom };
}
