import { describe, expect, it } from 'vitest';
import {
  fenceNetwork,
  HOST_RESOLVER_RULES,
  refusedSwitches,
  refuseUnsafeLaunch,
} from './startup-guard';

const exe = '/opt/Airlock/airlock';

describe('launch switches that expose the app are refused', () => {
  it.each([
    '--remote-debugging-port=9222',
    '--remote-debugging-pipe',
    '--remote-debugging-address=0.0.0.0',
    '--remote-allow-origins=*',
    '--inspect',
    '--inspect=0',
    '--inspect-brk=9229',
    '--inspect-port=9229',
    '--no-sandbox',
    '--disable-gpu-sandbox',
    '--disable-web-security',
    '--host-resolver-rules=MAP * 127.0.0.1',
    '--proxy-server=http://proxy.example:8080',
    '--js-flags=--allow-natives-syntax',
    '-remote-debugging-port=9222',
    '--Remote-Debugging-Port=9222',
  ])('%s', (arg) => {
    expect(refusedSwitches([exe, arg], 'linux')).toEqual([arg.split('=')[0]]);
  });

  it('reads a slash switch on Windows only', () => {
    expect(refusedSwitches(['airlock.exe', '/no-sandbox'], 'win32')).toEqual(['/no-sandbox']);
    expect(refusedSwitches([exe, '/no-sandbox'], 'linux')).toEqual([]);
  });

  it('lets ordinary launches through, and stops reading at --', () => {
    expect(refusedSwitches([exe], 'linux')).toEqual([]);
    expect(refusedSwitches([exe, '.', '--enable-logging', '--lang=ja'], 'linux')).toEqual([]);
    expect(refusedSwitches([exe, '--', '--no-sandbox'], 'linux')).toEqual([]);
    expect(refusedSwitches(['--no-sandbox'], 'linux')).toEqual([]);
  });

  it('quits with a message naming the switches when enforced', () => {
    const logged: string[] = [];
    const refuse = refuseUnsafeLaunch({
      argv: [exe, '--no-sandbox', '--remote-debugging-port=1'],
      platform: 'linux',
      enforce: true,
      log: (m) => logged.push(m),
    });
    expect(refuse).toBe(true);
    expect(logged.join('')).toMatch(/--no-sandbox, --remote-debugging-port/);
  });

  it('lets a developer DevTools build run unpackaged with them', () => {
    const logged: string[] = [];
    expect(
      refuseUnsafeLaunch({
        argv: [exe, '--inspect'],
        platform: 'linux',
        enforce: false,
        log: (m) => logged.push(m),
      }),
    ).toBe(false);
    expect(logged).toEqual([]);
  });
});

describe('the resolver fence', () => {
  it('maps every host name to nothing', () => {
    const switches: [string, string | undefined][] = [];
    fenceNetwork({ appendSwitch: (name, value) => switches.push([name, value]) });
    expect(switches).toEqual([['host-resolver-rules', 'MAP * ~NOTFOUND']]);
    expect(HOST_RESOLVER_RULES).toBe('MAP * ~NOTFOUND');
  });
});
