// Builds everything into out/: renderer (Vite + React), main and preload (esbuild, CommonJS for Electron),
// the `rollcall` CLI, and the test harness's page bridge. `--only=cli` builds just the CLI (bin/rollcall.cjs uses it).
import { build as esbuild } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);

const nodeBundle = (entry, outfile, extra = {}) =>
  esbuild({
    entryPoints: [path.join(root, entry)],
    outfile: path.join(root, outfile),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'warning',
    // playwright-core, exceljs and subset-font stay outside the bundle: they load their own files (wasm, drivers) at run time.
    external: ['electron', 'playwright-core', 'exceljs', 'subset-font', ...(extra.external ?? [])],
    ...extra.options,
  });

const jobs = {
  cli: () => nodeBundle('cli/rollcall.ts', 'out/cli/rollcall.cjs', { options: { banner: { js: '#!/usr/bin/env node' } } }),
  main: () => nodeBundle('electron/main.ts', 'out/main/main.cjs'),
  preload: () =>
    esbuild({
      entryPoints: [path.join(root, 'electron/preload.ts')],
      outfile: path.join(root, 'out/preload/preload.cjs'),
      bundle: true,
      platform: 'node',
      target: 'chrome140',
      format: 'cjs',
      sourcemap: 'inline',
      external: ['electron'],
      logLevel: 'warning',
    }),
  bridge: () =>
    esbuild({
      entryPoints: [path.join(root, 'tests/e2e/page-bridge.ts')],
      outfile: path.join(root, 'out/harness/page-bridge.js'),
      bundle: true,
      platform: 'browser',
      target: 'chrome120',
      format: 'iife',
      logLevel: 'warning',
    }),
  renderer: async () => {
    const { build } = await import('vite');
    await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  },
};

const selected = only ? only.split(',') : Object.keys(jobs);
const started = Date.now();
for (const name of selected) {
  if (!jobs[name]) throw new Error(`Unknown build part ${name}`);
}
await Promise.all(selected.filter((n) => n !== 'renderer').map((n) => jobs[n]()));
if (selected.includes('renderer')) await jobs.renderer();
if (!only) console.log(`built ${selected.join(', ')} in ${Date.now() - started} ms`);
