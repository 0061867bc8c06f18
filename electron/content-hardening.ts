import { isAppUrl } from './app-protocol';

/** The parts of Electron's events and objects this module touches, so tests pass fakes. */
export type PreventableEvent = { preventDefault(): void };
export type NavigationEvent = PreventableEvent & { url: string };
export type WindowOpenResponse = { action: 'deny' };

export type HardenableWebContents = {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => WindowOpenResponse): void;
};

export type HardenableSession = {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
  setSpellCheckerEnabled(enabled: boolean): void;
  on(event: 'will-download', listener: (event: PreventableEvent) => void): unknown;
};

/** Told about everything refused, so a blocked feature is visible in the main log. */
export type BlockReporter = (what: string, detail: string) => void;

const silent: BlockReporter = () => undefined;

/**
 * Every web contents (the main window and anything that might appear later) may only
 * move within the app origin: navigation, redirects and frame navigation elsewhere are
 * cancelled, `window.open` is denied, and <webview> never attaches. Nothing here opens
 * an external browser: a link in case data must never leave the air gap by a click.
 */
export function hardenWebContents(
  contents: HardenableWebContents,
  report: BlockReporter = silent,
): void {
  const stayInApp =
    (what: string) =>
    (event: NavigationEvent): void => {
      if (isAppUrl(event.url)) return;
      event.preventDefault();
      report(what, event.url);
    };
  contents.on('will-navigate', stayInApp('navigation'));
  contents.on('will-frame-navigate', stayInApp('frame navigation'));
  contents.on('will-redirect', stayInApp('redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    report('webview', 'attach refused');
  });
  contents.setWindowOpenHandler((details) => {
    report('window.open', details.url);
    return { action: 'deny' };
  });
}

/**
 * The app needs no browser permission (camera, notifications, clipboard read, HID,
 * serial, ...): every request and every check is answered "no", downloads are
 * cancelled (files leave only through the save dialog), and the spellchecker, which
 * fetches dictionaries over the network, stays off.
 */
export function hardenSession(session: HardenableSession, report: BlockReporter = silent): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    report('permission request', permission);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setSpellCheckerEnabled(false);
  session.on('will-download', (event) => {
    event.preventDefault();
    report('download', 'cancelled');
  });
}
