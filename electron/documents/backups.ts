// Backups live in a `.rollcall-backups` folder next to the production: the last few saves, so that a bad edit or a
// bad save can be undone from the file manager, and the original of a file migrated from an older format version.
// Backups are ordinary .rollcall files that Rollcall opens like any other.
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { errnoCode } from './file-errors';

export const BACKUP_FOLDER_NAME = '.rollcall-backups';
export const KEEP_BACKUPS = 5;

export function backupFolderFor(target: string): string {
  return path.join(path.dirname(target), BACKUP_FOLDER_NAME);
}

function splitName(target: string): { stem: string; ext: string } {
  const base = path.basename(target);
  const ext = path.extname(base) || '.rollcall';
  return { stem: path.extname(base) ? base.slice(0, -ext.length) : base, ext };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** 20260304T101112123Z: sorts by time as text. */
function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function rotatingPattern(target: string): RegExp {
  const { stem, ext } = splitName(target);
  return new RegExp(`^${escapeRegExp(stem)}\\.backup-\\d{8}T\\d{9}Z(-\\d+)?${escapeRegExp(ext)}$`);
}

/** A new name that does not exist yet: "Night Train.backup-20260304T101112123Z.rollcall". */
async function freshName(folder: string, make: (suffix: string) => string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = path.join(folder, make(n === 1 ? '' : `-${n}`));
    try {
      await fs.access(candidate);
    } catch {
      return candidate;
    }
  }
}

/**
 * Keeps the file as it is on disk now: a hard link when the file system allows it (no copying, and the rename
 * that follows leaves the old bytes to the backup alone), else a copy. Resolves with the backup's path, or null
 * when there was no file to keep.
 */
async function keepCopy(target: string, backupPath: string): Promise<string | null> {
  try {
    await fs.link(target, backupPath);
    return backupPath;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') {
      try {
        await fs.access(target);
      } catch {
        return null;
      }
    }
    await fs.copyFile(target, backupPath, constants.COPYFILE_EXCL);
    return backupPath;
  }
}

/**
 * Keeps the file as it is now as the newest rotating backup. The oldest are pruned first, to make room, so that a
 * process killed at any moment leaves at most KEEP_BACKUPS behind (pruning after the copy left one too many when
 * the kill fell between the two).
 */
export async function keepRotatingBackup(target: string, now = new Date()): Promise<string | null> {
  const folder = backupFolderFor(target);
  await fs.mkdir(folder, { recursive: true });
  await pruneBackups(target, KEEP_BACKUPS - 1);
  const { stem, ext } = splitName(target);
  const backupPath = await freshName(folder, (suffix) => `${stem}.backup-${stamp(now)}${suffix}${ext}`);
  return keepCopy(target, backupPath);
}

/** Keeps the newest KEEP_BACKUPS rotating backups of this file; originals of migrated files are never pruned. */
export async function pruneBackups(target: string, keep = KEEP_BACKUPS): Promise<void> {
  const folder = backupFolderFor(target);
  const pattern = rotatingPattern(target);
  const names = (await fs.readdir(folder)).filter((n) => pattern.test(n));
  // Same-millisecond backups carry -2, -3...: order by stamp, then by that counter.
  const key = (n: string) => {
    const m = /backup-(\d{8}T\d{9}Z)(?:-(\d+))?/.exec(n);
    return `${m?.[1]}-${String(m?.[2] ?? 1).padStart(6, '0')}`;
  };
  names.sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0));
  await Promise.all(names.slice(keep).map((n) => fs.rm(path.join(folder, n), { force: true })));
}

export async function listRotatingBackups(target: string): Promise<string[]> {
  const folder = backupFolderFor(target);
  const pattern = rotatingPattern(target);
  try {
    return (await fs.readdir(folder)).filter((n) => pattern.test(n)).sort().map((n) => path.join(folder, n));
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return [];
    throw error;
  }
}

/** The original of a file written in an older format version, kept once before the first save in the new one. */
export async function keepOriginalVersion(target: string, formatVersion: number): Promise<string | null> {
  const folder = backupFolderFor(target);
  await fs.mkdir(folder, { recursive: true });
  const { stem, ext } = splitName(target);
  const backupPath = await freshName(folder, (suffix) => `${stem}.format-v${formatVersion}-original${suffix}${ext}`);
  return keepCopy(target, backupPath);
}

export function originalVersionBackupName(target: string, formatVersion: number): string {
  const { stem, ext } = splitName(target);
  return `${stem}.format-v${formatVersion}-original${ext}`;
}
