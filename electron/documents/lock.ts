// One writer per file. A lock file next to the production (".~Night Train.rollcall.lock") records who holds it:
// process id, host name, user, when that app started and a random token. A second instance or window that finds a
// live lock opens the file read-only and says who holds it. A lock is stale, and taken over, when its process is
// gone on this same host, or when it predates this computer's last start (the pid may have been reused since).
// A lock on another computer (a shared folder) is respected: its process cannot be checked from here.
import { randomBytes } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { removeStaleTempFiles, tempPathFor } from './atomic-write';
import { errnoCode } from './file-errors';

export interface LockOwner {
  app: 'Rollcall';
  pid: number;
  hostname: string;
  user: string;
  /** When the holding process started, ISO-8601. */
  appStartedAt: string;
  /** When the lock was taken, ISO-8601. */
  lockedAt: string;
  token: string;
}

export interface LockHandle {
  readonly lockPath: string;
  readonly owner: LockOwner;
  /** Whether the lock file on disk is still ours (nobody removed or replaced it). */
  isHeld(): Promise<boolean>;
  release(): Promise<void>;
}

export type LockResult = { acquired: true; handle: LockHandle } | { acquired: false; holder: LockOwner | null; reason: 'held' | 'unwritable' };

export const PROCESS_STARTED_AT = new Date(Date.now() - process.uptime() * 1000).toISOString();
/** A lock file that cannot be read and is older than this was left half-written by a crash. */
const UNREADABLE_LOCK_STALE_MS = 10_000;

export function lockPathFor(target: string): string {
  return path.join(path.dirname(target), `.~${path.basename(target)}.lock`);
}

function currentUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}

export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errnoCode(error) === 'EPERM';
  }
}

function parseOwner(text: string): LockOwner | null {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid !== 'number' || typeof value.hostname !== 'string' || typeof value.token !== 'string') return null;
    return {
      app: 'Rollcall',
      pid: value.pid,
      hostname: value.hostname,
      user: typeof value.user === 'string' ? value.user : 'someone',
      appStartedAt: typeof value.appStartedAt === 'string' ? value.appStartedAt : '',
      lockedAt: typeof value.lockedAt === 'string' ? value.lockedAt : '',
      token: value.token,
    };
  } catch {
    return null;
  }
}

export async function readLock(target: string): Promise<LockOwner | null> {
  try {
    return parseOwner(await fs.readFile(lockPathFor(target), 'utf8'));
  } catch {
    return null;
  }
}

/** Tokens of the locks this process holds now. A lock file with this process's pid but a token not in this set was
 * left by an instance that has ended inside this same process (the end-to-end harness runs several app instances in
 * one Node process and simulates a crash by abandoning one), so it is stale like a dead process's lock. */
const liveTokens = new Set<string>();

/** Forgets locks as a crashed process would: the files stay on disk, and they are recognised as stale from now on. */
export function abandonLockTokens(tokens: Iterable<string>): void {
  for (const token of tokens) liveTokens.delete(token);
}

/**
 * When a process started, from Linux's /proc (clock ticks since boot, at the usual 100 per second), or null where
 * that cannot be read. Lets a lock whose pid now belongs to another program be recognised as stale.
 */
export function processStartedAt(pid: number): number | null {
  if (process.platform !== 'linux') return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count the fields after its closing parenthesis.
    const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    const btime = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'));
    if (!btime || !Number.isFinite(ticks)) return null;
    return Number(btime[1]) * 1000 + ticks * 10;
  } catch {
    return null;
  }
}

/**
 * Stale: its process is gone on this host, it was taken before this computer last started, or its pid now belongs
 * to a process that started well after the Rollcall that took the lock (the pid was reused).
 */
export function isStale(owner: LockOwner, now = Date.now()): boolean {
  if (owner.hostname !== os.hostname()) return false;
  if (owner.pid === process.pid) return !liveTokens.has(owner.token);
  const bootedAt = now - os.uptime() * 1000;
  const startedAt = Date.parse(owner.appStartedAt);
  if (Number.isFinite(startedAt) && startedAt < bootedAt - 60_000) return true;
  if (!isProcessAlive(owner.pid)) return true;
  const pidStartedAt = processStartedAt(owner.pid);
  return pidStartedAt !== null && Number.isFinite(startedAt) && pidStartedAt > startedAt + 10_000;
}

function makeOwner(user?: string): LockOwner {
  return {
    app: 'Rollcall',
    pid: process.pid,
    hostname: os.hostname(),
    user: user ?? currentUser(),
    appStartedAt: PROCESS_STARTED_AT,
    lockedAt: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
  };
}

function ownerIfCreated(owner: LockOwner): LockOwner {
  liveTokens.add(owner.token);
  return owner;
}

function handleFor(lockPath: string, owner: LockOwner): LockHandle {
  let released = false;
  const isHeld = async () => {
    if (released) return false;
    try {
      return parseOwner(await fs.readFile(lockPath, 'utf8'))?.token === owner.token;
    } catch {
      return false;
    }
  };
  return {
    lockPath,
    owner,
    isHeld,
    async release() {
      if (released) return;
      // Only remove the lock if it is still ours: someone may have taken over a lock we were thought to have lost.
      if (await isHeld()) await fs.rm(lockPath, { force: true }).catch(() => undefined);
      released = true;
      liveTokens.delete(owner.token);
    },
  };
}

/**
 * Creates the lock file with its content in one step: the record is written to a temporary file and hard-linked to
 * the lock's name, which fails if the lock exists. A crash can then never leave an empty or half-written lock.
 * File systems without hard links (FAT, some network shares) fall back to an exclusive create.
 */
async function tryCreate(lockPath: string, owner: LockOwner): Promise<boolean> {
  const text = JSON.stringify(owner, null, 2);
  const temp = tempPathFor(lockPath);
  await removeStaleTempFiles(lockPath).catch(() => 0);
  await fs.writeFile(temp, text, { flag: 'wx' });
  try {
    await fs.link(temp, lockPath);
    return true;
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
  } finally {
    await fs.rm(temp, { force: true });
  }
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(lockPath, 'wx');
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

/**
 * Takes the lock of `target`. Never throws for the usual cases: a lock held elsewhere answers `held` with its
 * owner, and a folder Rollcall cannot write in answers `unwritable`.
 */
export async function acquireLock(target: string, options: { user?: string } = {}): Promise<LockResult> {
  const lockPath = lockPathFor(target);
  const owner = makeOwner(options.user);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      if (await tryCreate(lockPath, owner)) return { acquired: true, handle: handleFor(lockPath, ownerIfCreated(owner)) };
    } catch (error) {
      const code = errnoCode(error);
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return { acquired: false, holder: null, reason: 'unwritable' };
      throw error;
    }
    let holder: LockOwner | null = null;
    let ageMs = 0;
    try {
      const [text, stat] = await Promise.all([fs.readFile(lockPath, 'utf8'), fs.stat(lockPath)]);
      holder = parseOwner(text);
      ageMs = Date.now() - stat.mtimeMs;
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') continue; // released between our attempts: try again
      throw error;
    }
    const stale = holder ? isStale(holder) : ageMs > UNREADABLE_LOCK_STALE_MS;
    if (!stale) return { acquired: false, holder, reason: 'held' };
    // Re-read just before removing, so that a lock another process has just taken over is left alone.
    const again = await fs.readFile(lockPath, 'utf8').catch(() => null);
    if (again !== null && parseOwner(again)?.token !== holder?.token) continue;
    await fs.rm(lockPath, { force: true });
  }
  return { acquired: false, holder: await readLock(target), reason: 'held' };
}

/** "Dana Cho on studio-mac (since 4 March 2026, 10:11)" for the read-only notice. */
export function describeHolder(holder: LockOwner | null): string {
  if (!holder) return 'another Rollcall';
  const since = Date.parse(holder.lockedAt);
  const when = Number.isFinite(since) ? ` since ${new Date(since).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}` : '';
  const where = holder.hostname === os.hostname() ? 'on this computer' : `on ${holder.hostname}`;
  return `${holder.user} ${where} (process ${holder.pid}${when})`;
}
