// The Host the handlers use, made of Electron's dialogs, printing and shell. Kept thin: everything that can be
// plain Node lives in the services, so the test harness exercises it without Electron.
import { app, BrowserWindow, dialog, shell } from 'electron';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FileFilter, Host } from './host';

/** In end-to-end runs against the real app, dialogs answer from a queue file the test writes (never in normal use). */
async function scriptedDialogAnswer(kind: 'open' | 'save'): Promise<string | null | undefined> {
  const file = process.env.ROLLCALL_TEST_DIALOGS;
  if (!file) return undefined;
  const queue = JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as Record<string, (string | null)[]>;
  const answer = queue[kind]?.shift();
  await writeFile(file, JSON.stringify(queue));
  return answer ?? null;
}

export function createElectronHost(getWindow: () => BrowserWindow | null): Host {
  const userName = os.userInfo().username;
  return {
    userDataDir: app.getPath('userData'),
    userName,
    appVersion: app.getVersion(),
    async showOpenDialog({ title, filters }: { title: string; filters: FileFilter[] }) {
      const scripted = await scriptedDialogAnswer('open');
      if (scripted !== undefined) return scripted;
      const win = getWindow();
      const options = { title, filters, properties: ['openFile' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async showSaveDialog({ title, defaultName, filters }) {
      const scripted = await scriptedDialogAnswer('save');
      if (scripted !== undefined) return scripted;
      const win = getWindow();
      const options = { title, defaultPath: defaultName, filters };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async printToPdf(html, { landscape }) {
      // A hidden, sandboxed window with JavaScript off prints the self-contained HTML; a temporary file avoids
      // the length limit of data: URLs for large rolls.
      const dir = await mkdtemp(path.join(os.tmpdir(), 'rollcall-print-'));
      const file = path.join(dir, 'print.html');
      const win = new BrowserWindow({
        show: false,
        webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webviewTag: false },
      });
      try {
        await writeFile(file, html, 'utf8');
        await win.loadFile(file);
        const data = await win.webContents.printToPDF({ landscape: landscape ?? false, printBackground: true, preferCSSPageSize: true });
        return new Uint8Array(data);
      } finally {
        win.destroy();
        await rm(dir, { recursive: true, force: true });
      }
    },
    async openExternal(url) {
      await shell.openExternal(url);
    },
    addRecentDocument(file) {
      app.addRecentDocument(file);
    },
    emit(event, payload) {
      getWindow()?.webContents.send(event, payload);
    },
    closeWindow() {
      const win = getWindow();
      if (win) {
        forceClose.add(win.id);
        win.close();
      }
    },
    setEdited(edited) {
      const win = getWindow();
      win?.setDocumentEdited(edited);
      if (win) editedWindows[edited ? 'add' : 'delete'](win.id);
    },
  };
}

/** Windows whose renderer said "let me close": their close event is not intercepted again. */
export const forceClose = new Set<number>();
/** Windows with unsaved edits: closing them asks the renderer first. */
export const editedWindows = new Set<number>();
