// The main window's options, security settings first, as plain data so that a unit test reads exactly what
// main.ts hands to new BrowserWindow. Electron security checklist: 2 (no Node.js integration), 3 (context
// isolation), 4 (process sandbox), 6 (webSecurity stays on), 8 (no insecure content), 9 (no experimental
// features), 10 (no enableBlinkFeatures) and 12 (no <webview>); the preload is the app's own bundled file.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import path from 'node:path';

/** The bundled preload, next to the bundled main: out/main/main.cjs -> out/preload/preload.cjs. */
export function preloadPathFor(mainDir: string): string {
  return path.join(mainDir, '../preload/preload.cjs');
}

export function secureWebPreferences(mainDir: string): WebPreferences {
  return {
    preload: preloadPathFor(mainDir),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // A file dropped on the window must not replace the app with it.
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

/** Shown on ready-to-show, so the user never sees an empty white window. */
export function mainWindowOptions(mainDir: string): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Rollcall',
    show: false,
    webPreferences: secureWebPreferences(mainDir),
  };
}
