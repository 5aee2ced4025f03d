// The committed JSON schemas in docs/ are exactly what the zod schemas generate (run node scripts/gen-schema.mjs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../../shared/format/json-schema';

const root = path.resolve(__dirname, '../../..');

describe('docs/rollcall.schema.json', () => {
  const files = jsonSchemaFiles();

  it('covers the current version and version 1', () => {
    expect(files.map((f) => f.path)).toEqual(['docs/rollcall.v1.schema.json', 'docs/rollcall.schema.json']);
  });

  for (const file of files) {
    it(`${file.path} equals what the zod schemas generate`, () => {
      expect(readFileSync(path.join(root, file.path), 'utf8')).toBe(file.text);
    });
  }

  it('requires the format marker and every top-level collection', () => {
    const schema = JSON.parse(files[1].text);
    expect(schema.properties.format).toMatchObject({ const: 'rollcall' });
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'formatVersion', 'production', 'people', 'companies', 'credits']));
  });
});
