import { describe, it, expect, vi, beforeEach } from 'vitest';
import { channels, wireChannel } from '../shared/ipc/contract';

// The real `electron` module would try to download a binary: the composition root is
// loaded against this recording fake instead, to check what it wires and in what order.
const calls: string[] = [];
const state = {
  gotLock: true,
  isPackaged: true,
  handlers: new Map<string, unknown>(),
  windows: [] as { options: unknown; url?: string }[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  egress: undefined as
    undefined | ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
  permissionCheck: undefined as undefined | (() => boolean),
  power: new Set<string>(),
  appEvents: new Set<string>(),
  ready: undefined as undefined | (() => void),
};

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      id: 1,
      mainFrame: { url: '', processId: 1, routingId: 1, parent: null },
      isDestroyed: () => false,
    };
    constructor(options: unknown) {
      calls.push('new BrowserWindow');
      state.windows.push({ options });
    }
    once() {}
    on() {}
    isDestroyed = () => false;
    loadURL(url: string) {
      const last = state.windows.at(-1);
      if (last) last.url = url;
      return Promise.resolve();
    }
  }
  const record = (name: string) => () => {
    calls.push(name);
  };
  return {
    BrowserWindow,
    Menu: {
      setApplicationMenu: record('Menu.setApplicationMenu'),
      buildFromTemplate: (t: unknown) => t,
    },
    app: {
      get isPackaged() {
        return state.isPackaged;
      },
      commandLine: {
        appendSwitch: (name: string, value?: string) => calls.push(`switch ${name}=${value}`),
      },
      exit: record('app.exit'),
      enableSandbox: record('app.enableSandbox'),
      requestSingleInstanceLock: () => {
        calls.push('app.requestSingleInstanceLock');
        return state.gotLock;
      },
      quit: record('app.quit'),
      on: (event: string) => state.appEvents.add(event),
      whenReady: () =>
        new Promise<void>((resolve) => {
          calls.push('app.whenReady');
          state.ready = resolve;
        }),
      getAppPath: () => '/opt/airlock/resources/app.asar',
      getName: () => 'Airlock',
      getVersion: () => '0.1.0',
      getPath: () => '/home/analyst/Documents',
    },
    dialog: {},
    ipcMain: {
      handle: (channel: string, listener: unknown) => state.handlers.set(channel, listener),
    },
    powerMonitor: {
      on: (event: string) => state.power.add(event),
      getSystemIdleState: () => 'active',
    },
    protocol: {
      registerSchemesAsPrivileged: record('protocol.registerSchemesAsPrivileged'),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        state.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: record('setPermissionRequestHandler'),
        setPermissionCheckHandler: (h: () => boolean) => (state.permissionCheck = h),
        setDevicePermissionHandler: record('setDevicePermissionHandler'),
        setSpellCheckerEnabled: record('setSpellCheckerEnabled'),
        on: record('session.on'),
        webRequest: { onBeforeRequest: (l: typeof state.egress) => (state.egress = l) },
      },
    },
  };
});

async function boot(gotLock: boolean, options: { isPackaged?: boolean; args?: string[] } = {}) {
  calls.length = 0;
  state.gotLock = gotLock;
  state.isPackaged = options.isPackaged ?? true;
  state.handlers.clear();
  state.windows = [];
  state.protocolHandlers.clear();
  state.power.clear();
  state.appEvents.clear();
  state.ready = undefined;
  vi.resetModules();
  const argv = process.argv;
  process.argv = [argv[0] ?? 'airlock', ...(options.args ?? [])];
  try {
    await import('./main');
  } finally {
    process.argv = argv;
  }
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('main composition root', () => {
  beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => undefined));

  it('registers the privileged scheme and the sandbox before the app is ready', async () => {
    await boot(true);
    const order = (name: string) => calls.indexOf(name);
    expect(order('protocol.registerSchemesAsPrivileged')).toBeGreaterThanOrEqual(0);
    expect(order('protocol.registerSchemesAsPrivileged')).toBeLessThan(order('app.whenReady'));
    expect(order('app.enableSandbox')).toBeLessThan(order('app.whenReady'));
    // Every host name resolves to nothing, a fence behind the session's request block.
    expect(order('switch host-resolver-rules=MAP * ~NOTFOUND')).toBeGreaterThanOrEqual(0);
    expect(order('switch host-resolver-rules=MAP * ~NOTFOUND')).toBeLessThan(
      order('app.whenReady'),
    );
    expect(state.appEvents).toContain('web-contents-created');
    expect(state.windows).toEqual([]);
  });

  it('wires hardening, egress block, protocol, IPC and lock events once ready', async () => {
    await boot(true);
    state.ready?.();
    await flush();
    expect([...state.handlers.keys()].sort()).toEqual(channels.map(wireChannel).sort());
    expect(state.permissionCheck?.()).toBe(false);
    let cancelled: boolean | undefined;
    state.egress?.({ url: 'https://example.com/' }, (r) => (cancelled = r.cancel));
    expect(cancelled).toBe(true);
    expect(state.protocolHandlers.has('app')).toBe(true);
    expect([...state.power].sort()).toEqual(['lock-screen', 'suspend']);
    expect(state.windows).toHaveLength(1);
    expect(state.windows[0]?.url).toBe('app://airlock/index.html');
    expect(state.windows[0]?.options).toMatchObject({
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        devTools: false,
        preload: '/opt/airlock/resources/app.asar/dist-electron/preload.cjs',
      },
    });
  });

  it('answers app.info from the app window through the guarded IPC', async () => {
    await boot(true);
    state.ready?.();
    await flush();
    const listener = state.handlers.get('airlock:app.info') as (
      event: unknown,
      args: unknown,
    ) => Promise<unknown>;
    const frame = { url: 'app://airlock/index.html', processId: 1, routingId: 1, parent: null };
    expect(await listener({ sender: { id: 1 }, senderFrame: frame }, {})).toMatchObject({
      ok: true,
      value: { name: 'Airlock', version: '0.1.0', shell: 'electron' },
    });
    const foreign = { ...frame, url: 'https://example.com/' };
    expect(await listener({ sender: { id: 1 }, senderFrame: foreign }, {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  });

  it.each([
    ['--remote-debugging-port=9222'],
    ['--remote-debugging-pipe'],
    ['--inspect=9229'],
    ['--inspect-brk'],
    ['--no-sandbox'],
    ['-remote-debugging-port=0'],
  ])('quits at start when launched with %s', async (arg) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await boot(true, { args: [arg] });
    expect(calls).toContain('app.exit');
    expect(calls).not.toContain('app.whenReady');
    expect(calls).not.toContain('protocol.registerSchemesAsPrivileged');
  });

  it('keeps DevTools off and the switches refused in an unpackaged or renamed build', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await boot(true, { isPackaged: false, args: ['--no-sandbox'] });
    expect(calls).toContain('app.exit');
    await boot(true, { isPackaged: false, args: ['.'] });
    state.ready?.();
    await flush();
    expect(state.windows[0]?.options).toMatchObject({ webPreferences: { devTools: false } });
  });

  it('quits a second instance without creating a window', async () => {
    await boot(false);
    expect(calls).toContain('app.quit');
    expect(calls).not.toContain('app.whenReady');
  });
});
