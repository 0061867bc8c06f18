import { describe, expect, it } from 'vitest';
import type { AirlockBridge } from '../../shared/ipc/bridge';
import { fail, ok } from '../../shared/ipc/result';
import { createElectronPlatform } from './electron-platform';

const bridgeWith = (overrides: Partial<AirlockBridge>): AirlockBridge =>
  ({
    onLockRequested: () => () => undefined,
    ...overrides,
  }) as AirlockBridge;

describe('Electron platform', () => {
  it('passes a valid reply through', async () => {
    const platform = createElectronPlatform(
      bridgeWith({
        'app.info': () =>
          Promise.resolve(
            ok({ name: 'Airlock', version: '1.0.0', shell: 'electron', platform: 'linux' }),
          ),
      }),
    );
    await expect(platform.appInfo()).resolves.toEqual({
      ok: true,
      value: { name: 'Airlock', version: '1.0.0', shell: 'electron', platform: 'linux' },
    });
  });

  it('refuses a reply that does not match the contract', async () => {
    const platform = createElectronPlatform(
      bridgeWith({
        'files.open': () => Promise.resolve(ok([{ name: '../x', size: 1, bytes: 'no' }] as never)),
      }),
    );
    const result = await platform.openFiles({ filters: [], multiple: false, maxBytes: 10 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-result' } });
  });

  it('keeps main-side errors as results', async () => {
    const platform = createElectronPlatform(
      bridgeWith({ 'files.save': () => Promise.resolve(fail('cancelled', 'no')) }),
    );
    const result = await platform.saveFile({
      suggestedName: 'a.asc',
      bytes: new Uint8Array(),
      filters: [],
    });
    expect(result).toEqual({ ok: false, error: { code: 'cancelled', message: 'no' } });
  });

  it('words a failed save in the UI language, naming the file', async () => {
    let lang: 'en' | 'ja' = 'ja';
    const platform = createElectronPlatform(
      bridgeWith({
        'files.save': () =>
          Promise.resolve(fail('disk-full', 'AL-1.asc was not saved: …', 'AL-1.asc')),
        'folder.write': () =>
          Promise.resolve(fail('read-only', 'AL-2.asc was not saved: …', 'AL-2.asc')),
      }),
      () => lang,
    );
    const args = { suggestedName: 'AL-1.asc', bytes: new Uint8Array(1), filters: [] };
    const ja = await platform.saveFile(args);
    expect(!ja.ok && ja.error).toMatchObject({ code: 'disk-full', subject: 'AL-1.asc' });
    expect(!ja.ok && ja.error.message).toMatch(
      /^AL-1\.asc は保存されていません。.*空きがありません/,
    );
    lang = 'en';
    const en = await platform.folders?.write({ grantId: 'g', name: 'AL-2.asc', bytes: args.bytes });
    expect(en?.ok === false && en.error.message).toMatch(
      /^AL-2\.asc was not saved: the disk or removable medium is read-only/,
    );
  });
});
