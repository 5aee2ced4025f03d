// The document service: New, Open, Save, Save As, Revert, Close, recent files and files handed over by the command
// line or a second launch. Each open document has a docId; the renderer holds only that id, never a path. Plain
// Node: everything Electron-specific (dialogs, the OS recent list, the window's dirty mark) comes through Host.
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { serialiseDocumentBytes } from '../../shared/format/serialise';
import type { OpenedDocument } from '../../shared/ipc/documents';
import { UserFacingError } from '../../shared/ipc/result';
import { createDocument } from '../../shared/model/create';
import type { ProductionKind, RollcallDocument } from '../../shared/model/types';
import type { FileFilter, Host } from '../host';
import { compareWithDisk, type FileFingerprint } from './fingerprint';
import { readDocumentFile } from './load';
import { LockRegistry } from './lock-registry';
import { describeHolder, type LockResult } from './lock';
import { OpenDocumentsStore } from './open-documents-store';
import { RecentFiles, toRecentItem, type RecentItem } from './recent-files';
import { saveBytes, writeFailed } from './save';

export const DOCUMENT_EXTENSION = '.rollcall';
const FILTERS: FileFilter[] = [{ name: 'Rollcall productions', extensions: ['rollcall'] }];
const UNTITLED = 'Untitled';
const SAVE_ADVICE = 'your changes are still here, so try again or use Save As to save them somewhere else';

interface OpenDoc {
  docId: string;
  path: string | null;
  readOnly: boolean;
  /** Why the document is read-only, as a sentence; null when writable. */
  readOnlyReason: string | null;
  /** Holds a share of the file's lock (in `locks`). */
  locked: boolean;
  fingerprint: FileFingerprint | null;
  /** The file on disk is in this older format version; its original is kept as a backup at the first save. */
  pendingOriginalVersion: number | null;
  newerVersion: boolean;
  edited: boolean;
}

type Pending = { path: string } | { recentId: string };

export interface SaveResult {
  docId: string;
  displayName: string;
  savedAt: string;
}

export interface DocumentServiceOptions {
  /** Retry renames refused because another program holds the file (antivirus on Windows). Default: on Windows. */
  retryRename?: boolean;
}

function displayNameOf(doc: OpenDoc): string {
  return doc.path ? path.basename(doc.path) : UNTITLED;
}

function withExtension(filePath: string): string {
  return path.extname(filePath) ? filePath : filePath + DOCUMENT_EXTENSION;
}

export class DocumentService {
  private readonly docs = new Map<string, OpenDoc>();
  private readonly locks: LockRegistry;
  private readonly recents: RecentFiles;
  private readonly store: OpenDocumentsStore;
  private pending: Pending[] = [];
  private readonly recentListeners = new Set<() => void>();
  /** Operations on one document run one at a time: two saves must not interleave their check and write. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly host: Host,
    private readonly options: DocumentServiceOptions = {},
  ) {
    this.locks = new LockRegistry(host.userName || undefined);
    this.recents = new RecentFiles(host.userDataDir);
    this.store = new OpenDocumentsStore(host.userDataDir);
  }

  // ---- opening -------------------------------------------------------------------------------------------------

  async newDocument(init: { title: string; kind: ProductionKind; year: number | null }): Promise<OpenedDocument> {
    const doc = this.register({ path: null });
    await this.remember(doc);
    return { docId: doc.docId, displayName: UNTITLED, document: createDocument(init), readOnly: false, notices: [], hasFile: false };
  }

  async openWithDialog(): Promise<OpenedDocument> {
    const chosen = await this.host.showOpenDialog({ title: 'Open Production', filters: FILTERS });
    if (!chosen) throw new UserFacingError('CANCELLED', 'No file was chosen.');
    return this.openPath(chosen);
  }

  async openRecent(recentId: string): Promise<OpenedDocument> {
    const entry = await this.recents.get(recentId);
    if (!entry) throw new UserFacingError('NOT_FOUND', 'That file is no longer in the recent files list.');
    try {
      return await this.openPath(entry.path);
    } catch (error) {
      if (error instanceof UserFacingError && error.code === 'NOT_FOUND') {
        await this.recents.remove(recentId);
        this.recentChanged();
      }
      throw error;
    }
  }

  /** Opens a file by path: from a dialog, the recent list, the command line or a second launch. */
  async openPath(filePath: string): Promise<OpenedDocument> {
    const resolved = path.resolve(filePath);
    const read = await readDocumentFile(resolved);
    const doc = this.register({ path: resolved, fingerprint: read.fingerprint, pendingOriginalVersion: read.migratedFrom, newerVersion: read.readOnly });
    const notices = [...read.notices];
    if (read.readOnly) {
      doc.readOnly = true;
      doc.readOnlyReason = read.notices[0] ?? `“${displayNameOf(doc)}” is open read-only.`;
    } else {
      const reason = this.lockNotice(resolved, await this.tryLock(resolved));
      if (reason) {
        doc.readOnly = true;
        doc.readOnlyReason = reason;
        notices.push(reason);
      } else {
        doc.locked = true;
      }
    }
    // App-state records, written side by side: they are small, but each is an fsynced atomic write.
    await Promise.all([this.remember(doc), this.addRecent(resolved)]);
    return { docId: doc.docId, displayName: displayNameOf(doc), document: read.document, readOnly: doc.readOnly, notices, hasFile: true };
  }

  // ---- saving --------------------------------------------------------------------------------------------------

  save(docId: string, document: RollcallDocument, overwriteExternalChange: boolean): Promise<SaveResult> {
    return this.exclusive(docId, async () => {
      const doc = this.require(docId);
      if (!doc.path) return this.saveAsLocked(doc, document);
      if (doc.readOnly) {
        throw new UserFacingError('READ_ONLY', `${doc.readOnlyReason ?? `“${displayNameOf(doc)}” is open read-only.`} Use Save As to keep your changes in another file.`);
      }
      const target = doc.path;
      let lock: LockResult;
      try {
        lock = await this.locks.ensure(target);
      } catch (error) {
        throw writeFailed(target, error, SAVE_ADVICE);
      }
      if (!lock.acquired) {
        if (lock.reason === 'unwritable') throw writeFailed(target, Object.assign(new Error(), { code: 'EACCES' }), SAVE_ADVICE);
        throw new UserFacingError('LOCKED', `“${displayNameOf(doc)}” was taken over by ${describeHolder(lock.holder)}, so it was not saved; use Save As to keep your changes in another file.`);
      }
      doc.locked = true;
      await this.checkDisk(doc, target, overwriteExternalChange);
      const bytes = serialiseDocumentBytes(document);
      const outcome = await saveBytes(target, bytes, {
        keepOriginalOfVersion: doc.pendingOriginalVersion,
        retryRename: this.options.retryRename,
        failureAdvice: SAVE_ADVICE,
      });
      doc.fingerprint = outcome.fingerprint;
      doc.pendingOriginalVersion = null;
      this.markEdited(doc, false);
      await Promise.all([this.remember(doc), this.addRecent(target)]);
      return { docId, displayName: displayNameOf(doc), savedAt: new Date().toISOString() };
    });
  }

  saveAs(docId: string, document: RollcallDocument): Promise<SaveResult> {
    return this.exclusive(docId, () => this.saveAsLocked(this.require(docId), document));
  }

  private async saveAsLocked(doc: OpenDoc, document: RollcallDocument): Promise<SaveResult> {
    const defaultName = withExtension(doc.path ? path.basename(doc.path) : document.production.title.replace(/[\\/:*?"<>|]+/g, ' ').trim() || UNTITLED);
    const chosen = await this.host.showSaveDialog({ title: 'Save Production As', defaultName, filters: FILTERS });
    if (!chosen) throw new UserFacingError('CANCELLED', 'The production was not saved: no file was chosen.');
    const target = path.resolve(withExtension(chosen));
    const bytes = serialiseDocumentBytes(document);

    const sameFile = target === doc.path && doc.locked;
    let lock: LockResult | null = null;
    if (!sameFile) {
      try {
        lock = await this.locks.acquire(target);
      } catch (error) {
        throw writeFailed(target, error, SAVE_ADVICE);
      }
      if (!lock.acquired) {
        if (lock.reason === 'unwritable') throw writeFailed(target, Object.assign(new Error(), { code: 'EACCES' }), SAVE_ADVICE);
        throw new UserFacingError('LOCKED', `“${path.basename(target)}” is open in Rollcall by ${describeHolder(lock.holder)}, so it was not replaced; choose another name.`);
      }
    }
    let outcome;
    try {
      // Saving over the document's own older-version file still keeps that file's original.
      const keep = sameFile ? doc.pendingOriginalVersion : null;
      outcome = await saveBytes(target, bytes, { keepOriginalOfVersion: keep, retryRename: this.options.retryRename, failureAdvice: SAVE_ADVICE });
    } catch (error) {
      if (lock?.acquired) await this.locks.release(target);
      throw error;
    }
    if (!sameFile) {
      if (doc.path && doc.locked) await this.locks.release(doc.path);
      doc.path = target;
      doc.locked = true;
      doc.readOnly = false;
      doc.readOnlyReason = null;
      doc.newerVersion = false;
    }
    doc.fingerprint = outcome.fingerprint;
    doc.pendingOriginalVersion = null;
    this.markEdited(doc, false);
    await Promise.all([this.remember(doc), this.addRecent(target)]);
    return { docId: doc.docId, displayName: displayNameOf(doc), savedAt: new Date().toISOString() };
  }

  /** Never overwrite a change another program made, unless the user said so after being asked. */
  private async checkDisk(doc: OpenDoc, target: string, overwrite: boolean): Promise<void> {
    const name = displayNameOf(doc);
    const state = doc.fingerprint ? await compareWithDisk(target, doc.fingerprint) : ({ kind: 'missing' } as const);
    if (state.kind === 'same') return;
    if (state.kind === 'missing') {
      // A vanished folder is not a choice to offer: the save cannot succeed, so say why straight away.
      const folderExists = await fs.stat(path.dirname(target)).then((s) => s.isDirectory(), () => false);
      if (!folderExists) throw writeFailed(target, Object.assign(new Error(), { code: 'ENOENT' }), SAVE_ADVICE);
      if (!overwrite) {
        throw new UserFacingError('EXTERNAL_CHANGE', `“${name}” was moved or deleted by another program after Rollcall opened it, so it was not saved yet.`);
      }
      return;
    }
    if (!overwrite) {
      throw new UserFacingError('EXTERNAL_CHANGE', `“${name}” was changed by another program after Rollcall opened or last saved it, so it was not saved yet.`);
    }
  }

  // ---- revert, close, edited, reattach -------------------------------------------------------------------------

  revert(docId: string): Promise<OpenedDocument> {
    return this.exclusive(docId, async () => {
      const doc = this.require(docId);
      if (!doc.path) throw new UserFacingError('NOT_FOUND', 'This production has never been saved, so there is no file to revert to.');
      const read = await readDocumentFile(doc.path);
      const notices = [...read.notices];
      doc.fingerprint = read.fingerprint;
      doc.pendingOriginalVersion = read.migratedFrom;
      doc.newerVersion = read.readOnly;
      if (read.readOnly) {
        doc.readOnly = true;
        doc.readOnlyReason = read.notices[0] ?? null;
      } else if (!doc.locked) {
        // A lock that was held elsewhere when the file was opened may be free by now.
        const reason = this.lockNotice(doc.path, await this.tryLock(doc.path));
        doc.locked = reason === null;
        doc.readOnly = reason !== null;
        doc.readOnlyReason = reason;
        if (reason) notices.push(reason);
      } else {
        doc.readOnly = false;
        doc.readOnlyReason = null;
      }
      this.markEdited(doc, false);
      await this.remember(doc);
      return { docId, displayName: displayNameOf(doc), document: read.document, readOnly: doc.readOnly, notices, hasFile: true };
    });
  }

  close(docId: string): Promise<void> {
    return this.exclusive(docId, async () => {
      const doc = this.docs.get(docId);
      if (!doc) return;
      this.docs.delete(docId);
      if (doc.path && doc.locked) await this.locks.release(doc.path);
      await this.store.remove(docId).catch(() => undefined);
      this.host.setEdited(this.hasUnsavedEdits());
    });
  }

  setEdited(docId: string, edited: boolean): void {
    const doc = this.docs.get(docId);
    if (doc) this.markEdited(doc, edited);
  }

  hasUnsavedEdits(): boolean {
    for (const doc of this.docs.values()) if (doc.edited) return true;
    return false;
  }

  /**
   * Reconnects a docId the renderer recovered from IndexedDB. After a renderer crash main still knows it; after a
   * crash of the whole app it is looked up in the open-documents record, its file's lock is taken again (the old
   * one is stale: its process is gone), and the fingerprint from before the crash is kept for the next save.
   */
  reattach(docId: string): Promise<{ docId: string; displayName: string; readOnly: boolean; hasFile: boolean }> {
    return this.exclusive(docId, async () => {
      let doc = this.docs.get(docId);
      if (!doc) {
        const record = await this.store.get(docId);
        doc = this.register({
          docId,
          path: record?.path ?? null,
          fingerprint: record?.fingerprint ?? null,
          pendingOriginalVersion: record?.pendingOriginalVersion ?? null,
          newerVersion: record?.newerVersion ?? false,
        });
        if (doc.path && doc.newerVersion) {
          doc.readOnly = true;
          doc.readOnlyReason = `“${displayNameOf(doc)}” was written by a newer Rollcall, so it is open read-only.`;
        } else if (doc.path) {
          const reason = this.lockNotice(doc.path, await this.tryLock(doc.path));
          doc.locked = reason === null;
          doc.readOnly = reason !== null;
          doc.readOnlyReason = reason;
        }
        await this.remember(doc);
      }
      return { docId, displayName: displayNameOf(doc), readOnly: doc.readOnly, hasFile: doc.path !== null };
    });
  }

  // ---- recent and pending files --------------------------------------------------------------------------------

  async recentFiles(): Promise<RecentItem[]> {
    return (await this.recents.list()).map(toRecentItem);
  }

  onRecentChanged(listener: () => void): () => void {
    this.recentListeners.add(listener);
    return () => this.recentListeners.delete(listener);
  }

  /** Files from the command line, a file association or a second launch; the caller tells the renderer. */
  addPending(paths: readonly string[]): void {
    for (const p of paths) this.pending.push({ path: p });
  }

  addPendingRecent(recentId: string): void {
    this.pending.push({ recentId });
  }

  /**
   * Opens the waiting files. Rollcall shows one production at a time, so the first that opens is returned and
   * the others are named in its notices; when none opens, the first failure's sentence is thrown.
   */
  async takePending(): Promise<{ documents: OpenedDocument[]; problems: string[] }> {
    const queue = this.pending;
    this.pending = [];
    const problems: string[] = [];
    let opened: OpenedDocument | null = null;
    let firstError: unknown = null;
    for (const item of queue) {
      if (opened) {
        const name = 'path' in item ? path.basename(item.path) : 'a recent file';
        problems.push(`Rollcall shows one production at a time, so “${name}” was not opened; open it once you are done with “${opened.displayName}”.`);
        continue;
      }
      try {
        opened = 'path' in item ? await this.openPath(item.path) : await this.openRecent(item.recentId);
      } catch (error) {
        firstError ??= error;
        problems.push(error instanceof Error ? error.message : String(error));
      }
    }
    if (!opened && firstError) throw firstError;
    if (opened) opened.notices.push(...problems.filter((p) => p.startsWith('Rollcall shows one production')));
    return { documents: opened ? [opened] : [], problems };
  }

  /** Releases every lock, for quitting the app. Unsaved edits stay in the renderer's working copy. */
  async closeAll(): Promise<void> {
    this.docs.clear();
    await this.locks.releaseAll();
  }

  /** Ends this service as a crash would: locks and open-document records stay on disk for the next launch. */
  abandon(): void {
    this.docs.clear();
    this.locks.abandonAll();
  }

  // ---- internals -----------------------------------------------------------------------------------------------

  private register(init: Partial<OpenDoc> & { path: string | null }): OpenDoc {
    const doc: OpenDoc = {
      docId: init.docId ?? randomUUID(),
      path: init.path,
      readOnly: false,
      readOnlyReason: null,
      locked: false,
      fingerprint: init.fingerprint ?? null,
      pendingOriginalVersion: init.pendingOriginalVersion ?? null,
      newerVersion: init.newerVersion ?? false,
      edited: false,
    };
    this.docs.set(doc.docId, doc);
    return doc;
  }

  private require(docId: string): OpenDoc {
    const doc = this.docs.get(docId);
    if (!doc) throw new UserFacingError('NOT_FOUND', 'This production is no longer open in Rollcall; use Save As to save it to a file.');
    return doc;
  }

  /** For opening: a lock that cannot even be attempted (a vanished folder) means read-only, not a failed open. */
  private async tryLock(filePath: string): Promise<LockResult> {
    try {
      return await this.locks.acquire(filePath);
    } catch {
      return { acquired: false, holder: null, reason: 'unwritable' };
    }
  }

  private lockNotice(filePath: string, lock: LockResult): string | null {
    if (lock.acquired) return null;
    const name = path.basename(filePath);
    if (lock.reason === 'unwritable') {
      return `Rollcall cannot write in the folder of “${name}”, so it is open read-only; use Save As to keep your changes in another file.`;
    }
    return `“${name}” is open in Rollcall by ${describeHolder(lock.holder)}, so it is open read-only here; use Save As to keep your changes in another file.`;
  }

  private markEdited(doc: OpenDoc, edited: boolean): void {
    doc.edited = edited;
    this.host.setEdited(this.hasUnsavedEdits());
  }

  /** The open-documents record is a recovery aid: failing to write it must not fail an open or a save. */
  private async remember(doc: OpenDoc): Promise<void> {
    await this.store
      .put({ docId: doc.docId, path: doc.path, fingerprint: doc.fingerprint, pendingOriginalVersion: doc.pendingOriginalVersion, newerVersion: doc.newerVersion })
      .catch(() => undefined);
  }

  private async addRecent(filePath: string): Promise<void> {
    this.host.addRecentDocument(filePath);
    await this.recents.add(filePath).catch(() => undefined);
    this.recentChanged();
  }

  private recentChanged(): void {
    for (const listener of this.recentListeners) listener();
  }

  private exclusive<T>(docId: string, run: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(docId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(run);
    const settled = next.catch(() => undefined);
    this.queues.set(docId, settled);
    void settled.then(() => {
      if (this.queues.get(docId) === settled) this.queues.delete(docId);
    });
    return next;
  }
}
