// The platform menus as a plain template (electron/menu.ts imports only Electron's types, so no binary is needed):
// the items the issue lists, their shortcuts by platform convention, and that each click sends its command.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type RecentMenuItem } from '../../../electron/menu';
import { MenuCommandSchema, type MenuCommand } from '../../../shared/ipc/app';

type Item = MenuItemConstructorOptions;
const PLATFORMS = ['darwin', 'win32', 'linux'] as const;

function build(platform: NodeJS.Platform, recent: RecentMenuItem[] = []) {
  const sent: MenuCommand[] = [];
  const opened: string[] = [];
  let helpOpened = 0;
  const template = buildMenuTemplate({ platform, send: (c) => sent.push(c), recent, openRecent: (id) => opened.push(id), openHelp: () => helpOpened++ });
  return { template, sent, opened, helpOpened: () => helpOpened };
}

const submenu = (item: Item | undefined): Item[] => {
  if (!item || !Array.isArray(item.submenu)) throw new Error(`${item?.label ?? item?.role ?? 'item'} has no submenu`);
  return item.submenu as Item[];
};
const menu = (template: Item[], label: string): Item[] => submenu(template.find((i) => i.label?.replace('&', '') === label));
const find = (items: Item[], label: string): Item => {
  const item = items.find((i) => i.label === label);
  if (!item) throw new Error(`no item ${label}`);
  return item;
};
const click = (item: Item) => (item.click as () => void)();
/** Labels, roles and separators, as a reader sees the menu. */
const shape = (items: Item[]) => items.map((i) => i.label ?? (i.role ? `role:${i.role}` : i.type === 'separator' ? '---' : '?'));
function* walk(items: Item[]): Generator<Item> {
  for (const item of items) {
    yield item;
    if (Array.isArray(item.submenu)) yield* walk(item.submenu as Item[]);
  }
}

describe.each(PLATFORMS)('the %s menu', (platform) => {
  const mac = platform === 'darwin';

  it('has the app menu on macOS only, then File, Edit, View, Window and Help', () => {
    const { template } = build(platform);
    expect(shape(template)).toEqual([...(mac ? ['role:appMenu'] : []), '&File', '&Edit', '&View', 'role:windowMenu', 'role:help']);
  });

  it('lists File: New, Open, Open Recent, Save, Save As, Import, Export, Close, and Quit outside macOS', () => {
    const { template } = build(platform);
    expect(shape(menu(template, 'File'))).toEqual([
      'New Production',
      'Open…',
      'Open Recent',
      '---',
      'Save',
      'Save As…',
      '---',
      'Import Crew or Cast List…',
      'Export…',
      '---',
      'Close',
      ...(mac ? [] : ['---', 'role:quit']),
    ]);
  });

  it('lists Edit: Undo, Redo, Cut, Copy, Paste, Select All, Find; View: the panels and zoom', () => {
    const { template } = build(platform);
    expect(shape(menu(template, 'Edit'))).toEqual(['Undo', 'Redo', '---', 'role:cut', 'role:copy', 'role:paste', 'role:selectAll', '---', 'Find']);
    expect(shape(menu(template, 'View'))).toEqual(['Roll Preview', 'Checks', 'Revisions', '---', 'role:resetZoom', 'role:zoomIn', 'role:zoomOut', '---', 'role:togglefullscreen']);
  });

  it('shows the platform’s shortcuts, each key once, handled by the renderer rather than the menu', () => {
    const { template } = build(platform);
    const accelerators = Object.fromEntries([...walk(template)].filter((i) => i.accelerator).map((i) => [i.label, i.accelerator]));
    expect(accelerators).toEqual({
      'New Production': 'CmdOrCtrl+N',
      'Open…': 'CmdOrCtrl+O',
      Save: 'CmdOrCtrl+S',
      'Save As…': 'CmdOrCtrl+Shift+S',
      'Import Crew or Cast List…': 'CmdOrCtrl+I',
      'Export…': 'CmdOrCtrl+E',
      Close: 'CmdOrCtrl+W',
      Undo: 'CmdOrCtrl+Z',
      Redo: mac ? 'Shift+Cmd+Z' : 'Ctrl+Y',
      Find: 'CmdOrCtrl+F',
      'Roll Preview': 'CmdOrCtrl+P',
    });
    expect(new Set(Object.values(accelerators)).size).toBe(Object.values(accelerators).length);
    for (const item of walk(template)) if (item.accelerator) expect(item.registerAccelerator).toBe(false);
  });

  it('sends each command item’s own command when clicked, and every command is a valid one', () => {
    const { template, sent } = build(platform);
    const expected: [string, string, MenuCommand][] = [
      ['File', 'New Production', 'new'],
      ['File', 'Open…', 'open'],
      ['File', 'Save', 'save'],
      ['File', 'Save As…', 'save-as'],
      ['File', 'Import Crew or Cast List…', 'import'],
      ['File', 'Export…', 'export'],
      ['File', 'Close', 'close'],
      ['Edit', 'Undo', 'undo'],
      ['Edit', 'Redo', 'redo'],
      ['Edit', 'Find', 'find'],
      ['View', 'Roll Preview', 'preview'],
      ['View', 'Checks', 'checks'],
      ['View', 'Revisions', 'revisions'],
    ];
    for (const [top, label] of expected) click(find(menu(template, top), label));
    expect(sent).toEqual(expected.map(([, , command]) => command));
    for (const command of sent) expect(MenuCommandSchema.safeParse(command).success).toBe(true);
  });
});

describe('Open Recent and Help', () => {
  it('says there is nothing recent, disabled, when the list is empty', () => {
    const recent = submenu(find(menu(build('linux').template, 'File'), 'Open Recent'));
    expect(recent).toEqual([{ label: 'No Recent Productions', enabled: false }]);
  });

  it('lists recent productions in order and opens the one clicked by its id, never a path', () => {
    const { template, opened, sent } = build('win32', [
      { id: 'r1', label: 'Night Train.rollcall' },
      { id: 'r2', label: 'Harbour Lights.rollcall' },
    ]);
    const recent = submenu(find(menu(template, 'File'), 'Open Recent'));
    expect(shape(recent)).toEqual(['Night Train.rollcall', 'Harbour Lights.rollcall']);
    click(recent[1]);
    expect(opened).toEqual(['r2']);
    expect(sent).toEqual([]);
  });

  it('opens the help from the Help menu', () => {
    const built = build('darwin');
    const help = built.template.find((i) => i.role === 'help');
    click(find(submenu(help), 'Rollcall Help'));
    expect(built.helpOpened()).toBe(1);
  });
});
