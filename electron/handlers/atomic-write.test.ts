import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { saveFailureText } from '../../shared/ipc/save-failure';
import { nodeWriteFs, writeFileAtomic, type WriteFs } from './atomic-write';
import type { DialogPort } from './dialog-port';
import { createSaveFile } from './file-handlers';
import { createFolderGrants } from './folder-grants';
import { createFolderHandlers } from './folder-handlers';
import { createPrintPdf } from './print-pdf';

// Exports to a full or read-only removable medium (issue 29): the file system is the real
// one, wrapped so that one call fails with the errno a full (ENOSPC), over-quota (EDQUOT)
// or read-only (EROFS) medium gives, at a chosen point of the write.

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'airlock-atomic-'));
  await writeFile(join(dir, 'advisory.pdf'), 'OLD COMPLETE PDF');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

type FailPoint = 'open' | 'write-2' | 'sync' | 'close' | 'rename' | 'link';

/** The real file system, failing with `code` at `point` (write-2: the second chunk). */
function failingFs(point: FailPoint, code: string): WriteFs & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    open: async (path, flags) => {
      calls.push(`open ${flags}`);
      if (point === 'open' && flags === 'wx') throw errno(code);
      const handle = await nodeWriteFs.open(path, flags);
      let writes = 0;
      return {
        write: async (buffer, offset, length, position) => {
          writes += 1;
          if (point === 'write-2' && writes === 2) {
            // A real partial write first: the disk took some bytes, then was full.
            await handle.write(buffer, offset, 1, position);
            throw errno(code);
          }
          return handle.write(buffer, offset, length, position);
        },
        sync: async () => {
          if (point === 'sync' && flags === 'wx') throw errno(code);
          return handle.sync();
        },
        close: async () => {
          await handle.close();
          if (point === 'close' && flags === 'wx') throw errno(code);
        },
      };
    },
    rename: async (from, to) => {
      calls.push('rename');
      if (point === 'rename') throw errno(code);
      return nodeWriteFs.rename(from, to);
    },
    link: async (from, to) => {
      calls.push('link');
      if (point === 'link') throw errno(code);
      return nodeWriteFs.link(from, to);
    },
    unlink: (path) => nodeWriteFs.unlink(path),
    lstat: (path) => nodeWriteFs.lstat(path),
  };
}

const bytes = new TextEncoder().encode('NEW COMPLETE PDF, LONGER THAN ONE CHUNK');

describe('a write that fails partway leaves no partial file', () => {
  it.each([
    ['open', 'EROFS', 'read-only'],
    ['write-2', 'ENOSPC', 'disk-full'],
    ['write-2', 'EDQUOT', 'disk-full'],
    ['sync', 'ENOSPC', 'disk-full'],
    ['sync', 'EIO', 'write-failed'],
    ['close', 'EDQUOT', 'disk-full'],
    ['rename', 'EROFS', 'read-only'],
    ['rename', 'EACCES', 'not-permitted'],
  ] as const)(
    'replacing a file: %s fails with %s → %s, the old file stays whole',
    async (point, code, expected) => {
      const fs = failingFs(point, code);
      const result = await writeFileAtomic(join(dir, 'advisory.pdf'), bytes, {
        replace: true,
        fs,
        chunkBytes: 8,
      });
      expect(result).toEqual({
        ok: false,
        error: {
          code: expected,
          message: saveFailureText(expected, 'advisory.pdf', 'en'),
          subject: 'advisory.pdf',
        },
      });
      expect(await readdir(dir)).toEqual(['advisory.pdf']);
      expect(await readFile(join(dir, 'advisory.pdf'), 'utf8')).toBe('OLD COMPLETE PDF');
    },
  );

  it.each([
    ['write-2', 'ENOSPC', 'disk-full'],
    ['link', 'EROFS', 'read-only'],
    ['open', 'EROFS', 'read-only'],
  ] as const)(
    'a new file: %s fails with %s → %s, nothing is left',
    async (point, code, expected) => {
      const result = await writeFileAtomic(join(dir, 'AL-2026-0042.asc'), bytes, {
        replace: false,
        fs: failingFs(point, code),
        chunkBytes: 8,
      });
      expect(result).toMatchObject({ ok: false, error: { code: expected } });
      expect(await readdir(dir)).toEqual(['advisory.pdf']);
    },
  );

  it('the message names the file in English and Japanese', () => {
    expect(saveFailureText('disk-full', 'AL-2026-0042.asc', 'en')).toMatch(
      /^AL-2026-0042\.asc was not saved: the disk or removable medium is full/,
    );
    expect(saveFailureText('read-only', 'AL-2026-0042.asc', 'ja')).toMatch(
      /^AL-2026-0042\.asc は保存されていません。.*読み取り専用/,
    );
  });
});

describe('a write that succeeds', () => {
  it('flushes before the rename and leaves only the file', async () => {
    const calls: string[] = [];
    const fs: WriteFs = {
      ...nodeWriteFs,
      open: async (path, flags) => {
        calls.push(`open ${flags}`);
        const handle = await nodeWriteFs.open(path, flags);
        return {
          write: (...args) => handle.write(...args),
          sync: () => {
            calls.push(`sync ${flags}`);
            return handle.sync();
          },
          close: () => handle.close(),
        };
      },
      rename: (from, to) => {
        calls.push('rename');
        return nodeWriteFs.rename(from, to);
      },
    };
    const result = await writeFileAtomic(join(dir, 'advisory.pdf'), bytes, { replace: true, fs });
    expect(result).toEqual({ ok: true, value: undefined });
    expect(calls).toEqual(['open wx', 'sync wx', 'rename', 'open r', 'sync r']);
    expect(await readdir(dir)).toEqual(['advisory.pdf']);
    expect(await readFile(join(dir, 'advisory.pdf'), 'utf8')).toBe(new TextDecoder().decode(bytes));
  });

  it('without replace, refuses a name that exists and leaves it alone', async () => {
    const result = await writeFileAtomic(join(dir, 'advisory.pdf'), bytes, { replace: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'exists' } });
    expect(await readFile(join(dir, 'advisory.pdf'), 'utf8')).toBe('OLD COMPLETE PDF');
    expect(await readdir(dir)).toEqual(['advisory.pdf']);
  });

  it('without replace on a medium with no hard links (FAT), checks and renames', async () => {
    const fs = failingFs('link', 'EPERM');
    const target = join(dir, 'AL-2026-0042.asc');
    expect(await writeFileAtomic(target, bytes, { replace: false, fs })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(fs.calls).toContain('rename');
    expect(await readFile(target, 'utf8')).toBe(new TextDecoder().decode(bytes));
    expect(await writeFileAtomic(target, bytes, { replace: false, fs })).toMatchObject({
      ok: false,
      error: { code: 'exists' },
    });
    expect((await readdir(dir)).sort()).toEqual(['AL-2026-0042.asc', 'advisory.pdf']);
  });
});

describe('the channels that write go through it', () => {
  const saveTo = (path: string): DialogPort => ({
    showOpenDialog: () => Promise.resolve({ canceled: false, filePaths: [dir] }),
    showSaveDialog: () => Promise.resolve({ canceled: false, filePath: path }),
  });

  it('files.save onto a full medium: disk-full naming the file, the old file whole', async () => {
    const result = await createSaveFile({
      dialog: saveTo(join(dir, 'advisory.pdf')),
      // The data fits the page cache; the medium reports full when it is flushed.
      writeFs: failingFs('sync', 'ENOSPC'),
    })({ suggestedName: 'advisory.pdf', bytes, filters: [] });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'disk-full', subject: 'advisory.pdf' },
    });
    expect(await readdir(dir)).toEqual(['advisory.pdf']);
    expect(await readFile(join(dir, 'advisory.pdf'), 'utf8')).toBe('OLD COMPLETE PDF');
  });

  it('print.pdf onto a read-only medium: read-only, nothing written', async () => {
    const contents = { printToPDF: () => Promise.resolve(bytes) };
    const result = await createPrintPdf({
      dialog: saveTo(join(dir, 'statistics.pdf')),
      getContents: () => contents,
      writeFs: failingFs('open', 'EROFS'),
    })({ suggestedName: 'statistics.pdf' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'read-only', subject: 'statistics.pdf' },
    });
    expect(await readdir(dir)).toEqual(['advisory.pdf']);
  });

  it('folder.write onto a medium that fills partway: disk-full, no partial file', async () => {
    const handlers = createFolderHandlers({
      dialog: saveTo(''),
      grants: createFolderGrants(),
      writeFs: failingFs('write-2', 'ENOSPC'),
    });
    const chosen = await handlers['folder.choose']({});
    const grantId = chosen.ok && chosen.value !== null ? chosen.value.grantId : '';
    const big = new Uint8Array(3 << 20).fill(65);
    const written = await handlers['folder.write']({
      grantId,
      name: 'AL-2026-0042.asc',
      bytes: big,
    });
    expect(written).toMatchObject({
      ok: false,
      error: { code: 'disk-full', subject: 'AL-2026-0042.asc' },
    });
    expect(await readdir(dir)).toEqual(['advisory.pdf']);
  });
});
