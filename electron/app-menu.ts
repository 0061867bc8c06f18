import type { MenuItemConstructorOptions } from 'electron';

export type MenuInput = { isMac: boolean; devTools: boolean };

/**
 * The application menu, built only from roles. Electron's default menu has a Help
 * submenu whose items open web pages in the browser; this one has no click handler at
 * all, so no menu item can reach the network or `shell.openExternal`.
 */
export function buildMenuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      // A reload drops the unlocked vault, so it is a developer tool only.
      ...(input.devTools
        ? ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as const)
        : []),
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: 'Window',
    submenu: [{ role: 'minimize' }, { role: 'close' }],
  };
  const first: MenuItemConstructorOptions = input.isMac
    ? { role: 'appMenu' }
    : { label: 'File', submenu: [{ role: 'quit' }] };
  return [first, edit, view, window];
}
