// Writing an export where the user chose: atomically (temporary file, fsync, rename), so that a crash never
// leaves half a PDF under the name the user expects, and with a sentence when the disk refuses.
import path from 'node:path';
import { atomicWriteFile } from '../documents/atomic-write';
import { describeWriteFailure } from '../documents/file-errors';
import { UserFacingError } from '../../shared/ipc/result';

export async function writeExportFile(target: string, bytes: Uint8Array): Promise<void> {
  try {
    await atomicWriteFile(target, bytes);
  } catch (error) {
    const folder = path.dirname(target);
    throw new UserFacingError('WRITE_FAILED', `“${path.basename(target)}” was not saved because ${describeWriteFailure(error, folder)}.`);
  }
}
