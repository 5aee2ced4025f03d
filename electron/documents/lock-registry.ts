// One lock per file per service. Two documents of the same service may point at the same file (the renderer opens a
// pending file before it closes the one it shows, which can be the same file); they share the lock, which is
// released when the last of them lets go. Their saves are still kept apart by the external-change check.
import { abandonLockTokens, acquireLock, type LockHandle, type LockResult } from './lock';

export class LockRegistry {
  private readonly held = new Map<string, { handle: LockHandle; refs: number }>();

  constructor(private readonly user?: string) {}

  async acquire(filePath: string): Promise<LockResult> {
    const existing = this.held.get(filePath);
    if (existing && (await existing.handle.isHeld())) {
      existing.refs++;
      return { acquired: true, handle: existing.handle };
    }
    const result = await acquireLock(filePath, { user: this.user });
    if (result.acquired) this.held.set(filePath, { handle: result.handle, refs: (existing?.refs ?? 0) + 1 });
    return result;
  }

  async release(filePath: string): Promise<void> {
    const entry = this.held.get(filePath);
    if (!entry) return;
    entry.refs--;
    if (entry.refs > 0) return;
    this.held.delete(filePath);
    await entry.handle.release();
  }

  /** Whether our lock on the file is still on disk; if it was removed, tries to take it again. */
  async ensure(filePath: string): Promise<LockResult> {
    const entry = this.held.get(filePath);
    if (entry && (await entry.handle.isHeld())) return { acquired: true, handle: entry.handle };
    const result = await acquireLock(filePath, { user: this.user });
    if (result.acquired) this.held.set(filePath, { handle: result.handle, refs: entry?.refs ?? 1 });
    return result;
  }

  /** Lets go of every lock without removing its file, as a crash would (see abandonLockTokens). */
  abandonAll(): void {
    abandonLockTokens([...this.held.values()].map((e) => e.handle.owner.token));
    this.held.clear();
  }

  async releaseAll(): Promise<void> {
    const entries = [...this.held.values()];
    this.held.clear();
    await Promise.all(entries.map((e) => e.handle.release()));
  }
}
