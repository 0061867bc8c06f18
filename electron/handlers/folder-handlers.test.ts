import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtemp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DialogPort } from './dialog-port';
import { createFolderGrants, entryPath } from './folder-grants';
import { createFolderHandlers } from './folder-handlers';

let base: string;
let media: string;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'airlock-folder-'));
  media = join(base, 'usb');
  await mkdir(join(media, 'sub'), { recursive: true });
  await writeFile(join(media, 'reply.asc'), 'ARMORED REPLY');
  await writeFile(join(media, 'big.bin'), new Uint8Array(2048));
  await writeFile(join(media, '._reply.asc'), 'AppleDouble noise');
  await writeFile(join(media, 'sub', 'nested.asc'), 'nested');
  await writeFile(join(base, 'secret.txt'), 'OUTSIDE THE GRANT');
  await symlink(join(base, 'secret.txt'), join(media, 'escape.txt'));
  await symlink(join(media, 'reply.asc'), join(media, 'alias.asc'));
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

function setup(choice: string | null = media) {
  const dialog: DialogPort = {
    showOpenDialog: () =>
      Promise.resolve(
        choice === null
          ? { canceled: true, filePaths: [] }
          : { canceled: false, filePaths: [choice] },
      ),
    showSaveDialog: () => Promise.reject(new Error('not used')),
  };
  const grants = createFolderGrants();
  return { handlers: createFolderHandlers({ dialog, grants }), grants };
}

async function chooseMedia(handlers: ReturnType<typeof setup>['handlers']): Promise<string> {
  const chosen = await handlers['folder.choose']({});
  if (!chosen.ok || chosen.value === null) throw new Error('no grant');
  return chosen.value.grantId;
}

describe('folder grants', () => {
  it('gives an opaque grant and the folder name, never the path', async () => {
    const { handlers } = setup();
    const chosen = await handlers['folder.choose']({ title: 'Removable media' });
    expect(chosen.ok && chosen.value?.label).toBe('usb');
    expect(JSON.stringify(chosen)).not.toContain(base);
  });

  it('returns null when the user cancels', async () => {
    const { handlers } = setup(null);
    expect(await handlers['folder.choose']({})).toEqual({ ok: true, value: null });
  });

  it('lists plain files only, hiding dot-files, sub-folders and escaping links', async () => {
    const { handlers } = setup();
    const grantId = await chooseMedia(handlers);
    const listed = await handlers['folder.list']({ grantId });
    expect(listed).toEqual({
      ok: true,
      value: [
        { name: 'alias.asc', size: 13 },
        { name: 'big.bin', size: 2048 },
        { name: 'reply.asc', size: 13 },
      ],
    });
  });

  it('reads a file inside the granted folder', async () => {
    const { handlers } = setup();
    const grantId = await chooseMedia(handlers);
    const read = await handlers['folder.read']({ grantId, name: 'reply.asc', maxBytes: 1024 });
    expect(read.ok && new TextDecoder().decode(read.value.bytes)).toBe('ARMORED REPLY');
  });

  it('refuses a symlink that escapes the folder', async () => {
    const { handlers } = setup();
    const grantId = await chooseMedia(handlers);
    const read = await handlers['folder.read']({ grantId, name: 'escape.txt', maxBytes: 1024 });
    expect(read).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(JSON.stringify(read)).not.toContain('OUTSIDE');
  });

  it.each(['../secret.txt', 'sub/nested.asc', 'sub\\nested.asc', '..', 'C:secret.txt', 'a\u0000b'])(
    'refuses the name %j',
    async (name) => {
      const { handlers } = setup();
      const grantId = await chooseMedia(handlers);
      const read = await handlers['folder.read']({ grantId, name, maxBytes: 1024 });
      expect(read.ok).toBe(false);
    },
  );

  it('refuses a file over the size cap', async () => {
    const { handlers } = setup();
    const grantId = await chooseMedia(handlers);
    const read = await handlers['folder.read']({ grantId, name: 'big.bin', maxBytes: 1024 });
    expect(read).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('refuses an unknown grant and every grant after clear()', async () => {
    const { handlers, grants } = setup();
    const grantId = await chooseMedia(handlers);
    expect(await handlers['folder.list']({ grantId: 'made-up' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-grant' },
    });
    grants.clear();
    expect(await handlers['folder.list']({ grantId })).toMatchObject({
      ok: false,
      error: { code: 'unknown-grant' },
    });
  });

  it('writes a new file inside the folder and never overwrites', async () => {
    const { handlers } = setup();
    const grantId = await chooseMedia(handlers);
    const bytes = new TextEncoder().encode('SEALED');
    expect(await handlers['folder.write']({ grantId, name: 'out.asc', bytes })).toEqual({
      ok: true,
      value: { written: true },
    });
    expect(await readFile(join(media, 'out.asc'), 'utf8')).toBe('SEALED');
    expect(await handlers['folder.write']({ grantId, name: 'reply.asc', bytes })).toMatchObject({
      ok: false,
      error: { code: 'exists' },
    });
    expect(await readFile(join(media, 'reply.asc'), 'utf8')).toBe('ARMORED REPLY');
  });

  it('refuses to write through a symlink that points outside', async () => {
    const { handlers } = setup();
    const grantId = await chooseMedia(handlers);
    const bytes = new TextEncoder().encode('CLOBBER');
    const written = await handlers['folder.write']({ grantId, name: 'escape.txt', bytes });
    expect(written.ok).toBe(false);
    expect(await readFile(join(base, 'secret.txt'), 'utf8')).toBe('OUTSIDE THE GRANT');
  });
});

describe('entryPath', () => {
  it('keeps a plain name directly inside the root and nothing else', () => {
    expect(entryPath('/media/usb', 'reply.asc')).toBe('/media/usb/reply.asc');
    expect(entryPath('/media/usb', '../x')).toBeNull();
    expect(entryPath('/media/usb', 'a/b')).toBeNull();
    expect(entryPath('/media/usb', '.')).toBeNull();
  });
});
