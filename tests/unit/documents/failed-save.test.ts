// A save that cannot happen (a read-only folder, a folder that was removed) fails with a sentence saying why,
// leaves the file on disk as it was, and keeps the document open so that it can still be saved elsewhere.
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocumentService } from '../../../electron/documents/document-service';
import { serialiseDocument } from '../../../shared/format/serialise';
import { smallDocument, writeDocument } from './fixtures';
import { makeFolderReadOnly, ScriptedHost, tempFolder } from './test-host';

let root: string;
let cleanup: () => Promise<void>;
let host: ScriptedHost;
let service: DocumentService;

beforeEach(async () => {
  ({ dir: root, cleanup } = await tempFolder('rollcall-failed-save-'));
  host = new ScriptedHost(path.join(root, 'user-data'));
  service = new DocumentService(host);
});

afterEach(async () => {
  await service.closeAll();
  await cleanup();
});

describe('a save that fails', () => {
  it('in a folder that became read-only: says so, leaves the file alone, and Save As elsewhere still works', async () => {
    const folder = path.join(root, 'project');
    await mkdir(folder);
    const file = await writeDocument(folder, 'Night Ferry.rollcall', smallDocument('Original'));
    const before = await readFile(file, 'utf8');
    const opened = await service.openPath(file);
    opened.document.production.title = 'Edited';
    service.setEdited(opened.docId, true);

    const undo = await makeFolderReadOnly(folder);
    try {
      await expect(service.save(opened.docId, opened.document, false)).rejects.toMatchObject({
        code: 'WRITE_FAILED',
        message: expect.stringMatching(/^“Night Ferry\.rollcall” was not saved because Rollcall is not allowed to write in the folder .*use Save As.*\.$/),
      });
      expect(await readFile(file, 'utf8')).toBe(before);
      expect(host.edited).toBe(true);

      host.saveAnswers.push(path.join(root, 'elsewhere.rollcall'));
      await service.saveAs(opened.docId, opened.document);
      expect(await readFile(path.join(root, 'elsewhere.rollcall'), 'utf8')).toBe(serialiseDocument(opened.document));
      expect(host.edited).toBe(false);
    } finally {
      await undo();
    }
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('when the folder was removed: says the folder does not exist and keeps the document open', async () => {
    const folder = path.join(root, 'usb-stick');
    await mkdir(folder);
    const file = await writeDocument(folder, 'Roll.rollcall', smallDocument());
    const opened = await service.openPath(file);
    await rm(folder, { recursive: true, force: true });

    for (const overwrite of [false, true]) {
      await expect(service.save(opened.docId, opened.document, overwrite)).rejects.toMatchObject({
        code: 'WRITE_FAILED',
        message: expect.stringContaining('does not exist'),
      });
    }
    await mkdir(folder);
    await service.save(opened.docId, opened.document, true);
    expect(await readFile(file, 'utf8')).toBe(serialiseDocument(opened.document));
  });

  it('refuses to write an invalid document and leaves the file alone', async () => {
    const file = await writeDocument(root, 'v.rollcall', smallDocument());
    const before = await readFile(file, 'utf8');
    const opened = await service.openPath(file);
    const broken = structuredClone(opened.document);
    (broken.credits[0] as { status: string }).status = 'greenlit';
    await expect(service.save(opened.docId, broken, false)).rejects.toMatchObject({
      code: 'INVALID_DOCUMENT',
      message: expect.stringContaining('credits[0].status'),
    });
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('opens a file in a read-only folder read-only, since no lock can be taken there', async () => {
    const folder = path.join(root, 'archive');
    await mkdir(folder);
    const file = await writeDocument(folder, 'Archived.rollcall', smallDocument());
    const undo = await makeFolderReadOnly(folder);
    try {
      const opened = await service.openPath(file);
      expect(opened.readOnly).toBe(true);
      expect(opened.notices.join(' ')).toContain('cannot write in the folder');
    } finally {
      await undo();
    }
  });
});
