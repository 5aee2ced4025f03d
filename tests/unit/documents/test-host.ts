// A Host for the document service's unit tests: real folders, dialogs answered from a script, and a record of
// what the service told its surroundings.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Host } from '../../../electron/host';

export class ScriptedHost implements Host {
  readonly userName = 'Test Producer';
  readonly appVersion = '0.0.0-test';
  openAnswers: (string | null)[] = [];
  saveAnswers: (string | null)[] = [];
  readonly saveDialogs: { defaultName: string }[] = [];
  readonly recentDocuments: string[] = [];
  readonly emitted: { event: string; payload: unknown }[] = [];
  edited = false;

  constructor(readonly userDataDir: string) {}

  async showOpenDialog(): Promise<string | null> {
    if (this.openAnswers.length === 0) throw new Error('The test did not script an open dialog answer.');
    return this.openAnswers.shift() ?? null;
  }
  async showSaveDialog(options: { defaultName: string }): Promise<string | null> {
    this.saveDialogs.push({ defaultName: options.defaultName });
    if (this.saveAnswers.length === 0) throw new Error('The test did not script a save dialog answer.');
    return this.saveAnswers.shift() ?? null;
  }
  async printToPdf(): Promise<Uint8Array> {
    throw new Error('not used by the document service');
  }
  async openExternal(): Promise<void> {}
  addRecentDocument(p: string): void {
    this.recentDocuments.push(p);
  }
  emit(event: string, payload: unknown): void {
    this.emitted.push({ event, payload });
  }
  closeWindow(): void {}
  setEdited(edited: boolean): void {
    this.edited = edited;
  }
}

/** A fresh temporary folder per test, removed afterwards (made writable first, for tests that lock it down). */
export async function tempFolder(prefix = 'rollcall-doc-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return {
    dir,
    cleanup: async () => {
      const { chmod } = await import('node:fs/promises');
      await chmod(dir, 0o755).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Makes a folder refuse new files. A plain chmod does not stop root (these tests may run as root in a container),
 * so root uses the immutable attribute instead. Returns the undo.
 */
export async function makeFolderReadOnly(dir: string): Promise<() => Promise<void>> {
  const { chmod } = await import('node:fs/promises');
  const { execFileSync } = await import('node:child_process');
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', dir]);
    return async () => {
      execFileSync('chattr', ['-i', dir]);
    };
  }
  await chmod(dir, 0o555);
  return async () => chmod(dir, 0o755);
}
