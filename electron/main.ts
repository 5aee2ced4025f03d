// App lifecycle only: security settings, the window, the menu, the single-instance lock and IPC registration.
// Everything else lives in the modules it wires together.
import { app, BrowserWindow, ipcMain, Menu, protocol, session, shell } from 'electron';
import path from 'node:path';
import { channelNames } from '../shared/ipc/contract';
import type { MenuCommand } from '../shared/ipc/app';
import { DocumentService } from './documents/index';
import { createElectronHost, editedWindows, forceClose } from './host-electron';
import { createDispatcher } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import { buildMenuTemplate } from './menu';
import { APP_ORIGIN, APP_SCHEME_REGISTRATION, registerAppProtocol } from './security/app-protocol';
import { isSafeExternalUrl } from './security/external-links';
import { lockNavigation } from './security/navigation';
import { denyAllPermissions } from './security/permissions';
import { mainWindowOptions } from './security/web-preferences';
import { documentPathsFromArgv } from './launch-args';

// Electron security checklist 18: a privileged custom scheme instead of file://, registered before ready.
protocol.registerSchemesAsPrivileged([APP_SCHEME_REGISTRATION]);

if (process.env.ROLLCALL_USER_DATA) app.setPath('userData', process.env.ROLLCALL_USER_DATA);

// One instance: a second launch hands its file arguments to the first and quits.
if (!app.requestSingleInstanceLock({ argv: process.argv })) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  const host = createElectronHost(() => mainWindow);
  const documents = new DocumentService(host);
  const dispatcher = createDispatcher(createHandlers({ host, documents }), {
    trustedOrigins: [APP_ORIGIN],
    log: (error) => console.error('[rollcall] handler failed', error),
  });

  const sendCommand = (command: MenuCommand) => host.emit('menu:command', { command });
  const handOver = (paths: string[]) => {
    if (paths.length === 0) return;
    documents.addPending(paths);
    host.emit('documents:pending', {});
  };

  app.on('second-instance', (_event, argv, _cwd, additional) => {
    const fromAdditional = (additional as { argv?: string[] } | undefined)?.argv;
    handOver(documentPathsFromArgv(fromAdditional ?? argv));
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  // macOS delivers files opened from Finder this way, possibly before ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    handOver([file]);
  });

  app.on('web-contents-created', (_event, contents) => {
    lockNavigation(contents, APP_ORIGIN, (url) => void shell.openExternal(url));
  });

  const refreshMenu = async () => {
    const recent = await documents.recentFiles().catch(() => []);
    const template = buildMenuTemplate({
      platform: process.platform,
      send: sendCommand,
      recent: recent.map((r) => ({ id: r.id, label: r.displayName })),
      openRecent: (id) => {
        documents.addPendingRecent(id);
        host.emit('documents:pending', {});
      },
      openHelp: () => {
        const url = 'https://github.com/rollcall-app/rollcall#readme';
        if (isSafeExternalUrl(url)) void shell.openExternal(url);
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  const createWindow = () => {
    // Electron security checklist 2, 3, 4, 6, 8, 9, 10 and 12: see security/web-preferences.ts.
    const win = new BrowserWindow(mainWindowOptions(__dirname));
    win.once('ready-to-show', () => win.show());
    win.on('close', (event) => {
      if (editedWindows.has(win.id) && !forceClose.has(win.id)) {
        event.preventDefault();
        sendCommand('close-window');
      }
    });
    win.on('closed', () => {
      forceClose.delete(win.id);
      editedWindows.delete(win.id);
      if (mainWindow === win) mainWindow = null;
    });
    void win.loadURL(`${APP_ORIGIN}/index.html`);
    mainWindow = win;
  };

  app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession);
    registerAppProtocol(protocol, path.join(__dirname, '../renderer'));
    for (const name of channelNames) {
      ipcMain.handle(name, (event, payload: unknown) =>
        dispatcher.dispatch(name, { url: event.senderFrame?.url ?? '', isMainFrame: event.senderFrame === event.sender.mainFrame }, payload),
      );
    }
    documents.addPending(documentPathsFromArgv(process.argv));
    await refreshMenu();
    documents.onRecentChanged?.(() => void refreshMenu());
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
