import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { electronSupport, pinnedMajor } from './electron-support';

const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

const manifest = readJson('../package.json') as { devDependencies: Record<string, string> };
const record = readJson('./newest-electron.json') as { newestMajor: number; newestVersion: string };

describe('the pinned Electron is a supported major', () => {
  it('is at most two majors behind the newest one recorded in the repo', () => {
    const pinned = manifest.devDependencies['electron'] ?? '';
    expect(electronSupport(pinned, record.newestMajor)).toEqual({
      supported: true,
      behind: expect.any(Number) as number,
    });
  });

  it('installs the pinned major (the lock file and node_modules agree with package.json)', () => {
    const installed = readJson('../node_modules/electron/package.json') as { version: string };
    const lock = readJson('../package-lock.json') as {
      packages: Record<string, { version?: string }>;
    };
    const pinned = pinnedMajor(manifest.devDependencies['electron'] ?? '');
    expect(pinnedMajor(installed.version)).toBe(pinned);
    expect(pinnedMajor(lock.packages['node_modules/electron']?.version ?? '')).toBe(pinned);
  });

  it('the record is not older than the pin', () => {
    expect(pinnedMajor(record.newestVersion)).toBe(record.newestMajor);
    expect(record.newestMajor).toBeGreaterThanOrEqual(
      pinnedMajor(manifest.devDependencies['electron'] ?? '') ?? Infinity,
    );
  });

  it.each([
    ['^45.6.1', 45, true],
    ['^43.0.0', 45, true],
    ['^42.9.9', 45, false],
    ['^41.7.1', 45, false],
    ['latest', 45, false],
  ] as const)('%s against a newest major of %i: supported %s', (range, newest, supported) => {
    expect(electronSupport(range, newest).supported).toBe(supported);
  });
});
