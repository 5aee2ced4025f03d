// open and save: the document service's own paths, against a real file on disk.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { loadDocumentFile, writeDocumentFile } from '../../../electron/documents/index';
import type { BenchCase } from '../case';
import { time } from '../measure';

/** Read, size-check, decode, JSON-parse, validate with zod, migrate if old, check references. Floor: read + JSON.parse. */
export const openCase: BenchCase = {
  name: 'open',
  targetMs: 300,
  targetSize: 20_000,
  async prepare(n, { fixtures }) {
    const file = await fixtures.file(n);
    return {
      run: () =>
        time(async () => {
          const loaded = await loadDocumentFile(file);
          if (loaded.document.credits.length !== n) throw new Error(`open read ${loaded.document.credits.length} credits, not ${n}`);
        }),
      floor: () => time(async () => JSON.parse((await fs.readFile(file)).toString('utf8'))),
    };
  },
};

/** As `open`, for a production that also keeps 30 named revisions (issue 7: it must still open within 300 ms). */
export const openRevisionsCase: BenchCase = {
  name: 'open-revisions',
  targetMs: 300,
  targetSize: 20_000,
  async prepare(n, { fixtures }) {
    const file = await fixtures.revisionsFile(n);
    return {
      run: () =>
        time(async () => {
          const loaded = await loadDocumentFile(file);
          if (loaded.document.revisions.length !== 30) throw new Error(`open-revisions read ${loaded.document.revisions.length} revisions, not 30`);
        }),
      floor: () => time(async () => JSON.parse((await fs.readFile(file)).toString('utf8'))),
    };
  },
};

/**
 * Validate, canonicalise, indent, encode; take the lock, keep a rotating backup, write a temporary file, fsync,
 * rename, fsync the folder, release the lock. Floor: JSON.stringify (indented, as the file is) + one fs.writeFile.
 */
export const saveCase: BenchCase = {
  name: 'save',
  targetMs: 300,
  targetSize: 20_000,
  async prepare(n, { fixtures, folder }) {
    const document = fixtures.document(n);
    const target = await fixtures.file(n, `Saved ${n}.rollcall`);
    const plain = path.join(folder, `plain-${n}.json`);
    return {
      run: () => time(() => writeDocumentFile(target, document)),
      floor: () => time(() => fs.writeFile(plain, JSON.stringify(document, null, 2))),
    };
  },
};
