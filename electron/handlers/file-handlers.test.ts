import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { DialogPort } from './dialog-port';
import { createOpenFiles, createSaveFile } from './file-handlers';
import { createPrintPdf } from './print-pdf';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'airlock-files-'));
  await writeFile(join(dir, 'report.txt'), 'PoC steps');
  await writeFile(join(dir, 'poc.bin'), new Uint8Array(300));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function fakeDialog(open: string[] | null, save: string | null) {
  const seen: { open?: OpenDialogOptions; save?: SaveDialogOptions } = {};
  const dialog: DialogPort = {
    showOpenDialog: (options) => {
      seen.open = options;
      return Promise.resolve(
        open === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: open },
      );
    },
    showSaveDialog: (options) => {
      seen.save = options;
      return Promise.resolve(
        save === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: save },
      );
    },
  };
  return { dialog, seen };
}

const textFilter = [{ name: 'Text', extensions: ['txt'] }];

describe('files.open', () => {
  it('returns base names and bytes, passing the filters to the dialog', async () => {
    const { dialog, seen } = fakeDialog([join(dir, 'report.txt')], null);
    const result = await createOpenFiles({ dialog })({
      filters: textFilter,
      multiple: false,
      maxBytes: 100,
    });
    expect(
      result.ok && result.value.map((f) => [f.name, f.size, new TextDecoder().decode(f.bytes)]),
    ).toEqual([['report.txt', 9, 'PoC steps']]);
    expect(seen.open?.filters).toEqual(textFilter);
    expect(seen.open?.properties).toEqual(['openFile', 'dontAddToRecent']);
    expect(JSON.stringify(result)).not.toContain(dir);
  });

  it('refuses a file over the size cap', async () => {
    const { dialog } = fakeDialog([join(dir, 'report.txt'), join(dir, 'poc.bin')], null);
    const result = await createOpenFiles({ dialog })({
      filters: [],
      multiple: true,
      maxBytes: 200,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('returns an empty list when the user cancels', async () => {
    const { dialog } = fakeDialog(null, null);
    expect(
      await createOpenFiles({ dialog })({ filters: [], multiple: true, maxBytes: 10 }),
    ).toEqual({
      ok: true,
      value: [],
    });
  });
});

describe('files.save', () => {
  it('writes the bytes where the user chose', async () => {
    const target = join(dir, 'message.asc');
    const { dialog, seen } = fakeDialog(null, target);
    const result = await createSaveFile({ dialog, defaultDirectory: '/home/analyst' })({
      suggestedName: 'AL-2026-0042.asc',
      bytes: new TextEncoder().encode('-----BEGIN PGP MESSAGE-----'),
      filters: [],
    });
    expect(result).toEqual({ ok: true, value: { saved: true } });
    expect(await readFile(target, 'utf8')).toBe('-----BEGIN PGP MESSAGE-----');
    expect(seen.save?.defaultPath).toBe('/home/analyst/AL-2026-0042.asc');
  });

  it('writes nothing when the user cancels', async () => {
    const { dialog } = fakeDialog(null, null);
    const result = await createSaveFile({ dialog })({
      suggestedName: 'x.asc',
      bytes: new Uint8Array(1),
      filters: [],
    });
    expect(result).toEqual({ ok: true, value: { saved: false } });
  });
});

describe('print.pdf', () => {
  it('asks where to save, then prints the window to that file', async () => {
    const target = join(dir, 'advisory.pdf');
    const { dialog, seen } = fakeDialog(null, target);
    const printed: unknown[] = [];
    const contents = {
      printToPDF: (options: unknown) => {
        printed.push(options);
        return Promise.resolve(new TextEncoder().encode('%PDF-1.7'));
      },
    };
    const result = await createPrintPdf({ dialog, getContents: () => contents })({
      suggestedName: 'advisory.pdf',
    });
    expect(result).toEqual({ ok: true, value: { saved: true } });
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7');
    expect(seen.save?.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
    expect(printed).toHaveLength(1);
  });

  it('prints nothing when the user cancels', async () => {
    const { dialog } = fakeDialog(null, null);
    let printed = false;
    const contents = {
      printToPDF: () => {
        printed = true;
        return Promise.resolve(new Uint8Array());
      },
    };
    const result = await createPrintPdf({ dialog, getContents: () => contents })({
      suggestedName: 'a.pdf',
    });
    expect(result).toEqual({ ok: true, value: { saved: false } });
    expect(printed).toBe(false);
  });
});
