// What the handlers need from their surroundings. Electron provides it in electron/host-electron.ts; the test
// harness provides it in tests/e2e/harness-host.ts with scripted dialog answers. Handlers never import electron.
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Host {
  /** Folder for app state: recent files, settings, working files. */
  readonly userDataDir: string;
  /** The user's name, recorded in audit entries and approvals. */
  readonly userName: string;
  readonly appVersion: string;
  showOpenDialog(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  showSaveDialog(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  /** Print self-contained HTML to PDF bytes (Electron: printToPDF; harness and CLI: headless Chromium). */
  printToPdf(html: string, options: { landscape?: boolean; headerTitle?: string }): Promise<Uint8Array>;
  openExternal(url: string): Promise<void>;
  addRecentDocument(path: string): void;
  /** Tell the renderer something happened (menu command, pending file). */
  emit(event: string, payload: unknown): void;
  closeWindow(): void;
  setEdited(edited: boolean): void;
}
