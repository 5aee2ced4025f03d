// The benchmark's JSON output: a smoke run of a few fast cases through the real entry (scripts/bench.mjs bundles
// and runs scripts/bench/) writes an array of { case, n, ms, floorMs, targetMs }, and the validator that checks
// it refuses what a consumer could not read.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resultProblems } from '../../../scripts/bench/results';
import { formatTable } from '../../../scripts/bench/table';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

describe('benchmark output', () => {
  it('a smoke run writes one well-formed result per case at 1,000 credits', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'rollcall-bench-test-'));
    folders.push(folder);
    const out = path.join(folder, 'bench.json');
    const run = spawnSync(process.execPath, ['scripts/bench.mjs', '--smoke', '--only=open,search,export-txt', '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    // The table is printed too, one line per result.
    expect(run.stdout).toMatch(/\| case +\| +size \| median ms \| floor ms \| ratio/);
    expect(run.stdout).toMatch(/\| open +\| 1,000 \|/);

    const results = JSON.parse(await readFile(out, 'utf8')) as unknown;
    expect(resultProblems(results)).toEqual([]);
    const byCase = new Map((results as { case: string; n: number; ms: number; floorMs: number | null; targetMs: number | null }[]).map((r) => [r.case, r]));
    expect([...byCase.keys()]).toEqual(['open', 'export-txt', 'search']);
    for (const r of byCase.values()) {
      expect(r.n).toBe(1000);
      expect(r.ms).toBeGreaterThan(0);
    }
    expect(byCase.get('open')).toMatchObject({ targetMs: 300, floorMs: expect.any(Number) });
    expect(byCase.get('export-txt')).toMatchObject({ targetMs: 300, floorMs: expect.any(Number) });
    // Search has no floor: the scan of the index is the floor.
    expect(byCase.get('search')).toMatchObject({ targetMs: 16, floorMs: null });
  }, 120_000);

  it('an unknown case is refused with a sentence and exit 2, before anything runs', () => {
    const run = spawnSync(process.execPath, ['scripts/bench.mjs', '--smoke', '--only=opne'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown case opne; the cases are open, open-revisions, save,');
  }, 60_000);

  it('the validator refuses what a reader of the file could not use', () => {
    const good = { case: 'open', n: 20000, ms: 120.5, floorMs: 40.1, targetMs: 300 };
    expect(resultProblems([good, { ...good, case: 'ui-open', floorMs: null, targetMs: null }])).toEqual([]);
    expect(resultProblems({ results: [good] })).toEqual(['The benchmark output is not a JSON array.']);
    expect(resultProblems([{ ...good, ms: '120' }])).toEqual(['Result 1 has no time ms.']);
    expect(resultProblems([{ ...good, n: 0 }])).toEqual(['Result 1 has no positive whole size n.']);
    expect(resultProblems([{ ...good, floorMs: undefined }])).toEqual(['Result 1 has a floorMs that is neither null nor a time.']);
    expect(resultProblems([{ ...good, targetMs: -1 }])).toEqual(['Result 1 has a targetMs that is neither null nor a time.']);
    expect(resultProblems([{ ...good, median: 3 }])).toEqual(['Result 1 has unexpected keys median.']);
    expect(resultProblems([null, { ...good, case: '' }])).toEqual(['Result 1 is not an object.', 'Result 2 has no case name.']);
  });

  it('the table marks a missed target and a ratio beyond the goal', () => {
    const table = formatTable([
      { case: 'open', n: 20000, ms: 450, floorMs: 100, targetMs: 300, firstMs: 600, floorGoal: 3, goalApplies: true },
      { case: 'open', n: 1000, ms: 20, floorMs: 1, targetMs: 300, firstMs: 30, floorGoal: 3, goalApplies: false },
      { case: 'search', n: 20000, ms: 1.25, floorMs: null, targetMs: 16, firstMs: 3, floorGoal: 3, goalApplies: true },
    ]);
    expect(table).toContain('| open   | 20,000 |       450 |      100 | 4.5× (goal 3×) | 300 MISSED |');
    // Below the target's size the ratio is shown but not judged.
    expect(table).toContain('| open   |  1,000 |      20.0 |     1.00 | 20.0×          | 300 met    |');
    expect(table).toContain('| search | 20,000 |      1.25 |        – | –              | 16.0 met   |');
  });
});
