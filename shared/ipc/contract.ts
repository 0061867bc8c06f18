import { z } from 'zod';

/**
 * The one typed contract between the renderer and the Electron main process.
 * Main registers exactly these handlers, the preload exposes exactly these functions,
 * and both sides parse every value with these schemas (ARCHITECTURE.md §5).
 */

const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected bytes');

/** A file name chosen by the user or read from removable media: never a path. */
export const plainFileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((n) => !/[/\\\0]/.test(n) && n !== '.' && n !== '..', 'not a plain file name');

const fileFilterSchema = z.object({
  name: z.string().max(100),
  extensions: z.array(z.string().regex(/^[A-Za-z0-9*]{1,16}$/)).max(20),
});

/** Hard ceiling for one file crossing the bridge, whatever the caller asks for. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

const maxBytesSchema = z.number().int().positive().max(MAX_FILE_BYTES);

export const pickedFileSchema = z.object({
  name: plainFileNameSchema,
  size: z.number().int().nonnegative(),
  bytes,
});
export type PickedFile = z.infer<typeof pickedFileSchema>;

export const ipcContract = {
  'app.info': {
    args: z.object({}),
    result: z.object({
      name: z.string(),
      version: z.string(),
      shell: z.enum(['electron', 'web']),
      platform: z.string(),
    }),
  },
  'files.open': {
    args: z.object({
      title: z.string().max(200).optional(),
      filters: z.array(fileFilterSchema).max(10),
      multiple: z.boolean(),
      maxBytes: maxBytesSchema,
    }),
    result: z.array(pickedFileSchema),
  },
  'files.save': {
    args: z.object({
      suggestedName: plainFileNameSchema,
      bytes,
      filters: z.array(fileFilterSchema).max(10),
    }),
    result: z.object({ saved: z.boolean() }),
  },
  'folder.choose': {
    args: z.object({ title: z.string().max(200).optional() }),
    // The renderer gets an opaque grant, never a path it could widen.
    result: z.object({ grantId: z.string(), label: z.string() }).nullable(),
  },
  'folder.list': {
    args: z.object({ grantId: z.string().min(1).max(64) }),
    result: z.array(z.object({ name: plainFileNameSchema, size: z.number().int().nonnegative() })),
  },
  'folder.read': {
    args: z.object({
      grantId: z.string().min(1).max(64),
      name: plainFileNameSchema,
      maxBytes: maxBytesSchema,
    }),
    result: pickedFileSchema,
  },
  'folder.write': {
    args: z.object({ grantId: z.string().min(1).max(64), name: plainFileNameSchema, bytes }),
    result: z.object({ written: z.boolean() }),
  },
  'print.pdf': {
    args: z.object({ suggestedName: plainFileNameSchema }),
    result: z.object({ saved: z.boolean() }),
  },
} as const;

export type IpcContract = typeof ipcContract;
export type Channel = keyof IpcContract;
export type ArgsOf<C extends Channel> = z.input<IpcContract[C]['args']>;
export type ResultOf<C extends Channel> = z.infer<IpcContract[C]['result']>;

export const channels = Object.keys(ipcContract) as Channel[];

/** Events main pushes to the renderer. */
export const lockReasonSchema = z.enum(['suspend', 'screen-lock', 'user', 'second-instance']);
export type LockReason = z.infer<typeof lockReasonSchema>;
export const LOCK_EVENT = 'lock.requested';

/** Prefix of every IPC channel name on the wire, so nothing else collides. */
export const wireChannel = (c: Channel): string => `airlock:${c}`;
