// Browser entry of the dexie-load case, bundled by scripts/bench.mjs into out/bench/dexie-page.js: the renderer's
// own WorkingCopyDb and loadIntoWorkingCopy, and a floor that writes the same chunk records into a raw IndexedDB
// database with exactly the stores and indexes Dexie declares, in one transaction, without Dexie.
import { CHUNK_CAPACITY, db, RECORD_TABLES } from '../../renderer/src/db/database';
import { discardWorkingCopy, loadIntoWorkingCopy } from '../../renderer/src/db/working-copy';
import type { RollcallDocument } from '../../shared/model/types';

let document: RollcallDocument | null = null;
let runs = 0;
let floorDb: Promise<IDBDatabase> | null = null;

function opened(docId: string) {
  return { docId, displayName: 'Night Train.rollcall', document: document!, readOnly: false, notices: [], hasFile: true };
}

const done = (request: IDBRequest | IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    if (request instanceof IDBTransaction) {
      request.oncomplete = () => resolve();
      request.onerror = request.onabort = () => reject(request.error);
    } else {
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    }
  });

/** A raw database declared from Dexie's own schema, so the floor maintains the same keys and indexes. */
function openFloorDb(): Promise<IDBDatabase> {
  floorDb ??= new Promise((resolve, reject) => {
    const request = indexedDB.open('bench-floor', 1);
    request.onupgradeneeded = () => {
      for (const table of db.tables) {
        const store = request.result.createObjectStore(table.name, { keyPath: table.schema.primKey.keyPath as string | string[] });
        for (const index of table.schema.indexes) store.createIndex(index.name, index.keyPath as string | string[], { unique: !!index.unique, multiEntry: !!index.multi });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return floorDb;
}

const api = {
  /** The document's bytes arrive in pieces (the DevTools pipe limits one response to 100 MB). */
  async loadDocument(urls: string[]): Promise<number> {
    const parts = await Promise.all(urls.map(async (url) => new Uint8Array(await (await fetch(url)).arrayBuffer())));
    const bytes = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
    let at = 0;
    for (const part of parts) {
      bytes.set(part, at);
      at += part.length;
    }
    document = JSON.parse(new TextDecoder().decode(bytes)) as RollcallDocument;
    await db.open();
    await openFloorDb();
    return document.credits.length;
  },

  /** One load of the document under a new docId, timed; the rows are removed afterwards, untimed. */
  async timeLoad(): Promise<number> {
    const docId = `bench-${++runs}`;
    const started = performance.now();
    await loadIntoWorkingCopy(opened(docId));
    const ms = performance.now() - started;
    const chunks = await db.chunks.where('[docId+table+n]').between([docId, 'credits', -Infinity], [docId, 'credits', Infinity]).toArray();
    const stored = chunks.reduce((sum, c) => sum + c.rows.length, 0);
    if (stored !== document!.credits.length) throw new Error(`dexie-load stored ${stored} of ${document!.credits.length} credits`);
    await discardWorkingCopy(docId);
    return ms;
  },

  /** The same chunk records added to the raw database in one transaction, timed; cleared afterwards. */
  async timeFloor(): Promise<number> {
    const raw = await openFloorDb();
    const docId = `bench-${++runs}`;
    const stores = [...raw.objectStoreNames];
    const started = performance.now();
    const tx = raw.transaction(stores, 'readwrite');
    const store = tx.objectStore('chunks');
    for (const table of RECORD_TABLES) {
      const rows = document![table] as { id: string }[];
      const capacity = CHUNK_CAPACITY[table];
      for (let at = 0, n = 0; at < rows.length; at += capacity, n++) store.add({ docId, table, n, rows: rows.slice(at, at + capacity) });
    }
    tx.objectStore('sessions').put({ docId, production: document!.production, style: document!.style });
    await done(tx);
    const ms = performance.now() - started;
    const clear = raw.transaction(stores, 'readwrite');
    for (const name of stores) clear.objectStore(name).clear();
    await done(clear);
    return ms;
  },
};

(globalThis as unknown as { benchDexie: typeof api }).benchDexie = api;
