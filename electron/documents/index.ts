// The document service: the only code that reads and writes production files. Plain Node (no electron import), so
// the `rollcall` command line tool and the test harness run exactly the code the app runs.
export { loadDocumentFile, readDocumentFile, MAX_DOCUMENT_BYTES, type LoadedDocument, type ReadDocument } from './load';
export { writeDocumentFile, withFileLock, saveBytes, type SaveOutcome } from './save';
export { atomicWriteFile } from './atomic-write';
export { BACKUP_FOLDER_NAME, KEEP_BACKUPS, backupFolderFor, listRotatingBackups } from './backups';
export { acquireLock, readLock, lockPathFor, describeHolder, isStale, type LockOwner, type LockHandle } from './lock';
export { DocumentService, DOCUMENT_EXTENSION, type DocumentServiceOptions, type SaveResult } from './document-service';
export { RecentFiles, type RecentItem } from './recent-files';
