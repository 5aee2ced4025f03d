// `npm run bench`: bundles the TypeScript benchmark (scripts/bench/) with esbuild into out/bench/, builds the app
// first when the ui cases need it and it is missing, then runs the benchmark with node, passing every flag through.
// See docs/performance.md. Exits 1 only when a case throws; timings never fail a run.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'out/bench');
const args = process.argv.slice(2);

// Only the ui cases need the built app; `--only=open,save` runs without it.
const only = args.flatMap((a, i) => (a.startsWith('--only=') ? [a.slice(7)] : a === '--only' ? [args[i + 1] ?? ''] : [])).join(',');
const needsApp = !only || /(^|,)\s*ui-/.test(only);

if (needsApp && (!existsSync(path.join(root, 'out/renderer/index.html')) || !existsSync(path.join(root, 'out/harness/page-bridge.js')))) {
  console.error('The app is not built yet (the ui cases need it): building it first.');
  const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

await Promise.all([
  build({
    entryPoints: [path.join(root, 'scripts/bench/main.ts')],
    outfile: path.join(outDir, 'bench.mjs'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: true,
    logLevel: 'warning',
    // As in scripts/build.mjs: playwright-core and exceljs load their own files at run time; subset-font its wasm.
    external: ['electron', 'playwright-core', 'exceljs', 'subset-font'],
    // CommonJS packages inside an ES module bundle still call require().
    banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
  }),
  build({
    entryPoints: [path.join(root, 'scripts/bench/dexie-page.ts')],
    outfile: path.join(outDir, 'dexie-page.js'),
    bundle: true,
    platform: 'browser',
    target: 'chrome120',
    format: 'iife',
    logLevel: 'warning',
  }),
]);

const result = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--enable-source-maps', path.join(outDir, 'bench.mjs'), ...args], {
  stdio: 'inherit',
  cwd: root,
});
process.exit(result.status ?? 1);
