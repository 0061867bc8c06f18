import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export type WindowOptionsInput = {
  /** Absolute path of the bundled preload (dist-electron/preload.cjs). */
  preloadPath: string;
  /** DevTools only in an unpackaged build: a packaged app gives no console to a thief. */
  devTools: boolean;
};

/**
 * Electron's security checklist as data (ARCHITECTURE.md §5). Every value is stated
 * explicitly even where it matches Electron's default, so a changed default or a
 * careless edit shows up in the test beside this file.
 */
export function buildWebPreferences(input: WindowOptionsInput): WebPreferences {
  return {
    preload: input.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    // The spellchecker downloads dictionaries from Google: no network, ever.
    spellcheck: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    // A page cannot flood the analyst with alert() loops.
    safeDialogs: true,
    // A file dropped on the window must not replace the app with that file.
    navigateOnDragDrop: false,
    devTools: input.devTools,
    // Timers keep running when hidden, so the idle auto-lock fires on time.
    backgroundThrottling: false,
  };
}

export function buildWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 840,
    minWidth: 960,
    minHeight: 600,
    title: 'Airlock',
    // Shown on ready-to-show, so the analyst never sees an unstyled flash.
    show: false,
    backgroundColor: '#1a1b1e',
    autoHideMenuBar: true,
    webPreferences: buildWebPreferences(input),
  };
}
