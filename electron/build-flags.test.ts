import { build } from 'esbuild';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { electronDefines } from '../scripts/electron-defines.mjs';
import { devToolsBuild } from './build-flags';

/** build-flags.ts bundled as scripts/build-electron.mjs bundles it, then evaluated. */
async function builtFlag(env: Record<string, string>): Promise<unknown> {
  const out = await build({
    entryPoints: [new URL('./build-flags.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    define: electronDefines(env),
    logLevel: 'silent',
  });
  const module = { exports: {} as Record<string, unknown> };
  runInNewContext(out.outputFiles[0]?.text ?? '', { module, exports: module.exports });
  return module.exports['devToolsBuild'];
}

describe('DevTools are decided when the bundle is built', () => {
  it('are off in an ordinary build (npm start, npm run dist)', async () => {
    expect(await builtFlag({})).toBe(false);
    expect(await builtFlag({ AIRLOCK_DEVTOOLS: 'yes' })).toBe(false);
  });

  it('are on only in a build made with AIRLOCK_DEVTOOLS=1', async () => {
    expect(await builtFlag({ AIRLOCK_DEVTOOLS: '1' })).toBe(true);
  });

  it('no environment variable turns the launch guard off', () => {
    const defines = electronDefines({ AIRLOCK_AUTOMATION: '1', AIRLOCK_DEVTOOLS: '1' });
    expect(defines['__AIRLOCK_AUTOMATION__']).toBe('false');
    expect(electronDefines({}, { automation: true })['__AIRLOCK_AUTOMATION__']).toBe('true');
  });

  it('are off where nothing defined them (the tests)', () => {
    expect(devToolsBuild).toBe(false);
  });
});
