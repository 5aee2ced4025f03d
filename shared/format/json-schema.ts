// The JSON Schema of each format version, generated from the zod schemas (z.toJSONSchema) so that it can never
// disagree with what Rollcall reads. scripts/gen-schema.mjs writes them to docs/; a unit test checks that the
// committed files equal what this produces.
import { z } from 'zod';
import { FORMAT_VERSION } from '../model/schema';
import { FORMAT_VERSIONS } from './migrations';

export interface SchemaFile {
  /** Path relative to the repository root. */
  path: string;
  text: string;
}

export function schemaFileName(version: number): string {
  return version === FORMAT_VERSION ? 'docs/rollcall.schema.json' : `docs/rollcall.v${version}.schema.json`;
}

/**
 * A field with a default (added to a version after files of it existed, such as the style's `pairColumns`) may be
 * absent from a file: Rollcall fills it in on reading. zod's output schema lists it as required, which would call
 * every older file of the version invalid, so it is taken out of `required` (its `default` stays documented).
 */
function optionalDefaults(ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  const def = (ctx.zodSchema as { _zod?: { def?: { type?: string; shape?: Record<string, { _zod: { def: { type: string } } }> } } })._zod?.def;
  if (def?.type !== 'object' || !def.shape || !Array.isArray(ctx.jsonSchema.required)) return;
  const shape = def.shape;
  ctx.jsonSchema.required = (ctx.jsonSchema.required as string[]).filter((key) => !['default', 'catch'].includes(shape[key]?._zod.def.type ?? ''));
}

export function rollcallJsonSchema(version: number = FORMAT_VERSION): Record<string, unknown> {
  const info = FORMAT_VERSIONS.find((v) => v.version === version);
  if (!info) throw new Error(`No format version ${version}.`);
  const generated = z.toJSONSchema(info.schema, { target: 'draft-2020-12', unrepresentable: 'any', override: optionalDefaults }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: `https://rollcall.app/schema/rollcall.v${version}.schema.json`,
    title: `Rollcall production, format version ${version}`,
    description:
      version === FORMAT_VERSION
        ? 'A .rollcall file: one UTF-8 JSON object. Generated from the zod schemas in shared/model/schema.ts; see docs/file-format.md.'
        : `An older .rollcall file (format version ${version}); Rollcall migrates it on opening. See docs/file-format.md.`,
    ...rest,
  };
}

export function jsonSchemaFiles(): SchemaFile[] {
  return FORMAT_VERSIONS.map((v) => ({ path: schemaFileName(v.version), text: `${JSON.stringify(rollcallJsonSchema(v.version), null, 2)}\n` }));
}
