// The recent files list, kept as JSON in the app's data folder and written atomically. The renderer only ever
// sees an entry's id, name and folder: opening a recent file sends the id back, never a path.
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { atomicWriteFile } from './atomic-write';

export interface RecentEntry {
  id: string;
  path: string;
  openedAt: string;
}

export interface RecentItem {
  id: string;
  displayName: string;
  folder: string;
  openedAt: string;
}

export const RECENT_FILE_NAME = 'recent-files.json';
export const RECENT_LIMIT = 12;

function isEntry(value: unknown): value is RecentEntry {
  const v = value as RecentEntry;
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && typeof v.path === 'string' && typeof v.openedAt === 'string';
}

export function toRecentItem(entry: RecentEntry): RecentItem {
  return { id: entry.id, displayName: path.basename(entry.path), folder: path.dirname(entry.path), openedAt: entry.openedAt };
}

export class RecentFiles {
  private readonly file: string;
  /** Writes run one after another, so that two quick opens cannot lose each other's entry. */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    userDataDir: string,
    private readonly limit = RECENT_LIMIT,
  ) {
    this.file = path.join(userDataDir, RECENT_FILE_NAME);
  }

  /** A missing or damaged list is an empty one: it is app state, rebuilt as files are opened. */
  async list(): Promise<RecentEntry[]> {
    await this.chain.catch(() => undefined);
    return this.read();
  }

  async get(id: string): Promise<RecentEntry | undefined> {
    return (await this.list()).find((e) => e.id === id);
  }

  add(filePath: string, at = new Date()): Promise<void> {
    return this.update((entries) => {
      const existing = entries.find((e) => e.path === filePath);
      const entry = { id: existing?.id ?? randomUUID(), path: filePath, openedAt: at.toISOString() };
      return [entry, ...entries.filter((e) => e.path !== filePath)].slice(0, this.limit);
    });
  }

  remove(id: string): Promise<void> {
    return this.update((entries) => entries.filter((e) => e.id !== id));
  }

  private async read(): Promise<RecentEntry[]> {
    try {
      const value = JSON.parse(await fs.readFile(this.file, 'utf8')) as { items?: unknown };
      return Array.isArray(value.items) ? value.items.filter(isEntry) : [];
    } catch {
      return [];
    }
  }

  private update(change: (entries: RecentEntry[]) => RecentEntry[]): Promise<void> {
    const next = this.chain.catch(() => undefined).then(async () => {
      const entries = change(await this.read());
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      await atomicWriteFile(this.file, `${JSON.stringify({ version: 1, items: entries }, null, 2)}\n`);
    });
    this.chain = next;
    return next;
  }
}
