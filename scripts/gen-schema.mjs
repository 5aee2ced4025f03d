// Writes docs/rollcall.schema.json (and one file per older format version) from the zod schemas.
// `node scripts/gen-schema.mjs --check` writes nothing and exits 1 when a committed file is out of date.
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

// The schemas are TypeScript; bundle the generator to a temporary module and import it.
const dir = await mkdtemp(path.join(os.tmpdir(), 'rollcall-schema-'));
const outfile = path.join(dir, 'json-schema.mjs');
try {
  await build({
    entryPoints: [path.join(root, 'shared/format/json-schema.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
  });
  const { jsonSchemaFiles } = await import(pathToFileURL(outfile).href);
  let stale = 0;
  for (const file of jsonSchemaFiles()) {
    const target = path.join(root, file.path);
    const current = await readFile(target, 'utf8').catch(() => null);
    if (current === file.text) continue;
    if (check) {
      console.error(`${file.path} is out of date: run node scripts/gen-schema.mjs`);
      stale++;
    } else {
      await writeFile(target, file.text);
      console.log(`wrote ${file.path}`);
    }
  }
  process.exitCode = stale ? 1 : 0;
} finally {
  await rm(dir, { recursive: true, force: true });
}
