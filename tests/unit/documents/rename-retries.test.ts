// The rename at the heart of an atomic save, as Windows makes it fail: an antivirus or indexer holding the file
// gives EPERM, EBUSY or EACCES for a moment. Those are retried and then succeed; one that never clears gives up
// with the original error; anything else, or any failure where retries are off, is thrown at once.
import { mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RENAME_RETRY_DELAYS_MS, renameWithRetries, type RenameFile } from '../../../electron/documents/atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rollcall-rename-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

function systemError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: operation failed, rename`), { code, syscall: 'rename' });
}

/** The real rename, failing with `code` for its first `failures` calls, as a file held open by another program. */
function heldFor(failures: number, code: string): { rename: RenameFile; calls: () => number } {
  let calls = 0;
  return {
    rename: async (from, to) => {
      calls++;
      if (calls <= failures) throw systemError(code);
      await rename(from, to);
    },
    calls: () => calls,
  };
}

async function files(): Promise<{ from: string; to: string }> {
  const from = path.join(dir, '.p.rollcall.1.tmp');
  const to = path.join(dir, 'p.rollcall');
  await writeFile(from, 'new');
  await writeFile(to, 'old');
  return { from, to };
}

describe('renameWithRetries', () => {
  it.each(['EPERM', 'EBUSY', 'EACCES'])('retries %s until the file is free, then replaces it', async (code) => {
    const { from, to } = await files();
    const held = heldFor(3, code);
    await renameWithRetries(from, to, true, held.rename);
    expect(held.calls()).toBe(4);
    expect(await readFile(to, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['p.rollcall']);
  });

  it('gives up on a file that stays held, with the original error, after every retry', async () => {
    const { from, to } = await files();
    let last: unknown;
    let calls = 0;
    const stuck: RenameFile = async () => {
      calls++;
      last = systemError('EBUSY');
      throw last;
    };
    const error = await renameWithRetries(from, to, true, stuck).catch((e: unknown) => e);
    expect(error).toBe(last);
    expect(error).toMatchObject({ code: 'EBUSY' });
    expect(calls).toBe(RENAME_RETRY_DELAYS_MS.length + 1);
    // Nothing was replaced: the old file is still there, and so is the temporary file for the caller to remove.
    expect(await readFile(to, 'utf8')).toBe('old');
    expect(await readFile(from, 'utf8')).toBe('new');
  });

  it('does not retry when retries are off (not Windows)', async () => {
    const { from, to } = await files();
    const held = heldFor(1, 'EPERM');
    await expect(renameWithRetries(from, to, false, held.rename)).rejects.toMatchObject({ code: 'EPERM' });
    expect(held.calls()).toBe(1);
    expect(await readFile(to, 'utf8')).toBe('old');
  });

  it.each(['ENOSPC', 'EXDEV', 'ENOENT'])('does not retry %s, which waiting cannot fix', async (code) => {
    const { from, to } = await files();
    const held = heldFor(1, code);
    await expect(renameWithRetries(from, to, true, held.rename)).rejects.toMatchObject({ code });
    expect(held.calls()).toBe(1);
  });

  it('uses the real rename by default', async () => {
    const { from, to } = await files();
    await renameWithRetries(from, to, true);
    expect(await readFile(to, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['p.rollcall']);
  });
});
