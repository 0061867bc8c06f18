import { describe, it, expect } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from './app-menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

describe('application menu', () => {
  it.each([true, false])('has no click handler and no help menu (mac: %s)', (isMac) => {
    const items = flatten(buildMenuTemplate({ isMac, devTools: true }));
    expect(items.filter((i) => i.click !== undefined)).toEqual([]);
    expect(items.some((i) => i.role === 'help' || i.role === 'about')).toBe(false);
  });

  it('offers DevTools and reload only in a development build', () => {
    const roles = (devTools: boolean) =>
      flatten(buildMenuTemplate({ isMac: false, devTools })).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('keeps copy and paste reachable from the keyboard', () => {
    const roles = flatten(buildMenuTemplate({ isMac: true, devTools: false })).map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['copy', 'paste', 'cut', 'selectAll', 'undo']));
  });
});
