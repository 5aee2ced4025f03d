// Which file each open docId belongs to, and what the file looked like when it was last read or saved, kept in the
// app's data folder. After a crash of the whole app the renderer recovers unsaved edits by docId from IndexedDB;
// this record lets main reattach that docId to its file, with the fingerprint the edits were based on, so that a
// change made to the file while Rollcall was down is still caught at the next save.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { atomicWriteFile } from './atomic-write';
import type { FileFingerprint } from './fingerprint';

export interface OpenDocumentRecord {
  docId: string;
  path: string | null;
  fingerprint: FileFingerprint | null;
  /** The file on disk is still in this older format version (its original is kept at the first save). */
  pendingOriginalVersion: number | null;
  /** A newer Rollcall wrote the file. */
  newerVersion: boolean;
}

export const OPEN_DOCUMENTS_FILE_NAME = 'open-documents.json';
/** Records of documents left open by a crash are forgotten after this long. */
const KEEP_MS = 30 * 24 * 3600 * 1000;

interface Stored extends OpenDocumentRecord {
  updatedAt: string;
}

export class OpenDocumentsStore {
  private readonly file: string;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(userDataDir: string) {
    this.file = path.join(userDataDir, OPEN_DOCUMENTS_FILE_NAME);
  }

  async get(docId: string): Promise<OpenDocumentRecord | undefined> {
    await this.chain.catch(() => undefined);
    return (await this.read()).find((r) => r.docId === docId);
  }

  put(record: OpenDocumentRecord): Promise<void> {
    return this.update((records) => [...records.filter((r) => r.docId !== record.docId), { ...record, updatedAt: new Date().toISOString() }]);
  }

  remove(docId: string): Promise<void> {
    return this.update((records) => records.filter((r) => r.docId !== docId));
  }

  private async read(): Promise<Stored[]> {
    try {
      const value = JSON.parse(await fs.readFile(this.file, 'utf8')) as { documents?: unknown };
      return Array.isArray(value.documents) ? (value.documents as Stored[]).filter((r) => typeof r?.docId === 'string') : [];
    } catch {
      return [];
    }
  }

  private update(change: (records: Stored[]) => Stored[]): Promise<void> {
    const next = this.chain.catch(() => undefined).then(async () => {
      const cutoff = Date.now() - KEEP_MS;
      const records = change(await this.read()).filter((r) => !(Date.parse(r.updatedAt) < cutoff));
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      await atomicWriteFile(this.file, `${JSON.stringify({ version: 1, documents: records }, null, 2)}\n`);
    });
    this.chain = next;
    return next;
  }
}
