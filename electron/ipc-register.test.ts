import { describe, it, expect } from 'vitest';
import { channels, wireChannel, MAX_FILE_BYTES } from '../shared/ipc/contract';
import { fail, ok, type Result } from '../shared/ipc/result';
import { registerIpcHandlers, type ChannelHandlers } from './ipc-register';
import { createSenderCheck, type FrameLike, type InvokeEventLike } from './ipc-sender';

const topFrame: FrameLike = {
  url: 'app://airlock/index.html#/cases',
  processId: 4,
  routingId: 1,
  parent: null,
};
const mainContents = { id: 1, mainFrame: topFrame, isDestroyed: () => false };

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

function setup(overrides: Partial<ChannelHandlers> = {}) {
  const registered = new Map<string, Listener>();
  const calls: string[] = [];
  const recording =
    <T>(name: string, value: T) =>
    () => {
      calls.push(name);
      return Promise.resolve(ok(value));
    };
  const handlers: ChannelHandlers = {
    'app.info': recording('app.info', {
      name: 'Airlock',
      version: '0.1.0',
      shell: 'electron' as const,
      platform: 'linux',
    }),
    'files.open': recording('files.open', []),
    'files.save': recording('files.save', { saved: true }),
    'folder.choose': recording('folder.choose', null),
    'folder.list': recording('folder.list', []),
    'folder.read': recording('folder.read', { name: 'a.asc', size: 0, bytes: new Uint8Array() }),
    'folder.write': recording('folder.write', { written: true }),
    'print.pdf': recording('print.pdf', { saved: false }),
    ...overrides,
  };
  let contents: typeof mainContents | null = mainContents;
  const reports: string[] = [];
  registerIpcHandlers({
    ipcMain: { handle: (channel, listener) => registered.set(channel, listener) },
    isTrustedSender: createSenderCheck(() => contents),
    handlers,
    report: (what, detail) => reports.push(`${what}: ${detail}`),
  });
  const call = async (channel: string, event: InvokeEventLike, ...args: unknown[]) => {
    const listener = registered.get(channel);
    if (!listener) throw new Error(`${channel} not registered`);
    return (await listener(event, ...args)) as Result<unknown>;
  };
  const closeWindow = () => (contents = null);
  return { registered, calls, call, reports, closeWindow };
}

const fromApp: InvokeEventLike = { sender: mainContents, senderFrame: topFrame };

describe('IPC registration', () => {
  it('registers exactly one prefixed handler per contract channel', () => {
    const { registered } = setup();
    expect([...registered.keys()].sort()).toEqual(channels.map(wireChannel).sort());
  });

  it('runs the handler for a valid call from the app window', async () => {
    const { call, calls } = setup();
    const result = await call('airlock:app.info', fromApp, {});
    expect(result).toEqual({
      ok: true,
      value: { name: 'Airlock', version: '0.1.0', shell: 'electron', platform: 'linux' },
    });
    expect(calls).toEqual(['app.info']);
  });
});

describe('IPC sender validation', () => {
  const refusals: [string, InvokeEventLike][] = [
    [
      'a sub-frame of the window',
      {
        sender: mainContents,
        senderFrame: { ...topFrame, routingId: 7, parent: topFrame },
      },
    ],
    [
      'the top frame after it navigated away from app://',
      { sender: mainContents, senderFrame: { ...topFrame, url: 'https://example.com/' } },
    ],
    [
      'a file:// page',
      { sender: mainContents, senderFrame: { ...topFrame, url: 'file:///tmp/evil.html' } },
    ],
    [
      'another app host',
      { sender: mainContents, senderFrame: { ...topFrame, url: 'app://evil/index.html' } },
    ],
    [
      'another window',
      {
        sender: { id: 2 },
        senderFrame: { ...topFrame, processId: 9 },
      },
    ],
    ['a destroyed frame', { sender: mainContents, senderFrame: null }],
    [
      'a top frame of another process in the same contents',
      { sender: mainContents, senderFrame: { ...topFrame, processId: 5 } },
    ],
  ];

  it.each(refusals)('refuses %s with forbidden-sender and runs nothing', async (_label, event) => {
    const { call, calls } = setup();
    const result = await call('airlock:folder.list', event, { grantId: 'g1' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('forbidden-sender');
    expect(calls).toEqual([]);
  });

  it('refuses, rather than crashes, when reading the frame throws', async () => {
    const { call, calls } = setup();
    const dying: InvokeEventLike = {
      sender: mainContents,
      get senderFrame(): FrameLike {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    const result = await call('airlock:app.info', dying, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(calls).toEqual([]);
  });

  it('refuses every call once the window is gone', async () => {
    const { call, calls, closeWindow } = setup();
    closeWindow();
    const result = await call('airlock:app.info', fromApp, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(calls).toEqual([]);
  });
});

describe('IPC argument validation', () => {
  const invalid: [string, string, unknown[]][] = [
    [
      'a path as a folder file name',
      'airlock:folder.read',
      [{ grantId: 'g', name: '../../etc/passwd', maxBytes: 10 }],
    ],
    [
      'a backslash name',
      'airlock:folder.write',
      [{ grantId: 'g', name: '..\\x', bytes: new Uint8Array(1) }],
    ],
    [
      'a size cap above the ceiling',
      'airlock:files.open',
      [{ filters: [], multiple: false, maxBytes: MAX_FILE_BYTES + 1 }],
    ],
    [
      'a string instead of bytes',
      'airlock:files.save',
      [{ suggestedName: 'a.asc', bytes: 'text', filters: [] }],
    ],
    ['no argument at all', 'airlock:folder.list', []],
    ['two arguments', 'airlock:folder.list', [{ grantId: 'g' }, { grantId: 'h' }]],
    ['a non-object', 'airlock:print.pdf', ['report.pdf']],
  ];

  it.each(invalid)('refuses %s with invalid-arguments', async (_label, channel, args) => {
    const { call, calls } = setup();
    const result = await call(channel, fromApp, ...args);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(calls).toEqual([]);
  });
});

describe('IPC handler outcomes', () => {
  it('turns a thrown error into an internal failure without leaking its text', async () => {
    const { call, reports } = setup({
      'folder.list': () => Promise.reject(new Error('EACCES /home/analyst/secret-case')),
    });
    const result = await call('airlock:folder.list', fromApp, { grantId: 'g' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret-case');
    expect(reports.join('\n')).toContain('secret-case');
  });

  it('passes a handler failure through unchanged', async () => {
    const { call } = setup({ 'folder.list': () => Promise.resolve(fail('unknown-grant', 'gone')) });
    const result = await call('airlock:folder.list', fromApp, { grantId: 'g' });
    expect(result).toEqual({ ok: false, error: { code: 'unknown-grant', message: 'gone' } });
  });

  it('refuses a result that breaks the contract', async () => {
    const { call } = setup({
      'folder.list': () => Promise.resolve(ok([{ name: '../escape', size: 1 }])),
    });
    const result = await call('airlock:folder.list', fromApp, { grantId: 'g' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('strips fields the contract does not declare, such as a path', async () => {
    const { call } = setup({
      'folder.choose': () =>
        Promise.resolve(
          ok({ grantId: 'g', label: 'USB', path: '/media/usb' } as {
            grantId: string;
            label: string;
          }),
        ),
    });
    const result = await call('airlock:folder.choose', fromApp, {});
    expect(result).toEqual({ ok: true, value: { grantId: 'g', label: 'USB' } });
  });
});
