// Saving bytes over a production file: the original of a migrated file kept first (or nothing is written), the
// current file kept as a rotating backup, then the atomic write. Used by the DocumentService and, through
// writeDocumentFile, by the command line tool, so every writer of a .rollcall file saves the same way.
import path from 'node:path';
import type { RollcallDocument } from '../../shared/model/types';
import { serialiseDocumentBytes } from '../../shared/format/serialise';
import { UserFacingError } from '../../shared/ipc/result';
import { atomicWriteFile, removeStaleTempFiles } from './atomic-write';
import { keepOriginalVersion, keepRotatingBackup } from './backups';
import { describeWriteFailure } from './file-errors';
import { fingerprintOf, type FileFingerprint } from './fingerprint';
import { acquireLock, describeHolder } from './lock';
import { promises as fs } from 'node:fs';

export interface SaveOptions {
  /** The file on disk is in this older format version: keep it as a backup before it is overwritten. */
  keepOriginalOfVersion?: number | null;
  retryRename?: boolean;
  /** End of the failure sentence, after "was not saved because …; ". */
  failureAdvice?: string;
}

export interface SaveOutcome {
  fingerprint: FileFingerprint;
  /** Where the original of a migrated file was kept, if it was. */
  originalBackupPath: string | null;
}

export function writeFailed(target: string, error: unknown, advice?: string): UserFacingError {
  const reason = describeWriteFailure(error, path.dirname(target));
  return new UserFacingError('WRITE_FAILED', `“${path.basename(target)}” was not saved because ${reason}${advice ? `; ${advice}` : ''}.`);
}

export async function saveBytes(target: string, bytes: Uint8Array, options: SaveOptions = {}): Promise<SaveOutcome> {
  let originalBackupPath: string | null = null;
  if (options.keepOriginalOfVersion) {
    try {
      originalBackupPath = await keepOriginalVersion(target, options.keepOriginalOfVersion);
    } catch (error) {
      // Never overwrite an older-version original without its backup: the file is the user's only copy of it.
      throw writeFailed(target, error, options.failureAdvice ?? 'its original could not be kept as a backup, so it was left as it was');
    }
  }
  // The rotating backup is a convenience: a folder that takes the file but not the backup still gets the save.
  if (!originalBackupPath) await keepRotatingBackup(target).catch(() => null);
  await removeStaleTempFiles(target).catch(() => 0);
  try {
    await atomicWriteFile(target, bytes, { retryRename: options.retryRename });
  } catch (error) {
    throw writeFailed(target, error, options.failureAdvice);
  }
  const stat = await fs.stat(target);
  return { fingerprint: fingerprintOf(bytes, stat.mtimeMs), originalBackupPath };
}

/**
 * Writes a document to a file the way Rollcall saves: takes the file's lock (refusing with LOCKED when another
 * Rollcall holds it), keeps backups, writes atomically, releases the lock. For the command line tool.
 */
export async function writeDocumentFile(filePath: string, document: RollcallDocument, options: { keepOriginalOfVersion?: number | null } = {}): Promise<SaveOutcome> {
  const bytes = serialiseDocumentBytes(document);
  return withFileLock(filePath, () => saveBytes(filePath, bytes, options));
}

/**
 * Runs `work` while holding the file's lock: LOCKED when another Rollcall holds it, WRITE_FAILED when the folder
 * cannot take a lock file. The lock is released however `work` ends.
 */
export async function withFileLock<T>(filePath: string, work: () => Promise<T>): Promise<T> {
  let lock;
  try {
    lock = await acquireLock(filePath);
  } catch (error) {
    throw writeFailed(filePath, error);
  }
  if (!lock.acquired) {
    if (lock.reason === 'unwritable') throw writeFailed(filePath, Object.assign(new Error('EACCES'), { code: 'EACCES' }));
    throw new UserFacingError('LOCKED', `“${path.basename(filePath)}” is open in Rollcall by ${describeHolder(lock.holder)}, so it was not changed; close it there first.`);
  }
  try {
    return await work();
  } finally {
    await lock.handle.release();
  }
}
