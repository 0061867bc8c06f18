import { z } from 'zod';
import type { Result as Base } from '../result';

/** Errors cross the IPC bridge as values, never as thrown exceptions (Signal's pattern). */
export const ipcErrorSchema = z.object({
  code: z.string().min(1),
  message: z.string(),
  /** What the failure is about when the renderer words it itself (a file name). */
  subject: z.string().max(300).optional(),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

export type Result<T> = Base<T, IpcError>;

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: string, message: string, subject?: string): Result<never> => ({
  ok: false,
  error: subject === undefined ? { code, message } : { code, message, subject },
});

export const resultSchema = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: ipcErrorSchema }),
  ]);
