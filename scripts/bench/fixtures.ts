// The synthetic data every case measures, made once per size and shared: the production, its .rollcall file, a
// crew-list CSV, a second version for the comparison. Deterministic (fixed seeds), so two runs measure the same bytes.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { serialiseDocumentBytes } from '../../shared/format/serialise';
import { syntheticCrewListCsv } from '../../shared/import/synthetic-crew-list';
import type { RollcallDocument } from '../../shared/model/types';
import { syntheticProduction } from '../../shared/testing/synthetic';
import { diffBenchmarkPair, syntheticProductionWithRevisions } from '../../shared/testing/synthetic-edits';

export class Fixtures {
  private readonly cache = new Map<string, unknown>();

  constructor(readonly folder: string) {}

  private once<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key) as T;
  }

  /** The production of `n` credits (seed 1): realistic departments, names in many scripts, justified producers. */
  document(n: number): RollcallDocument {
    return this.once(`document:${n}`, () => syntheticProduction({ credits: n, seed: 1 }));
  }

  /** The production's bytes as Rollcall writes them (canonical, indented JSON). */
  bytes(n: number): Uint8Array {
    return this.once(`bytes:${n}`, () => serialiseDocumentBytes(this.document(n)));
  }

  /** A .rollcall file of the production in the benchmark's temporary folder. */
  async file(n: number, name = `Night Train ${n}.rollcall`): Promise<string> {
    const target = path.join(this.folder, name);
    await fs.writeFile(target, this.bytes(n));
    return target;
  }

  /** A .rollcall file of the production with 30 named revisions, 100 edits apart (issue 7's open target). */
  async revisionsFile(n: number): Promise<string> {
    const bytes = this.once(`revisions-bytes:${n}`, () => serialiseDocumentBytes(this.withRevisions(n)));
    const target = path.join(this.folder, `Night Train ${n} with revisions.rollcall`);
    await fs.writeFile(target, bytes);
    return target;
  }

  /** The production with 30 named revisions, 100 edits apart, as a file read from disk would give it. */
  withRevisions(n: number): RollcallDocument {
    return this.once(`revisions:${n}`, () => JSON.parse(JSON.stringify(syntheticProductionWithRevisions({ credits: n, revisions: 30, changesPerRevision: 100, seed: 1 }))) as RollcallDocument);
  }

  /** A crew list of `n` rows as CSV bytes (names in many scripts, quoted cells, justifications on producing rows). */
  csv(n: number): Uint8Array {
    return this.once(`csv:${n}`, () => new TextEncoder().encode(syntheticCrewListCsv(n, 1)));
  }

  /** Two versions of the production 500 edits apart (added, removed, respelled, retitled, re-billed, re-justified). */
  diffPair(n: number, separateImports = false): { before: RollcallDocument; after: RollcallDocument } {
    return this.once(`diff:${n}:${separateImports}`, () => diffBenchmarkPair({ credits: n, seed: 1, changes: Math.max(10, Math.round(n / 40)), separateImports }));
  }

  /** Drops a size's data once its cases are done, so 100,000 credits do not sit beside 20,000. */
  release(n: number): void {
    for (const key of [...this.cache.keys()]) if (key.endsWith(`:${n}`) || key.includes(`:${n}:`)) this.cache.delete(key);
  }
}
