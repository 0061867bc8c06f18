import { describe, it, expect } from 'vitest';
import {
  hardenSession,
  hardenWebContents,
  type HardenableSession,
  type HardenableWebContents,
  type NavigationEvent,
  type PreventableEvent,
  type WindowOpenResponse,
} from './content-hardening';

type Listener = (event: NavigationEvent) => void;

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => WindowOpenResponse) | undefined;
  const contents: HardenableWebContents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
  };
  const emit = (name: string, url: string) => {
    const event = { url, prevented: false, preventDefault: () => (event.prevented = true) };
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no listener for ${name}`);
    listener(event);
    return event.prevented;
  };
  return { contents, emit, open: (url: string) => openHandler?.({ url }) };
}

function fakeSession() {
  const state: {
    request?: Parameters<HardenableSession['setPermissionRequestHandler']>[0];
    check?: Parameters<HardenableSession['setPermissionCheckHandler']>[0];
    device?: Parameters<HardenableSession['setDevicePermissionHandler']>[0];
    spellchecker?: boolean;
    download?: (event: PreventableEvent) => void;
  } = {};
  const session: HardenableSession = {
    setPermissionRequestHandler: (h) => (state.request = h),
    setPermissionCheckHandler: (h) => (state.check = h),
    setDevicePermissionHandler: (h) => (state.device = h),
    setSpellCheckerEnabled: (on) => (state.spellchecker = on),
    on: (_event, listener) => (state.download = listener),
  };
  return { session, state };
}

describe('web contents hardening', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'prevents %s to another origin',
    (name) => {
      const { contents, emit } = fakeWebContents();
      hardenWebContents(contents);
      expect(emit(name, 'https://example.com/')).toBe(true);
      expect(emit(name, 'file:///etc/passwd')).toBe(true);
      expect(emit(name, 'app://airlock.evil/index.html')).toBe(true);
    },
  );

  it('lets the app reload itself within its own origin', () => {
    const { contents, emit } = fakeWebContents();
    hardenWebContents(contents);
    expect(emit('will-navigate', 'app://airlock/index.html')).toBe(false);
  });

  it('denies window.open, whatever the URL', () => {
    const { contents, open } = fakeWebContents();
    const reported: string[] = [];
    hardenWebContents(contents, (what, detail) => reported.push(`${what} ${detail}`));
    expect(open('https://example.com/advisory')).toEqual({ action: 'deny' });
    expect(open('app://airlock/index.html')).toEqual({ action: 'deny' });
    expect(reported).toContain('window.open https://example.com/advisory');
  });

  it('prevents a webview from attaching', () => {
    const { contents, emit } = fakeWebContents();
    hardenWebContents(contents);
    expect(emit('will-attach-webview', 'app://airlock/index.html')).toBe(true);
  });
});

describe('session hardening', () => {
  it.each([
    'media',
    'notifications',
    'clipboard-read',
    'geolocation',
    'openExternal',
    'fullscreen',
  ])('denies the permission request %s', (permission) => {
    const { session, state } = fakeSession();
    hardenSession(session);
    const answers: boolean[] = [];
    state.request?.({}, permission, (granted) => answers.push(granted));
    expect(answers).toEqual([false]);
  });

  it('answers every permission and device check with no', () => {
    const { session, state } = fakeSession();
    hardenSession(session);
    for (const permission of ['media', 'clipboard-sanitized-write', 'hid', 'serial', 'usb']) {
      expect(state.check?.({}, permission)).toBe(false);
    }
    expect(state.device?.({ deviceType: 'usb' })).toBe(false);
  });

  it('turns the spellchecker off and cancels downloads', () => {
    const { session, state } = fakeSession();
    hardenSession(session);
    expect(state.spellchecker).toBe(false);
    let prevented = false;
    state.download?.({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });
});
