// Writes a file so that a crash, a kill or a power cut at any moment leaves either the old file or the new one,
// never a mixture (Actual Budget's atomic-write): write a temporary file in the same folder (a rename is only
// atomic within one file system), fsync it, rename it over the target, then fsync the folder so that the rename
// itself is on disk. The promise resolves only when all of that is done.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { errnoCode } from './file-errors';

export interface AtomicWriteOptions {
  /** Retry renames that fail because another program holds the file open; true on Windows (antivirus, indexers). */
  retryRename?: boolean;
  mode?: number;
}

export const RENAME_RETRY_CODES: ReadonlySet<string> = new Set(['EPERM', 'EACCES', 'EBUSY']);
export const RENAME_RETRY_DELAYS_MS: readonly number[] = [10, 20, 40, 80, 160, 320, 640];

/** Temporary files start with the target's name so that a leftover one is recognisable next to it. */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

export function isTempFileOf(target: string, candidateName: string): boolean {
  return candidateName.startsWith(`.${path.basename(target)}.`) && candidateName.endsWith('.tmp');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoCode(error) === 'EPERM';
  }
}

/**
 * Removes temporary files a killed save left next to the target: those whose writing process (its pid is in the
 * name) is gone. Files of a live process, ours included, are left alone: they may be mid-write.
 */
export async function removeStaleTempFiles(target: string): Promise<number> {
  const folder = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  let removed = 0;
  for (const name of await fs.readdir(folder)) {
    if (!isTempFileOf(target, name)) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (!Number.isInteger(pid) || isAlive(pid)) continue;
    await fs.rm(path.join(folder, name), { force: true });
    removed++;
  }
  return removed;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type RenameFile = (from: string, to: string) => Promise<void>;

/**
 * Renames `from` over `to`, retrying (when `retry`) the failures another program holding the file causes on
 * Windows, with growing pauses; any other failure, or the last one, is thrown as it came. `rename` is the real
 * fs.rename except in tests that need a rename failing the way Windows does.
 */
export async function renameWithRetries(from: string, to: string, retry: boolean, rename: RenameFile = fs.rename): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = errnoCode(error);
      if (!retry || !code || !RENAME_RETRY_CODES.has(code) || attempt >= RENAME_RETRY_DELAYS_MS.length) throw error;
      await sleep(RENAME_RETRY_DELAYS_MS[attempt]);
    }
  }
}

/** fsync of a folder makes a rename durable on Linux and macOS; Windows cannot open folders this way. */
export async function fsyncFolder(folder: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const code = errnoCode(error);
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES' && code !== 'EBADF') throw error;
  } finally {
    await handle?.close();
  }
}

export async function atomicWriteFile(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const temp = tempPathFor(target);
  // A replaced file keeps its permissions (a production kept private with 600 stays private).
  const mode = options.mode ?? (await fs.stat(target).then((s) => s.mode & 0o777, () => 0o666));
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await renameWithRetries(temp, target, options.retryRename ?? process.platform === 'win32');
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await fsyncFolder(path.dirname(target));
}
