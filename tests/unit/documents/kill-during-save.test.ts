// Fault test: a process saving a production over and over is killed (SIGKILL) at random moments, 200 times. After
// every kill the file on disk must be exactly one of the two versions being saved, byte for byte, and must load.
// Kills land in serialising, in writing the temporary file, in fsync, around the rename and in the backups; the
// test counts the kills that left a temporary file behind, which shows that some landed mid-write.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTempFileOf } from '../../../electron/documents/atomic-write';
import { loadDocumentFile } from '../../../electron/documents/load';
import { serialiseDocument } from '../../../shared/format/serialise';
import { syntheticProduction } from '../../../shared/testing/synthetic';
import { tempFolder } from './test-host';

const KILLS = 200;
const CREDITS = 600;
/**
 * Kills land between 0 and twice the time a fresh process takes to finish its first save, measured as the test
 * runs (children print "saved"), so that on a fast or a loaded machine alike about half the kills interrupt the
 * first save and the rest land in later ones.
 */
let firstSaveMs = 100;

type Child = ChildProcessByStdio<Writable, Readable, Readable>;
const failures: string[] = [];

let dir: string;
let cleanup: () => Promise<void>;
let script: string;
let versions: string[];
let target: string;

beforeAll(async () => {
  ({ dir, cleanup } = await tempFolder('rollcall-kill-'));
  script = path.join(dir, 'save-loop.cjs');
  await build({
    entryPoints: [path.resolve(__dirname, 'fault/save-loop.ts')],
    outfile: script,
    bundle: true,
    minify: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  const a = syntheticProduction({ credits: CREDITS, seed: 11, title: 'Version A' });
  const b = syntheticProduction({ credits: CREDITS, seed: 12, title: 'Version B' });
  versions = [serialiseDocument(a), serialiseDocument(b)];
  await writeFile(path.join(dir, 'a.json'), versions[0]);
  await writeFile(path.join(dir, 'b.json'), versions[1]);
  const work = path.join(dir, 'work');
  await import('node:fs/promises').then((fs) => fs.mkdir(work));
  target = path.join(work, 'Production.rollcall');
  await writeFile(target, versions[0]);
}, 60_000);

afterAll(async () => cleanup());

function startChild(): { child: Child; ready: Promise<void>; exited: Promise<void>; go: () => void } {
  const child = spawn(process.execPath, [script, target, path.join(dir, 'a.json'), path.join(dir, 'b.json')], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let isReady = false;
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => {
      isReady = true;
      resolve();
    });
    child.once('exit', (code, signal) => {
      if (!isReady && signal !== 'SIGKILL') reject(new Error(`save-loop exited before it was ready (${code}): ${stderr}`));
    });
  });
  ready.catch(() => undefined);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let wentAt = 0;
  const go = () => {
    wentAt = performance.now();
    child.stdin.write('go\n');
    child.stdout.on('data', function firstSave(data: Buffer) {
      if (!data.toString().includes('saved')) return;
      child.stdout.off('data', firstSave);
      firstSaveMs = 0.8 * firstSaveMs + 0.2 * (performance.now() - wentAt);
    });
  };
  // A save that failed for a reason other than the kill is a bug the test must see.
  child.once('exit', (code) => {
    if (code !== null) failures.push(`save-loop exited with ${code}: ${stderr.trim()}`);
  });
  return { child, ready, exited, go };
}

describe('killing a process in the middle of saving', () => {
  it(`leaves the old or the new version, whole, every time (${KILLS} kills)`, async () => {
    // seen[0]: the kill left the old version; seen[1]: the new one.
    const seen = [0, 0];
    let midWrite = 0;
    let onDisk = 0; // which version the file holds
    let next = startChild();
    for (let kill = 0; kill < KILLS; kill++) {
      const current = next;
      await current.ready;
      current.go();
      const newVersion = 1 - onDisk;
      // Start the next child while this one saves, so the test spends its time killing, not starting Node.
      next = startChild();
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 2 * firstSaveMs));
      current.child.kill('SIGKILL');
      await current.exited;

      const bytes = await readFile(target, 'utf8');
      const which = versions.indexOf(bytes);
      expect(which, `after kill ${kill + 1} the file is neither version (${bytes.length} bytes)`).not.toBe(-1);
      seen[which === newVersion ? 1 : 0]++;
      onDisk = which;
      const names = await readdir(path.dirname(target));
      if (names.some((n) => isTempFileOf(target, n))) midWrite++;
      const loaded = await loadDocumentFile(target);
      expect(loaded.document.production.title).toBe(which === 0 ? 'Version A' : 'Version B');
    }
    next.child.kill('SIGKILL');
    await next.exited;

    expect(failures).toEqual([]);
    expect(seen[0] + seen[1]).toBe(KILLS);
    // Kills landed both before and after a save completed, and some while a temporary file was being written.
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen[1]).toBeGreaterThan(0);
    expect(midWrite).toBeGreaterThan(0);

    // Leftovers are tidy: at most the last killed save's temporary file, at most five backups, each a whole version.
    const names = await readdir(path.dirname(target));
    expect(names.filter((n) => isTempFileOf(target, n)).length).toBeLessThanOrEqual(1);
    const backupDir = path.join(path.dirname(target), '.rollcall-backups');
    const backups = await readdir(backupDir);
    expect(backups.length).toBeLessThanOrEqual(5);
    for (const name of backups) expect(versions).toContain(await readFile(path.join(backupDir, name), 'utf8'));
    console.info(`kill-during-save: ${KILLS} kills, old version left ${seen[0]}, new version ${seen[1]}, ${midWrite} left a temporary file; a first save took ${Math.round(firstSaveMs)} ms`);
  }, 180_000);
});
