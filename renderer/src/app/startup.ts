// Opening the working copy. If IndexedDB is unavailable or corrupt the app still opens files: the damaged
// database is deleted and recreated (it never holds the only copy of anything already saved), and the user is told.
import { db, directoryDb } from '../db/database';

export async function openWorkingCopy(): Promise<string | null> {
  try {
    await db.open();
    await directoryDb.open();
    return null;
  } catch (error) {
    console.error('working copy could not be opened', error);
    try {
      db.close();
      await db.delete();
      await db.open();
      return 'Rollcall’s working copy could not be read and was reset; your saved files are untouched, but unsaved changes from last time could not be recovered.';
    } catch {
      return 'Rollcall could not use its working storage; you can open files, but unsaved changes will not survive a crash.';
    }
  }
}
