// `npm run bench`: every hot path at production scale beside its floor, in one process, one table. Bundled and
// started by scripts/bench.mjs (node --expose-gc). Exits 1 only when a case throws: time never fails a run.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { closePdfBrowser } from '../../electron/exports/print-pdf';
import { parseArgs, sizesOf, USAGE } from './args';
import { targetAt, type BenchCase } from './case';
import { dexieLoadCase, previewCase, uiEditCase, uiLaunchCase, uiOpenCase, uiSearchCase } from './cases/browser';
import { openCase, openRevisionsCase, saveCase } from './cases/documents';
import { exportCsvCase, exportHtmlCase, exportTxtCase, importCsvCase } from './cases/import-export';
import { exportPdfCase } from './cases/pdf';
import { diffFilesCase, diffReimportedCase, diffRevisionCase, diffSameFileCase, searchCase } from './cases/search-diff';
import { Fixtures } from './fixtures';
import { measure, type Plan } from './measure';
import { roundMs, type BenchResult } from './results';
import { formatTable, type Row } from './table';

export const CASES: BenchCase[] = [
  openCase, openRevisionsCase, saveCase, importCsvCase, exportTxtCase, exportCsvCase, exportHtmlCase, exportPdfCase,
  searchCase, dexieLoadCase, uiOpenCase, uiSearchCase, uiEditCase, uiLaunchCase, previewCase, diffSameFileCase, diffReimportedCase, diffRevisionCase, diffFilesCase,
];

/** Below 100,000 credits: at least 5 runs and 1.5 s measured (at most 25 runs); `--runs=N` asks for exactly N. */
function planFor(c: BenchCase, n: number, smoke: boolean, runs: number | null): Plan {
  if (smoke) return { warmups: 0, runs: 1 };
  const base: Plan = c.plan ?? (n >= 100_000 ? { warmups: 0, runs: 3 } : { warmups: 1, runs: 5, minMs: 1500, maxRuns: 25 });
  return runs ? { warmups: base.warmups, runs } : base;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const unknown = args.only.filter((name) => !CASES.some((c) => c.name === name));
  if (unknown.length) throw new Error(`Unknown case ${unknown.join(', ')}; the cases are ${CASES.map((c) => c.name).join(', ')}.`);
  const cases = args.only.length ? CASES.filter((c) => args.only.includes(c.name)) : CASES;
  const sizes = sizesOf(args);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'rollcall-bench-'));
  const fixtures = new Fixtures(folder);
  const rows: Row[] = [];
  const failures: string[] = [];
  const started = performance.now();

  try {
    for (const n of sizes) {
      for (const c of cases) {
        if (c.runsAt && !c.runsAt(n)) continue;
        const label = `${c.name} at ${n.toLocaleString('en-GB')}`;
        const context = { fixtures, folder, smoke: args.smoke };
        process.stderr.write(`${label}… `);
        let prepared;
        try {
          prepared = await c.prepare(n, context);
          const measured = await measure(prepared, planFor(c, n, args.smoke, args.runs));
          const floorGoal = c.name === 'export-pdf' ? 2 : 3;
          rows.push({ case: c.name, n, ms: measured.ms, floorMs: measured.floorMs, targetMs: targetAt(c, n), firstMs: measured.firstMs, floorGoal, goalApplies: n === c.targetSize });
          process.stderr.write(`${measured.ms.toFixed(1)} ms\n`);
          if (args.samples) {
            const list = (values: number[]) => values.map((ms) => ms.toPrecision(3)).join(' ');
            process.stderr.write(`  runs  ${list(measured.samples)}\n${measured.floorSamples.length ? `  floor ${list(measured.floorSamples)}\n` : ''}`);
          }
        } catch (error) {
          const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
          failures.push(`${label}: ${message}`);
          process.stderr.write('failed\n');
        } finally {
          await prepared?.dispose?.().catch(() => undefined);
        }
      }
      fixtures.release(n);
    }
  } finally {
    await closePdfBrowser();
    await rm(folder, { recursive: true, force: true }).catch(() => undefined);
  }

  const order = (r: Row) => cases.findIndex((c) => c.name === r.case);
  rows.sort((a, b) => order(a) - order(b) || a.n - b.n);
  console.log(formatTable(rows));
  console.log(`\n${rows.length} measurements in ${((performance.now() - started) / 1000).toFixed(0)} s; medians, floors measured in the same run, first = the cold first run.`);

  if (args.out) {
    const results: BenchResult[] = rows.map((r) => ({
      case: r.case,
      n: r.n,
      ms: roundMs(r.ms),
      floorMs: r.floorMs === null ? null : roundMs(r.floorMs),
      targetMs: r.targetMs,
    }));
    await writeFile(args.out, `${JSON.stringify(results, null, 2)}\n`);
  }
  for (const failure of failures) console.error(`\nFailed: ${failure}`);
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
