import type { z } from 'zod';
import {
  channels,
  ipcContract,
  wireChannel,
  type Channel,
  type IpcContract,
  type ResultOf,
} from '../shared/ipc/contract';
import { fail, type Result } from '../shared/ipc/result';
import type { BlockReporter } from './content-hardening';
import type { InvokeEventLike, SenderCheck } from './ipc-sender';

/** Arguments after the contract's schema parsed them. */
export type ParsedArgs<C extends Channel> = z.output<IpcContract[C]['args']>;

export type ChannelHandler<C extends Channel> = (
  args: ParsedArgs<C>,
) => Promise<Result<ResultOf<C>>>;

/** One handler per channel of the contract: the compiler finds a missing one. */
export type ChannelHandlers = { readonly [C in Channel]: ChannelHandler<C> };

/** The slice of Electron's `ipcMain` used here. */
export type IpcMainLike = {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>,
  ): void;
};

export type RegisterOptions = {
  ipcMain: IpcMainLike;
  isTrustedSender: SenderCheck;
  handlers: ChannelHandlers;
  report?: BlockReporter;
};

/** For the log only; reading a frame being torn down can throw. */
function senderUrl(event: InvokeEventLike): string {
  try {
    return event.senderFrame?.url ?? 'a destroyed frame';
  } catch {
    return 'a disposed frame';
  }
}

/**
 * Wraps one handler with the checks every IPC call goes through, in order: sender
 * frame, arguments against the contract, the handler itself (errors caught), and the
 * result against the contract (extra fields stripped). Failures come back as values.
 */
export function guardChannel<C extends Channel>(
  channel: C,
  handler: ChannelHandler<C>,
  isTrustedSender: SenderCheck,
  report: BlockReporter,
): (event: InvokeEventLike, ...args: unknown[]) => Promise<Result<ResultOf<C>>> {
  const schemas = ipcContract[channel];
  return async (event, ...rawArgs) => {
    if (!isTrustedSender(event)) {
      report('ipc sender', `${channel} from ${senderUrl(event)}`);
      return fail('forbidden-sender', `${channel}: the sender is not the app window`);
    }
    if (rawArgs.length !== 1) {
      return fail('invalid-arguments', `${channel}: expected exactly one argument object`);
    }
    const parsed = schemas.args.safeParse(rawArgs[0]);
    if (!parsed.success) {
      const issues = parsed.error.issues.map(
        (i) => `${i.path.join('.') || '(root)'}: ${i.message}`,
      );
      return fail('invalid-arguments', `${channel}: ${issues.join('; ')}`);
    }
    let result: Result<ResultOf<C>>;
    try {
      result = await handler(parsed.data as ParsedArgs<C>);
    } catch (error) {
      // The renderer gets no stack or path; the main log gets the cause.
      report('ipc handler error', `${channel}: ${String(error)}`);
      return fail('internal', `${channel}: the operation failed`);
    }
    if (!result.ok) return result;
    const checked = schemas.result.safeParse(result.value);
    if (!checked.success) {
      report('ipc result invalid', channel);
      return fail('internal', `${channel}: the operation returned an invalid result`);
    }
    return { ok: true, value: checked.data as ResultOf<C> };
  };
}

/** Registers exactly the channels of the contract, each behind `guardChannel`. */
export function registerIpcHandlers(options: RegisterOptions): void {
  const report = options.report ?? (() => undefined);
  const registerOne = <C extends Channel>(channel: C): void => {
    options.ipcMain.handle(
      wireChannel(channel),
      guardChannel(channel, options.handlers[channel], options.isTrustedSender, report),
    );
  };
  for (const channel of channels) registerOne(channel);
}
