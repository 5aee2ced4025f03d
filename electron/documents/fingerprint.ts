// What the file on disk looked like when Rollcall last read or wrote it: size, modification time and a SHA-256 of
// its bytes. Before every save the file is compared with it, so that a change made by another program (a sync
// client, a colleague, a text editor) is never silently overwritten. Size or content decides; a touched file with
// the same bytes is not a change.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { errnoCode } from './file-errors';

export interface FileFingerprint {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function fingerprintOf(bytes: Uint8Array, mtimeMs: number): FileFingerprint {
  return { size: bytes.length, mtimeMs, sha256: sha256(bytes) };
}

export type DiskState = { kind: 'missing' } | { kind: 'same'; fingerprint: FileFingerprint } | { kind: 'changed'; fingerprint: FileFingerprint };

/** Compares the file on disk with what Rollcall last saw of it. */
export async function compareWithDisk(target: string, known: FileFingerprint): Promise<DiskState> {
  let bytes: Buffer;
  let mtimeMs: number;
  try {
    const stat = await fs.stat(target);
    mtimeMs = stat.mtimeMs;
    if (stat.size !== known.size) return { kind: 'changed', fingerprint: { size: stat.size, mtimeMs, sha256: '' } };
    bytes = await fs.readFile(target);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR') return { kind: 'missing' };
    throw error;
  }
  const now = fingerprintOf(bytes, mtimeMs);
  return now.sha256 === known.sha256 ? { kind: 'same', fingerprint: now } : { kind: 'changed', fingerprint: now };
}
