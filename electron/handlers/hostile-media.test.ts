import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { execFileSync } from 'node:child_process';
import { appendFileSync, truncateSync } from 'node:fs';
import { mkdir, mkdtemp, open, readdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DialogPort } from './dialog-port';
import { createOpenFiles } from './file-handlers';
import { createFolderGrants, isSafeEntryName } from './folder-grants';
import { createFolderHandlers } from './folder-handlers';
import { readFileCapped, type OpenFile } from './read-capped';

// Removable media is hostile (issue 26): what the analyst picks or what a folder holds
// may be a FIFO, a device, a folder, a file still being written, or a root that was
// swapped for a symbolic link after it was chosen. Each case uses the real thing.

let base: string;
let media: string;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'airlock-hostile-'));
  media = join(base, 'usb');
  await mkdir(join(media, 'folder.asc'), { recursive: true });
  await writeFile(join(media, 'reply.asc'), 'ARMORED REPLY');
  execFileSync('mkfifo', [join(media, 'pipe.asc')]);
  await mkdir(join(base, 'home'));
  await writeFile(join(base, 'home', 'id_ed25519'), 'PRIVATE KEY');
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

const pick = (...paths: string[]): DialogPort => ({
  showOpenDialog: () => Promise.resolve({ canceled: false, filePaths: paths }),
  showSaveDialog: () => Promise.reject(new Error('not used')),
});

async function granted(maxListEntries?: number) {
  const grants = createFolderGrants();
  const handlers = createFolderHandlers({
    dialog: pick(media),
    grants,
    ...(maxListEntries === undefined ? {} : { maxListEntries }),
  });
  const chosen = await handlers['folder.choose']({});
  if (!chosen.ok || chosen.value === null) throw new Error('no grant');
  return { handlers, grantId: chosen.value.grantId };
}

describe('files that are not regular files are refused without reading', () => {
  it.each([
    ['a FIFO (mkfifo)', () => join(media, 'pipe.asc'), /pipe/],
    ['a folder', () => join(media, 'folder.asc'), /folder/],
    ['/dev/zero', () => '/dev/zero', /device/],
  ])('files.open refuses %s at once', async (_what, path, kind) => {
    const result = await createOpenFiles({ dialog: pick(path()) })({
      filters: [],
      multiple: false,
      maxBytes: 1024,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-a-file' } });
    expect(!result.ok && result.error.message).toMatch(kind);
  });

  it('a FIFO opened with no writer does not hold the read (it would block a libuv worker)', async () => {
    // Without O_NONBLOCK this open waits forever for a writer: the test would time out.
    expect(await readFileCapped(join(media, 'pipe.asc'), 1024)).toMatchObject({
      ok: false,
      error: { code: 'not-a-file' },
    });
  });

  it('folder.list leaves out the FIFO and the sub-folder; folder.read refuses them', async () => {
    const { handlers, grantId } = await granted();
    expect(await handlers['folder.list']({ grantId })).toEqual({
      ok: true,
      value: [{ name: 'reply.asc', size: 13 }],
    });
    for (const name of ['pipe.asc', 'folder.asc']) {
      expect(await handlers['folder.read']({ grantId, name, maxBytes: 1024 })).toMatchObject({
        ok: false,
      });
    }
  });

  it('a missing file is a value, not an exception', async () => {
    expect(await readFileCapped(join(media, 'gone.asc'), 1024)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('a file that changes while it is read fails with changed', () => {
  /** Opens the real file, and changes it on disk right after its size was taken. */
  const changingAfterStat =
    (change: (path: string) => void): OpenFile =>
    async (path, flags) => {
      const handle = await open(path, flags);
      const realStat = handle.stat.bind(handle);
      let first = true;
      handle.stat = (async () => {
        const info = await realStat();
        if (first) change(path);
        first = false;
        return info;
      }) as typeof handle.stat;
      return handle;
    };

  it('a growing file is not returned cut at its old size', async () => {
    const path = join(media, 'reply.asc');
    const read = await readFileCapped(path, 1024, {
      open: changingAfterStat((p) => appendFileSync(p, ' AND MORE THAT ARRIVED')),
    });
    expect(read).toMatchObject({ ok: false, error: { code: 'changed' } });
  });

  it('a growing file past the cap never brings more than the cap plus one byte', async () => {
    const path = join(media, 'reply.asc');
    const read = await readFileCapped(path, 13, {
      open: changingAfterStat((p) => appendFileSync(p, new Uint8Array(1 << 20))),
    });
    expect(read).toMatchObject({ ok: false, error: { code: 'changed' } });
  });

  it('a shrinking file fails the same way', async () => {
    const path = join(media, 'reply.asc');
    const read = await readFileCapped(path, 1024, {
      open: changingAfterStat((p) => truncateSync(p, 3)),
    });
    expect(read).toMatchObject({ ok: false, error: { code: 'changed' } });
  });

  it('an unchanged file reads whole', async () => {
    const read = await readFileCapped(join(media, 'reply.asc'), 1024, {
      open: changingAfterStat(() => undefined),
    });
    expect(read.ok && new TextDecoder().decode(read.value)).toBe('ARMORED REPLY');
  });
});

describe('a granted root swapped for a symbolic link', () => {
  async function swapRoot() {
    await rename(media, join(base, 'usb-old'));
    await symlink(join(base, 'home'), media);
  }

  it('refuses to write, so nothing lands where the link points', async () => {
    const { handlers, grantId } = await granted();
    await swapRoot();
    const written = await handlers['folder.write']({
      grantId,
      name: 'authorized_keys',
      bytes: new TextEncoder().encode('ssh-ed25519 AAAA attacker'),
    });
    expect(written).toMatchObject({ ok: false, error: { code: 'root-changed' } });
    expect(await readdir(join(base, 'home'))).toEqual(['id_ed25519']);
  });

  it('refuses to list or read through it', async () => {
    const { handlers, grantId } = await granted();
    await swapRoot();
    expect(await handlers['folder.list']({ grantId })).toMatchObject({
      ok: false,
      error: { code: 'root-changed' },
    });
    const read = await handlers['folder.read']({ grantId, name: 'id_ed25519', maxBytes: 1024 });
    expect(read).toMatchObject({ ok: false, error: { code: 'root-changed' } });
  });

  it('a root that was moved away is refused too', async () => {
    const { handlers, grantId } = await granted();
    await rename(media, join(base, 'usb-old'));
    expect(await handlers['folder.list']({ grantId })).toMatchObject({
      ok: false,
      error: { code: 'root-changed' },
    });
  });
});

describe('files.open caps the running total before reading the next file', () => {
  it('refuses the pick without reading the file that would pass the total', async () => {
    await writeFile(join(media, 'a.bin'), new Uint8Array(300));
    await writeFile(join(media, 'b.bin'), new Uint8Array(300));
    const opened: string[] = [];
    const result = await createOpenFiles({
      dialog: pick(join(media, 'a.bin'), join(media, 'b.bin')),
      totalCap: 400,
      read: (path, max, options) => {
        opened.push(path);
        return readFileCapped(path, max, options);
      },
    })({ filters: [], multiple: true, maxBytes: 1024 });
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(!result.ok && result.error.message).toMatch(/together/);
    expect(opened).toEqual([join(media, 'a.bin')]);
  });

  it('reads a pick that fits the total', async () => {
    await writeFile(join(media, 'a.bin'), new Uint8Array(200));
    const result = await createOpenFiles({
      dialog: pick(join(media, 'a.bin'), join(media, 'reply.asc')),
      totalCap: 400,
    })({ filters: [], multiple: true, maxBytes: 1024 });
    expect(result.ok && result.value.map((f) => f.size)).toEqual([200, 13]);
  });
});

describe('names: dot-files and Windows device names are refused', () => {
  it.each([
    '.bashrc',
    '._reply.asc',
    '.Trashes',
    'NUL',
    'nul.txt',
    'CON',
    'com1.asc',
    'LPT9',
    'aux .txt',
    'CONOUT$',
    'reply.asc.',
    'reply.asc ',
  ])('%j is not a safe entry name', (name) => {
    expect(isSafeEntryName(name)).toBe(false);
  });

  it.each(['reply.asc', 'console.log', 'nullable.txt', 'com10.asc', 'AL-2026-0042.asc'])(
    '%j is',
    (name) => {
      expect(isSafeEntryName(name)).toBe(true);
    },
  );

  it.each(['.profile', 'NUL', 'com1.asc'])('folder.write refuses %j', async (name) => {
    const { handlers, grantId } = await granted();
    const written = await handlers['folder.write']({
      grantId,
      name,
      bytes: new TextEncoder().encode('x'),
    });
    expect(written).toMatchObject({ ok: false, error: { code: 'invalid-name' } });
    expect((await readdir(media)).sort()).toEqual(['folder.asc', 'pipe.asc', 'reply.asc']);
  });

  it('folder.read refuses a dot-file that exists', async () => {
    await writeFile(join(media, '.hidden.asc'), 'HIDDEN');
    const { handlers, grantId } = await granted();
    const read = await handlers['folder.read']({ grantId, name: '.hidden.asc', maxBytes: 64 });
    expect(read.ok).toBe(false);
  });
});

describe('folder.list is capped', () => {
  it('refuses a folder with more entries than the cap', async () => {
    for (let i = 0; i < 5; i += 1) await writeFile(join(media, `r${i}.asc`), 'x');
    const { handlers, grantId } = await granted(4);
    expect(await handlers['folder.list']({ grantId })).toMatchObject({
      ok: false,
      error: { code: 'too-many-entries' },
    });
  });

  it('lists a folder within the cap', async () => {
    const { handlers, grantId } = await granted(3);
    expect((await handlers['folder.list']({ grantId })).ok).toBe(true);
  });
});
