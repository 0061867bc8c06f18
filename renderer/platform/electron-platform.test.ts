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
});
