import { describe, it, expect } from 'vitest';
import { LOCK_EVENT, channels, wireChannel } from '../shared/ipc/contract';
import type { LockReason } from '../shared/ipc/contract';
import { buildAirlockApi, subscribeVia, type IpcRendererEvents } from './preload-api';

type RendererListener = (event: unknown, payload: unknown) => void;

function fakeIpcRenderer() {
  const listeners = new Map<string, Set<RendererListener>>();
  const invoked: [string, unknown][] = [];
  const ipc: IpcRendererEvents = {
    on: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
    },
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const emit = (channel: string, payload: unknown) => {
    for (const l of listeners.get(channel) ?? []) l({ sender: 'the raw ipcRenderer' }, payload);
  };
  const invoke = (channel: string, args: unknown) => {
    invoked.push([channel, args]);
    return Promise.resolve({ ok: true, value: { echoed: channel } });
  };
  return { ipc, emit, invoke, invoked, listeners };
}

describe('preload api', () => {
  it('has exactly one function per contract channel plus onLockRequested', () => {
    const { ipc, invoke } = fakeIpcRenderer();
    const api = buildAirlockApi(invoke, subscribeVia(ipc));
    expect(Object.keys(api).sort()).toEqual([...channels, 'onLockRequested'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('invokes each channel on its prefixed wire name with the arguments as given', async () => {
    const { ipc, invoke, invoked } = fakeIpcRenderer();
    const api = buildAirlockApi(invoke, subscribeVia(ipc));
    const result = await api['folder.list']({ grantId: 'g1' });
    expect(invoked).toEqual([[wireChannel('folder.list'), { grantId: 'g1' }]]);
    expect(result).toEqual({ ok: true, value: { echoed: 'airlock:folder.list' } });
  });

  it('turns a rejected invoke or a malformed answer into a failure value', async () => {
    const { ipc } = fakeIpcRenderer();
    const rejecting = buildAirlockApi(
      () => Promise.reject(new Error('No handler')),
      subscribeVia(ipc),
    );
    expect(await rejecting['app.info']({})).toMatchObject({
      ok: false,
      error: { code: 'ipc-unavailable' },
    });
    const garbled = buildAirlockApi(() => Promise.resolve('surprise'), subscribeVia(ipc));
    expect(await garbled['app.info']({})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('delivers lock requests with the reason only, and unsubscribes', () => {
    const { ipc, invoke, emit, listeners } = fakeIpcRenderer();
    const api = buildAirlockApi(invoke, subscribeVia(ipc));
    const seen: unknown[] = [];
    const stop = api.onLockRequested((reason: LockReason) => seen.push(reason));
    emit(LOCK_EVENT, { reason: 'suspend' });
    emit(LOCK_EVENT, { reason: 'not-a-reason' });
    emit(LOCK_EVENT, 'garbage');
    expect(seen).toEqual(['suspend']);
    stop();
    emit(LOCK_EVENT, { reason: 'screen-lock' });
    expect(seen).toEqual(['suspend']);
    expect(listeners.get(LOCK_EVENT)?.size).toBe(0);
  });
});
