// The lock file: taken and released, respected while its process lives, taken over when its process is gone or
// the computer restarted since, respected when it comes from another computer.
import { spawn } from 'node:child_process';
import { readFile, writeFile, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocumentService } from '../../../electron/documents/document-service';
import { acquireLock, isStale, lockPathFor, readLock, type LockOwner } from '../../../electron/documents/lock';
import { writeDocumentFile } from '../../../electron/documents/save';
import { smallDocument, writeDocument } from './fixtures';
import { ScriptedHost, tempFolder } from './test-host';

let dir: string;
let cleanup: () => Promise<void>;
const children: ReturnType<typeof spawn>[] = [];

beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder('rollcall-lock-'));
});

afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  await cleanup();
});

/** A real other process that stays alive until the test ends. */
function liveProcess(): number {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1e9)'], { stdio: 'ignore' });
  children.push(child);
  return child.pid!;
}

/** The pid of a process that has exited. */
async function deadProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

function owner(overrides: Partial<LockOwner>): LockOwner {
  return {
    app: 'Rollcall',
    pid: process.pid,
    hostname: os.hostname(),
    user: 'Dana Cho',
    appStartedAt: new Date().toISOString(),
    lockedAt: new Date().toISOString(),
    token: 'theirs',
    ...overrides,
  };
}

async function writeLockFile(file: string, value: LockOwner): Promise<void> {
  await writeFile(lockPathFor(file), JSON.stringify(value));
}

describe('lock file', () => {
  it('is taken once, refused to a second taker, and removed on release', async () => {
    const file = path.join(dir, 'a.rollcall');
    const first = await acquireLock(file);
    expect(first.acquired).toBe(true);
    const second = await acquireLock(file);
    expect(second).toMatchObject({ acquired: false, reason: 'held', holder: { pid: process.pid } });
    if (first.acquired) await first.handle.release();
    expect(await readLock(file)).toBeNull();
  });

  it('held by another live process: the file opens read-only and says who holds it', async () => {
    const file = await writeDocument(dir, 'Held.rollcall', smallDocument());
    const pid = liveProcess();
    await writeLockFile(file, owner({ pid }));
    const service = new DocumentService(new ScriptedHost(path.join(dir, 'ud')));
    const opened = await service.openPath(file);
    expect(opened.readOnly).toBe(true);
    expect(opened.notices.join(' ')).toContain(`“Held.rollcall” is open in Rollcall by Dana Cho on this computer (process ${pid}`);
    expect((await readLock(file))?.token).toBe('theirs');
    await service.close(opened.docId);
    expect((await readLock(file))?.token).toBe('theirs');
  });

  it('left by a process that is gone: recognised as stale and taken over', async () => {
    const file = await writeDocument(dir, 'Stale.rollcall', smallDocument());
    await writeLockFile(file, owner({ pid: await deadProcess() }));
    const service = new DocumentService(new ScriptedHost(path.join(dir, 'ud')));
    const opened = await service.openPath(file);
    expect(opened.readOnly).toBe(false);
    expect(await readLock(file)).toMatchObject({ pid: process.pid });
    await service.closeAll();
  });

  it('taken before this computer last started: stale even if its pid is alive again', async () => {
    const pid = liveProcess();
    const beforeBoot = new Date(Date.now() - os.uptime() * 1000 - 3600_000).toISOString();
    expect(isStale(owner({ pid, appStartedAt: beforeBoot }))).toBe(true);
    expect(isStale(owner({ pid }))).toBe(false);
  });

  it('whose pid now belongs to a program that started after the Rollcall that took it: stale (Linux)', async () => {
    if (process.platform !== 'linux') return;
    const pid = liveProcess();
    const bootedAt = Date.now() - os.uptime() * 1000;
    const earlier = new Date(Math.max(bootedAt + 60_000, Date.now() - 3600_000)).toISOString();
    expect(isStale(owner({ pid, appStartedAt: earlier }))).toBe(true);
    expect(isStale(owner({ pid, appStartedAt: new Date().toISOString() }))).toBe(false);
  });

  it('from another computer: respected, since its process cannot be checked from here', async () => {
    const file = await writeDocument(dir, 'Shared.rollcall', smallDocument());
    await writeLockFile(file, owner({ pid: await deadProcess(), hostname: 'edit-suite-3' }));
    const result = await acquireLock(file);
    expect(result).toMatchObject({ acquired: false, holder: { hostname: 'edit-suite-3' } });
    await expect(writeDocumentFile(file, smallDocument())).rejects.toMatchObject({
      code: 'LOCKED',
      message: expect.stringContaining('Dana Cho on edit-suite-3'),
    });
  });

  it('half-written by a crash: recent ones are respected, old ones taken over', async () => {
    const file = path.join(dir, 'c.rollcall');
    await writeFile(lockPathFor(file), '');
    expect((await acquireLock(file)).acquired).toBe(false);
    const old = new Date(Date.now() - 60_000);
    await utimes(lockPathFor(file), old, old);
    const taken = await acquireLock(file);
    expect(taken.acquired).toBe(true);
    expect(JSON.parse(await readFile(lockPathFor(file), 'utf8')).pid).toBe(process.pid);
  });

  it('release leaves alone a lock someone else has taken over since', async () => {
    const file = path.join(dir, 'd.rollcall');
    const mine = await acquireLock(file);
    await writeLockFile(file, owner({ token: 'new-owner' }));
    if (mine.acquired) {
      expect(await mine.handle.isHeld()).toBe(false);
      await mine.handle.release();
    }
    expect((await readLock(file))?.token).toBe('new-owner');
  });
});
