// What reading a production file noticed (a value read as its default, references to missing records), as the
// command line reports it on stderr. Not the note that saving will update an older file: these commands never
// save the file they read, and `rollcall validate` says how to update it.
import { migratedNotice } from '../electron/documents/load';

export function readingNotices(file: string, loaded: { notices: readonly string[]; migratedFrom: number | null }): string[] {
  const migrated = loaded.migratedFrom === null ? null : migratedNotice(file, loaded.migratedFrom);
  return loaded.notices.filter((notice) => notice !== migrated);
}
