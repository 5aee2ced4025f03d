// Reading a file from disk: a missing file, a folder, a file over the size limit, and the files of other versions,
// each with its sentence; the bytes are never changed.
import { mkdir, open, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDocumentFile, MAX_DOCUMENT_BYTES, readDocumentFile } from '../../../electron/documents/load';
import { atomicWriteFile } from '../../../electron/documents/atomic-write';
import { copyFixture, smallDocument, writeDocument } from './fixtures';
import { tempFolder } from './test-host';

let dir: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder('rollcall-load-'));
});
afterEach(async () => cleanup());

describe('loadDocumentFile', () => {
  it('loads a valid file with no notices', async () => {
    const doc = smallDocument('Loaded');
    const file = await writeDocument(dir, 'ok.rollcall', doc);
    expect(await loadDocumentFile(file)).toEqual({ document: doc, readOnly: false, notices: [], migratedFrom: null });
  });

  it('says when the file is not there', async () => {
    await expect(loadDocumentFile(path.join(dir, 'gone.rollcall'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `“gone.rollcall” was not found in “${dir}”.`,
    });
  });

  it('says when the path is a folder', async () => {
    await mkdir(path.join(dir, 'folder.rollcall'));
    await expect(loadDocumentFile(path.join(dir, 'folder.rollcall'))).rejects.toMatchObject({ code: 'UNREADABLE', message: expect.stringContaining('is a folder') });
  });

  it('refuses a file over 200 MB without reading it', async () => {
    const file = path.join(dir, 'huge.rollcall');
    const handle = await open(file, 'w');
    await handle.truncate(MAX_DOCUMENT_BYTES + 1); // sparse: no 200 MB written to the disk
    await handle.close();
    await expect(loadDocumentFile(file)).rejects.toMatchObject({
      code: 'UNREADABLE',
      message: '“huge.rollcall” is 200 MB, larger than the 200 MB Rollcall can open, so it is probably not a production file.',
    });
    expect((await stat(file)).size).toBe(MAX_DOCUMENT_BYTES + 1);
  });

  it('migrates a version 1 file in memory and says where its original will be kept', async () => {
    const file = await copyFixture(dir, 'v1-short-film.rollcall', 'Old.rollcall');
    const before = await readFile(file);
    const loaded = await loadDocumentFile(file);
    expect(loaded.migratedFrom).toBe(1);
    expect(loaded.notices).toEqual([
      '“Old.rollcall” was written by an older Rollcall (format version 1) and has been updated to format version 2; the file changes only when you save, and then its original is kept as “Old.format-v1-original.rollcall” in the “.rollcall-backups” folder next to it.',
    ]);
    expect(await readFile(file)).toEqual(before);
  });

  it('opens a newer file read-only and reports broken references as a notice', async () => {
    expect((await loadDocumentFile(await copyFixture(dir, 'v3-newer-readable.rollcall'))).readOnly).toBe(true);
    const broken = await loadDocumentFile(await copyFixture(dir, 'broken-references.rollcall'));
    expect(broken.notices[0]).toMatch(/refers to records that are not in it \(credits\[0\]\.subject\.personId: .* and 1 more\)/);
  });

  it('fingerprints what it read only when asked', async () => {
    const file = await writeDocument(dir, 'f.rollcall', smallDocument());
    expect((await readDocumentFile(file)).fingerprint).toMatchObject({ size: (await stat(file)).size, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await readDocumentFile(file, { fingerprint: false })).fingerprint).toBeNull();
  });
});

describe('atomicWriteFile', () => {
  it('replaces the file whole, keeps its permissions and leaves no temporary file', async () => {
    const file = path.join(dir, 'p.rollcall');
    await writeFile(file, 'old', { mode: 0o600 });
    await atomicWriteFile(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(dir)).toEqual(['p.rollcall']);
  });

  it('fails with the system error and removes its temporary file when the target cannot be replaced', async () => {
    const target = path.join(dir, 'is-a-folder');
    await mkdir(path.join(target, 'inside'), { recursive: true });
    await expect(atomicWriteFile(target, 'x', { retryRename: true })).rejects.toMatchObject({ code: expect.stringMatching(/EISDIR|ENOTEMPTY|EEXIST/) });
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(dir)).toEqual(['is-a-folder']);
  });
});
