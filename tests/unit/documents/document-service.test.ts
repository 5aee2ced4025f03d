// The document service against real files in temporary folders: new, open, save, save as, revert, close, recent
// files, pending files, reattach after a crash, and the ways a save can be refused or fail.
import { readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocumentService } from '../../../electron/documents/document-service';
import { keepRotatingBackup } from '../../../electron/documents/backups';
import { lockPathFor, readLock } from '../../../electron/documents/lock';
import { serialiseDocument } from '../../../shared/format/serialise';
import { createPerson } from '../../../shared/model/create';
import { copyFixture, FIXTURES, smallDocument, writeDocument } from './fixtures';
import { ScriptedHost, tempFolder } from './test-host';

let dir: string;
let cleanup: () => Promise<void>;
let host: ScriptedHost;
let service: DocumentService;

beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder());
  host = new ScriptedHost(path.join(dir, 'user-data'));
  service = new DocumentService(host);
});

afterEach(async () => {
  await service.closeAll();
  await cleanup();
});

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

describe('new, open, save, close', () => {
  it('creates an untitled production, saves it through Save As and reopens the same data', async () => {
    const created = await service.newDocument({ title: 'Night Ferry', kind: 'documentary', year: 2027 });
    expect(created).toMatchObject({ displayName: 'Untitled', hasFile: false, readOnly: false });
    expect(created.document.production.title).toBe('Night Ferry');

    const doc = created.document;
    doc.people.push(createPerson({ name: 'Ana Lima' }));
    host.saveAnswers.push(path.join(dir, 'Night Ferry'));
    const saved = await service.save(created.docId, doc, false);
    expect(saved.displayName).toBe('Night Ferry.rollcall');
    expect(host.saveDialogs[0].defaultName).toBe('Night Ferry.rollcall');
    await service.close(created.docId);

    host.openAnswers.push(path.join(dir, 'Night Ferry.rollcall'));
    const reopened = await service.openWithDialog();
    expect(reopened.document).toEqual(doc);
    expect(reopened).toMatchObject({ hasFile: true, readOnly: false, notices: [] });
  });

  it('writes exactly the serialised document and takes the lock while open', async () => {
    const file = await writeDocument(dir, 'a.rollcall', smallDocument());
    const opened = await service.openPath(file);
    const lock = await readLock(file);
    expect(lock).toMatchObject({ pid: process.pid, user: 'Test Producer' });

    opened.document.production.title = 'Renamed';
    await service.save(opened.docId, opened.document, false);
    expect(await readFile(file, 'utf8')).toBe(serialiseDocument(opened.document));

    await service.close(opened.docId);
    expect(await exists(lockPathFor(file))).toBe(false);
  });

  it('answers CANCELLED when the open dialog is dismissed', async () => {
    host.openAnswers.push(null);
    await expect(service.openWithDialog()).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('keeps the last five saves as backups, newest holding the previous version', async () => {
    const file = await writeDocument(dir, 'b.rollcall', smallDocument());
    const opened = await service.openPath(file);
    let previous = await readFile(file, 'utf8');
    for (let i = 1; i <= 7; i++) {
      opened.document.production.title = `Version ${i}`;
      await service.save(opened.docId, opened.document, false);
      const backups = (await readdir(path.join(dir, '.rollcall-backups'))).sort();
      expect(backups.length).toBe(Math.min(i, 5));
      expect(await readFile(path.join(dir, '.rollcall-backups', backups[backups.length - 1]), 'utf8')).toBe(previous);
      previous = await readFile(file, 'utf8');
    }
  });

  it('makes room before it keeps a backup, so a save killed between the two never leaves six', async () => {
    const file = await writeDocument(dir, 'c.rollcall', smallDocument());
    for (let i = 0; i < 5; i++) await keepRotatingBackup(file, new Date(Date.UTC(2026, 0, 1, 0, 0, i)));
    expect(await readdir(path.join(dir, '.rollcall-backups'))).toHaveLength(5);
    // With the production gone there is nothing to copy: what is left shows what happened before the copy.
    await rm(file);
    expect(await keepRotatingBackup(file)).toBeNull();
    const left = (await readdir(path.join(dir, '.rollcall-backups'))).sort();
    expect(left).toHaveLength(4);
    expect(left[0]).toContain('20260101T000001000Z');
  });

  it('Save As moves the document to the new file and leaves the old one as it was', async () => {
    const file = await writeDocument(dir, 'old.rollcall', smallDocument());
    const before = await readFile(file, 'utf8');
    const opened = await service.openPath(file);
    opened.document.production.title = 'Moved';
    host.saveAnswers.push(path.join(dir, 'new.rollcall'));
    const result = await service.saveAs(opened.docId, opened.document);
    expect(result.displayName).toBe('new.rollcall');
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(await exists(lockPathFor(file))).toBe(false);
    expect((await readLock(path.join(dir, 'new.rollcall')))?.pid).toBe(process.pid);

    opened.document.production.title = 'Moved again';
    await service.save(opened.docId, opened.document, false);
    expect(JSON.parse(await readFile(path.join(dir, 'new.rollcall'), 'utf8')).production.title).toBe('Moved again');
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('Save As answers CANCELLED and changes nothing when the dialog is dismissed', async () => {
    const file = await writeDocument(dir, 'c.rollcall', smallDocument());
    const opened = await service.openPath(file);
    host.saveAnswers.push(null);
    await expect(service.saveAs(opened.docId, opened.document)).rejects.toMatchObject({ code: 'CANCELLED' });
    expect((await readLock(file))?.pid).toBe(process.pid);
  });

  it('reverts to the file on disk', async () => {
    const original = smallDocument('On Disk');
    const file = await writeDocument(dir, 'd.rollcall', original);
    const opened = await service.openPath(file);
    service.setEdited(opened.docId, true);
    expect(host.edited).toBe(true);
    const reverted = await service.revert(opened.docId);
    expect(reverted.docId).toBe(opened.docId);
    expect(reverted.document).toEqual(original);
    expect(host.edited).toBe(false);
  });

  it('refuses to revert a production that has never been saved', async () => {
    const created = await service.newDocument({ title: 'Fresh', kind: 'short', year: null });
    await expect(service.revert(created.docId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('runs two saves of one document one after the other', async () => {
    const file = await writeDocument(dir, 'e.rollcall', smallDocument());
    const opened = await service.openPath(file);
    const a = structuredClone(opened.document);
    const b = structuredClone(opened.document);
    a.production.title = 'A';
    b.production.title = 'B';
    await Promise.all([service.save(opened.docId, a, false), service.save(opened.docId, b, false)]);
    expect(await readFile(file, 'utf8')).toBe(serialiseDocument(b));
  });
});

describe('recent and pending files', () => {
  it('lists recent files by id, opens them by id, and drops one that is gone', async () => {
    const one = await writeDocument(dir, 'one.rollcall', smallDocument('One'));
    const two = await writeDocument(dir, 'two.rollcall', smallDocument('Two'));
    await service.close((await service.openPath(one)).docId);
    await service.close((await service.openPath(two)).docId);

    const items = await service.recentFiles();
    expect(items.map((i) => i.displayName)).toEqual(['two.rollcall', 'one.rollcall']);
    expect(Object.keys(items[0]).sort()).toEqual(['displayName', 'folder', 'id', 'openedAt']);
    expect(host.recentDocuments).toContain(one);
    const stored = JSON.parse(await readFile(path.join(host.userDataDir, 'recent-files.json'), 'utf8'));
    expect(stored.items).toHaveLength(2);

    const reopened = await service.openRecent(items[1].id);
    expect(reopened.document.production.title).toBe('One');
    await service.close(reopened.docId);

    await rm(two);
    await expect(service.openRecent(items[0].id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await service.recentFiles()).map((i) => i.displayName)).toEqual(['one.rollcall']);
  });

  it('treats a damaged recent list as empty and rewrites it', async () => {
    const damagedHost = new ScriptedHost(path.join(dir, 'ud2'));
    await writeDocument(dir, 'x.rollcall', smallDocument());
    const { mkdir } = await import('node:fs/promises');
    await mkdir(damagedHost.userDataDir, { recursive: true });
    await writeFile(path.join(damagedHost.userDataDir, 'recent-files.json'), '{"items": [tru');
    const other = new DocumentService(damagedHost);
    expect(await other.recentFiles()).toEqual([]);
    await other.close((await other.openPath(path.join(dir, 'x.rollcall'))).docId);
    expect((await other.recentFiles()).map((i) => i.displayName)).toEqual(['x.rollcall']);
  });

  it('opens the first pending file and names the others in its notices', async () => {
    const a = await writeDocument(dir, 'a.rollcall', smallDocument('A'));
    const b = await writeDocument(dir, 'b.rollcall', smallDocument('B'));
    service.addPending([a, b]);
    const taken = await service.takePending();
    expect(taken.documents.map((d) => d.document.production.title)).toEqual(['A']);
    expect(taken.documents[0].notices.join(' ')).toContain('“b.rollcall” was not opened');
    expect((await service.takePending()).documents).toEqual([]);
  });

  it('skips a pending file that cannot be opened, and throws its sentence when none opens', async () => {
    const good = await writeDocument(dir, 'good.rollcall', smallDocument('Good'));
    await writeFile(path.join(dir, 'bad.rollcall'), '<html><body>nope</body></html>');
    service.addPending([path.join(dir, 'bad.rollcall'), good]);
    const taken = await service.takePending();
    expect(taken.documents[0].document.production.title).toBe('Good');
    expect(taken.problems[0]).toMatch(/“bad\.rollcall” is a web page/);

    service.addPending([path.join(dir, 'missing.rollcall')]);
    await expect(service.takePending()).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('opens a recent file handed over as pending', async () => {
    const a = await writeDocument(dir, 'a.rollcall', smallDocument('From Menu'));
    await service.close((await service.openPath(a)).docId);
    service.addPendingRecent((await service.recentFiles())[0].id);
    expect((await service.takePending()).documents[0].document.production.title).toBe('From Menu');
  });
});

describe('older and newer format versions', () => {
  it('opens a version 1 file, says where its original will be kept, and keeps it at the first save only', async () => {
    const file = await copyFixture(dir, 'v1-short-film.rollcall', 'Quiet Harbour.rollcall');
    const original = await readFile(file);
    const opened = await service.openPath(file);
    expect(opened.readOnly).toBe(false);
    expect(opened.notices.join(' ')).toContain('“Quiet Harbour.format-v1-original.rollcall”');
    expect(await readFile(file)).toEqual(original);

    await service.save(opened.docId, opened.document, false);
    const kept = path.join(dir, '.rollcall-backups', 'Quiet Harbour.format-v1-original.rollcall');
    expect(await readFile(kept)).toEqual(original);
    expect(JSON.parse(await readFile(file, 'utf8')).formatVersion).toBe(2);

    await service.save(opened.docId, opened.document, false);
    const names = await readdir(path.join(dir, '.rollcall-backups'));
    expect(names.filter((n) => n.includes('original'))).toHaveLength(1);
  });

  it('opens a file from a newer version read-only, without a lock, and refuses to save over it', async () => {
    const file = await copyFixture(dir, 'v3-newer-readable.rollcall');
    const before = await readFile(file);
    const opened = await service.openPath(file);
    expect(opened.readOnly).toBe(true);
    expect(opened.notices[0]).toMatch(/newer Rollcall \(format version 3\).*read-only/);
    expect(await readLock(file)).toBeNull();
    await expect(service.save(opened.docId, opened.document, true)).rejects.toMatchObject({ code: 'READ_ONLY' });
    expect(await readFile(file)).toEqual(before);
  });

  it('refuses a newer file it cannot read at all with a sentence', async () => {
    const file = await copyFixture(dir, 'v3-newer-unreadable.rollcall');
    await expect(service.openPath(file)).rejects.toMatchObject({ code: 'NEWER_VERSION', message: expect.stringMatching(/update Rollcall/) });
  });
});

describe('external changes', () => {
  it('refuses to overwrite a change made by another program until told to', async () => {
    const file = await writeDocument(dir, 'f.rollcall', smallDocument('Mine'));
    const opened = await service.openPath(file);
    const theirs = serialiseDocument(smallDocument('Theirs'));
    await writeFile(file, theirs);

    opened.document.production.title = 'Mine, edited';
    await expect(service.save(opened.docId, opened.document, false)).rejects.toMatchObject({
      code: 'EXTERNAL_CHANGE',
      message: expect.stringContaining('changed by another program'),
    });
    expect(await readFile(file, 'utf8')).toBe(theirs);

    await service.save(opened.docId, opened.document, true);
    expect(JSON.parse(await readFile(file, 'utf8')).production.title).toBe('Mine, edited');
    // The overwritten version is in the backups.
    const backups = await readdir(path.join(dir, '.rollcall-backups'));
    const contents = await Promise.all(backups.map((b) => readFile(path.join(dir, '.rollcall-backups', b), 'utf8')));
    expect(contents).toContain(theirs);
  });

  it('catches a same-size change and ignores a touch that leaves the bytes alone', async () => {
    const file = await writeDocument(dir, 'g.rollcall', smallDocument('AAAA'));
    const opened = await service.openPath(file);
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    await service.save(opened.docId, opened.document, false);

    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('"AAAA"', '"BBBB"'));
    await expect(service.save(opened.docId, opened.document, false)).rejects.toMatchObject({ code: 'EXTERNAL_CHANGE' });
  });

  it('says so when the file was deleted, and recreates it when told to', async () => {
    const file = await writeDocument(dir, 'h.rollcall', smallDocument());
    const opened = await service.openPath(file);
    await rm(file);
    await expect(service.save(opened.docId, opened.document, false)).rejects.toMatchObject({
      code: 'EXTERNAL_CHANGE',
      message: expect.stringContaining('moved or deleted'),
    });
    await service.save(opened.docId, opened.document, true);
    expect(await readFile(file, 'utf8')).toBe(serialiseDocument(opened.document));
  });
});

describe('two documents on one file', () => {
  it('a second service (another window or instance) opens the file read-only and names the holder', async () => {
    const file = await writeDocument(dir, 'i.rollcall', smallDocument());
    await service.openPath(file);
    const secondHost = new ScriptedHost(path.join(dir, 'second-user-data'));
    const second = new DocumentService(secondHost);
    const opened = await second.openPath(file);
    expect(opened.readOnly).toBe(true);
    expect(opened.notices.join(' ')).toMatch(/open in Rollcall by Test Producer on this computer \(process \d+/);
    await expect(second.save(opened.docId, opened.document, false)).rejects.toMatchObject({ code: 'READ_ONLY' });

    secondHost.saveAnswers.push(path.join(dir, 'copy.rollcall'));
    await second.saveAs(opened.docId, opened.document);
    const reopened = await second.reattach(opened.docId);
    expect(reopened).toMatchObject({ readOnly: false, displayName: 'copy.rollcall' });
    await second.closeAll();
  });

  it('the same service opening one file twice shares the lock until both close', async () => {
    const file = await writeDocument(dir, 'j.rollcall', smallDocument());
    const a = await service.openPath(file);
    const b = await service.openPath(file);
    expect(b.readOnly).toBe(false);
    await service.close(a.docId);
    expect(await exists(lockPathFor(file))).toBe(true);
    await service.save(b.docId, b.document, false);
    await service.close(b.docId);
    expect(await exists(lockPathFor(file))).toBe(false);
  });
});

describe('reattach after a crash', () => {
  it('reconnects a docId from the open-documents record and still catches changes made while Rollcall was down', async () => {
    const file = await writeDocument(dir, 'k.rollcall', smallDocument('Before Crash'));
    const opened = await service.openPath(file);
    // The crashed app's lock names a process that is gone.
    const crash = async () => {
      const lock = JSON.parse(await readFile(lockPathFor(file), 'utf8'));
      await writeFile(lockPathFor(file), JSON.stringify({ ...lock, pid: 2 ** 22 + 17, token: 'crashed' }));
    };
    await crash();

    const restarted = new DocumentService(host);
    const attached = await restarted.reattach(opened.docId);
    expect(attached).toEqual({ docId: opened.docId, displayName: 'k.rollcall', readOnly: false, hasFile: true });
    expect((await readLock(file))?.token).not.toBe('crashed');
    await restarted.save(opened.docId, opened.document, false);

    await crash();
    await writeFile(file, serialiseDocument(smallDocument('Changed While Down')));
    const again = new DocumentService(host);
    await again.reattach(opened.docId);
    await expect(again.save(opened.docId, opened.document, false)).rejects.toMatchObject({ code: 'EXTERNAL_CHANGE' });
    await restarted.closeAll();
    await again.closeAll();
  });

  it('reattaches an unknown docId as an untitled production', async () => {
    expect(await service.reattach('never-seen')).toEqual({ docId: 'never-seen', displayName: 'Untitled', readOnly: false, hasFile: false });
  });

  it('answers NOT_FOUND for a docId that is not open', async () => {
    await expect(service.save('nope', smallDocument(), false)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('fixtures', () => {
  it('opens the committed version 2 fixture unchanged', async () => {
    const file = await copyFixture(dir, 'v2-short-film.rollcall');
    const opened = await service.openPath(file);
    expect(serialiseDocument(opened.document)).toBe(await readFile(path.join(FIXTURES, 'v2-short-film.rollcall'), 'utf8'));
  });
});
