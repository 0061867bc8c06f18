// Writes the bundle's ZIP with fflate's streaming API as a pull stream: one chunk of one
// entry is read when the consumer asks for more, so a large attachment (an in-memory array
// or a source read from disk) is never copied whole, and the caller sees progress. Any
// `unzip` reads the result (deflate or stored, data descriptors, no ZIP64: bundles stay far
// below 4 GiB by the import caps).
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { AttachmentData } from './content';

export type ZipInput = { path: string; data: AttachmentData; size: number; compress: boolean };

export type ZipProgress = (bytesDone: number, bytesTotal: number) => void;

const CHUNK = 1024 * 1024;

/** An entry's bytes, one chunk per call; null at the end. */
type ChunkSource = { next(): Promise<Uint8Array | null>; cancel(reason: unknown): Promise<void> };

function chunksOf(data: AttachmentData): ChunkSource {
  if (data instanceof Uint8Array) {
    let at = 0;
    return {
      next: () => {
        if (at >= data.length) return Promise.resolve(null);
        const chunk = data.subarray(at, at + CHUNK);
        at += chunk.length;
        return Promise.resolve(chunk);
      },
      cancel: () => Promise.resolve(),
    };
  }
  const reader = data.stream().getReader();
  return {
    next: async () => {
      const read = await reader.read();
      return read.done ? null : read.value;
    },
    cancel: (reason) => reader.cancel(reason),
  };
}

/** The entry being written: its fflate stream, its source and a chunk read ahead (fflate
 *  wants `final` on the last chunk itself, so the end is known one chunk early). */
type Current = {
  input: ZipInput;
  entry: ZipDeflate | ZipPassThrough;
  source: ChunkSource;
  ahead: Uint8Array | null;
  written: number;
};

export function zipStream(
  files: readonly ZipInput[],
  mtime: Date,
  onProgress?: ZipProgress,
): ReadableStream<Uint8Array> {
  const total = files.reduce((sum, f) => sum + f.size, 0);
  let written = 0;
  let index = 0;
  let current: Current | null = null;
  let produced = false;
  let sink: ReadableStreamDefaultController<Uint8Array> | null = null;
  const zip = new Zip((error, chunk, final) => {
    if (error) {
      sink?.error(error);
      return;
    }
    if (chunk.length > 0) {
      produced = true;
      sink?.enqueue(chunk);
    }
    if (final) sink?.close();
  });

  async function begin(input: ZipInput): Promise<Current> {
    const entry = input.compress
      ? new ZipDeflate(input.path, { level: 6 })
      : new ZipPassThrough(input.path);
    entry.mtime = mtime;
    zip.add(entry);
    const source = chunksOf(input.data);
    return { input, entry, source, ahead: await source.next(), written: 0 };
  }

  /** Feeds one chunk of the current entry (or starts the next, or ends the ZIP). */
  async function step(): Promise<boolean> {
    if (current === null) {
      const input = files[index];
      if (input === undefined) {
        zip.end();
        return false;
      }
      index += 1;
      current = await begin(input);
    }
    const { entry, source, input } = current;
    const chunk = current.ahead ?? new Uint8Array(0);
    const next = current.ahead === null ? null : await source.next();
    current.written += chunk.length;
    if (current.written > input.size || (next === null && current.written !== input.size)) {
      throw new Error(`'${input.path}' is not the ${input.size} bytes it was said to be`);
    }
    entry.push(chunk, next === null);
    current.ahead = next;
    written += chunk.length;
    if (chunk.length > 0) onProgress?.(written, total);
    if (next === null) current = null;
    return true;
  }

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        sink = controller;
      },
      async pull() {
        produced = false;
        // Deflate may hold a chunk back: keep feeding until something came out or the end.
        while (!produced && (await step()));
      },
      async cancel(reason) {
        await current?.source.cancel(reason);
      },
    },
    { highWaterMark: 1 },
  );
}

/** The whole ZIP in memory (the app's export). */
export async function writeZip(
  files: readonly ZipInput[],
  mtime: Date,
  onProgress?: ZipProgress,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const reader = zipStream(files, mtime, onProgress).getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    parts.push(read.value);
  }
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
