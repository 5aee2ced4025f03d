// `rollcall migrate`, run as the built bundle against real files: the same locked atomic save as the app, with the
// original kept as a backup.
import { spawn } from 'node:child_process';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { lockPathFor } from '../../../electron/documents/lock';
import { tempFolder } from '../documents/test-host';
import { buildCli, expectNoStackTrace, FIXTURES, rollcall } from './built-cli';

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(() => buildCli(), 120_000);
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder('rollcall-cli-migrate-'));
});
afterEach(async () => cleanup());

async function copy(fixture: string, name = fixture): Promise<string> {
  const file = path.join(dir, name);
  await copyFile(path.join(FIXTURES, fixture), file);
  return file;
}

describe('rollcall migrate', () => {
  it('rewrites a version 1 file in version 2 and keeps the original byte for byte', async () => {
    const file = await copy('v1-short-film.rollcall', 'Quiet Harbour.rollcall');
    const original = await readFile(file);
    const run = rollcall(['migrate', 'Quiet Harbour.rollcall'], dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(
      'Migrated “Quiet Harbour.rollcall” from format version 1 to 2; the original is kept as “.rollcall-backups/Quiet Harbour.format-v1-original.rollcall”.\n',
    );
    expect(JSON.parse(await readFile(file, 'utf8')).formatVersion).toBe(2);
    expect(await readFile(path.join(dir, '.rollcall-backups', 'Quiet Harbour.format-v1-original.rollcall'))).toEqual(original);
    expect(rollcall(['validate', file]).code).toBe(0);
    // No lock or temporary file is left behind.
    expect((await readdir(dir)).sort()).toEqual(['.rollcall-backups', 'Quiet Harbour.rollcall']);

    const again = rollcall(['migrate', file]);
    expect(again).toMatchObject({ code: 0, stdout: '“Quiet Harbour.rollcall” is already in format version 2; nothing to do.\n' });
  });

  it('leaves a newer file alone and exits 1', async () => {
    const file = await copy('v3-newer-readable.rollcall');
    const before = await readFile(file);
    const run = rollcall(['migrate', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('newer Rollcall (format version 3)');
    expect(await readFile(file)).toEqual(before);
  });

  it('refuses a file that a running Rollcall has open, naming who', async () => {
    const file = await copy('v1-short-film.rollcall');
    const before = await readFile(file);
    const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1e9)'], { stdio: 'ignore' });
    try {
      await writeFile(
        lockPathFor(file),
        JSON.stringify({ app: 'Rollcall', pid: holder.pid, hostname: os.hostname(), user: 'Dana Cho', appStartedAt: new Date().toISOString(), lockedAt: new Date().toISOString(), token: 't' }),
      );
      const run = rollcall(['migrate', file]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/is open in Rollcall by Dana Cho on this computer \(process \d+.*\), so it was not changed; close it there first\./);
      expect(await readFile(file)).toEqual(before);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('exits 1 with a sentence for an invalid file and leaves it alone', async () => {
    const file = await copy('invalid-schema.rollcall');
    const before = await readFile(file);
    const run = rollcall(['migrate', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('people[2].name');
    expectNoStackTrace(run);
    expect(await readFile(file)).toEqual(before);
  });

  it('exits 2 for wrong usage', () => {
    expect(rollcall(['migrate']).code).toBe(2);
    expect(rollcall(['migrate', 'a', 'b']).code).toBe(2);
  });
});
