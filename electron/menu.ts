// The platform's menus. Shortcuts are shown here but handled by the renderer (registerAccelerator: false), so the
// same keys work in the test harness, which has no native menu, and nothing is handled twice.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc/app';

export interface RecentMenuItem {
  id: string;
  label: string;
}

export function buildMenuTemplate(options: {
  platform: NodeJS.Platform;
  send: (command: MenuCommand) => void;
  recent: RecentMenuItem[];
  openRecent: (id: string) => void;
  openHelp: () => void;
}): MenuItemConstructorOptions[] {
  const { send, platform } = options;
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => send(command),
  });
  const mac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (mac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: '&File',
      submenu: [
        item('New Production', 'new', 'CmdOrCtrl+N'),
        item('Open…', 'open', 'CmdOrCtrl+O'),
        {
          label: 'Open Recent',
          submenu: options.recent.length
            ? options.recent.map((r) => ({ label: r.label, click: () => options.openRecent(r.id) }))
            : [{ label: 'No Recent Productions', enabled: false }],
        },
        { type: 'separator' },
        item('Save', 'save', 'CmdOrCtrl+S'),
        item('Save As…', 'save-as', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        item('Import Crew or Cast List…', 'import', 'CmdOrCtrl+I'),
        item('Export…', 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        item('Close', 'close', 'CmdOrCtrl+W'),
        ...(mac ? [] : [{ type: 'separator' } as MenuItemConstructorOptions, { role: 'quit' } as MenuItemConstructorOptions]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        item('Undo', 'undo', 'CmdOrCtrl+Z'),
        item('Redo', 'redo', mac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        item('Find', 'find', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: '&View',
      submenu: [
        item('Roll Preview', 'preview', 'CmdOrCtrl+P'),
        item('Checks', 'checks'),
        item('Revisions', 'revisions'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'Rollcall Help', click: options.openHelp }] },
  );
  return template;
}
