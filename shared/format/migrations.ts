// Every format version Rollcall has written, each with its own frozen schema and the step that lifts it to the
// next version. A file is validated against the schema of the version it says it is, then migrated step by step
// to the current version, so no migration ever sees data its own version could not have held.
import type { z } from 'zod';
import { FORMAT_VERSION } from '../model/schema';
import type { RollcallDocument } from '../model/types';
import { migrateV1ToV2 } from './migrate-v1-to-v2';
import { V1DocumentSchema, type V1Document } from './versions/v1';
import { V2DocumentSchema } from './versions/v2';

export interface FormatVersion {
  version: number;
  schema: z.ZodType;
  /** Lifts a value valid under `schema` to the next version's shape; absent for the current version. */
  up?: (document: never) => unknown;
}

export const FORMAT_VERSIONS: readonly FormatVersion[] = [
  { version: 1, schema: V1DocumentSchema, up: (d: V1Document) => migrateV1ToV2(d) },
  { version: 2, schema: V2DocumentSchema },
];

export const OLDEST_FORMAT_VERSION = FORMAT_VERSIONS[0].version;

export function formatVersionInfo(version: number): FormatVersion | undefined {
  return FORMAT_VERSIONS.find((v) => v.version === version);
}

/** Migrates a document already valid under its own version's schema to the current version. */
export function migrateToCurrent(document: unknown, fromVersion: number): RollcallDocument {
  let value = document;
  for (let v = fromVersion; v < FORMAT_VERSION; v++) {
    const step = formatVersionInfo(v);
    if (!step?.up) throw new Error(`No migration from format version ${v}.`);
    value = step.up(value as never);
  }
  return value as RollcallDocument;
}
