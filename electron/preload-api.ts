import { z } from 'zod';
import type { AirlockBridge, AirlockChannels } from '../shared/ipc/bridge';
import {
  LOCK_EVENT,
  channels,
  lockReasonSchema,
  wireChannel,
  type Channel,
} from '../shared/ipc/contract';
import { fail, resultSchema, type Result } from '../shared/ipc/result';

/** `ipcRenderer.invoke`, as the builder sees it. */
export type Invoke = (channel: string, args: unknown) => Promise<unknown>;
/** Subscribes to a main → renderer event with the payload only; returns an unsubscribe. */
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

/** The slice of `ipcRenderer` used to subscribe. */
export type IpcRendererEvents = {
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
};

const anyResult = resultSchema(z.unknown());
const lockPayload = z.object({ reason: lockReasonSchema });

/**
 * Adapts ipcRenderer.on so the page's callback never receives the IpcRendererEvent
 * (whose `sender` is ipcRenderer itself: handing it over would expose raw IPC).
 */
export function subscribeVia(ipc: IpcRendererEvents): Subscribe {
  return (channel, listener) => {
    const wrapped = (_event: unknown, payload: unknown): void => listener(payload);
    ipc.on(channel, wrapped);
    return () => {
      ipc.removeListener(channel, wrapped);
    };
  };
}

async function call(invoke: Invoke, channel: Channel, args: unknown): Promise<Result<unknown>> {
  let answer: unknown;
  try {
    answer = await invoke(wireChannel(channel), args);
  } catch {
    return fail('ipc-unavailable', `${channel}: the main process did not answer`);
  }
  const parsed = anyResult.safeParse(answer);
  return parsed.success ? parsed.data : fail('internal', `${channel}: malformed answer`);
}

/**
 * Builds `window.airlock` from the contract: exactly one function per channel, each a
 * single invoke on its prefixed wire name, and `onLockRequested`.
 */
export function buildAirlockApi(invoke: Invoke, subscribe: Subscribe): AirlockBridge {
  const perChannel = Object.fromEntries(
    channels.map((channel) => [channel, (args: unknown) => call(invoke, channel, args)]),
  ) as unknown as AirlockChannels;
  const onLockRequested: AirlockBridge['onLockRequested'] = (listener) =>
    subscribe(LOCK_EVENT, (payload) => {
      const parsed = lockPayload.safeParse(payload);
      if (parsed.success) listener(parsed.data.reason);
    });
  return Object.freeze({ ...perChannel, onLockRequested });
}
