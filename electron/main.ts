import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  ipcMain,
  powerMonitor,
  protocol,
  session,
} from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildMenuTemplate } from './app-menu';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  createAppProtocolHandler,
  privilegedSchemes,
} from './app-protocol';
import { hardenSession, hardenWebContents, type BlockReporter } from './content-hardening';
import { installEgressBlock } from './egress-block';
import { createHandlers } from './handlers/create-handlers';
import type { DialogPort } from './handlers/dialog-port';
import { createFolderGrants } from './handlers/folder-grants';
import { registerIpcHandlers } from './ipc-register';
import { createSenderCheck } from './ipc-sender';
import { claimSingleInstance, wireLockEvents } from './lifecycle';
import { buildWindowOptions } from './window-options';
import { automationBuild, devToolsBuild } from './build-flags';
import { fenceNetwork, refuseUnsafeLaunch } from './startup-guard';

// Composition root only: every decision lives in a module with its own test. This file
// binds those modules to the real Electron objects, in the order Electron requires.

// Decided when the bundle was built, not by the executable's name (build-flags.ts).
const devTools = devToolsBuild;
const report: BlockReporter = (what, detail) => {
  console.warn(`[airlock] refused ${what}: ${detail}`);
};
const grants = createFolderGrants();
let mainWindow: BrowserWindow | null = null;

const dialogs: DialogPort = {
  showOpenDialog: (options) =>
    mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
  showSaveDialog: (options) =>
    mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
};

const liveContents = () =>
  mainWindow === null || mainWindow.isDestroyed() ? null : mainWindow.webContents;

function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow(
    buildWindowOptions({
      preloadPath: join(app.getAppPath(), 'dist-electron', 'preload.cjs'),
      devTools,
    }),
  );
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    mainWindow = null;
    grants.clear();
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

function start(): void {
  const ses = session.defaultSession;
  hardenSession(ses, report);
  installEgressBlock(ses.webRequest, report);
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({
      rendererRoot: join(app.getAppPath(), 'dist', 'renderer'),
      readFile: (path) => readFile(path),
    }),
  );
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate({ isMac: process.platform === 'darwin', devTools })),
  );
  registerIpcHandlers({
    ipcMain,
    isTrustedSender: createSenderCheck(liveContents),
    handlers: createHandlers({
      appName: app.getName(),
      appVersion: app.getVersion(),
      platform: process.platform,
      dialog: dialogs,
      grants,
      getContents: liveContents,
      defaultDirectory: app.getPath('documents'),
    }),
    report,
  });
  wireLockEvents(powerMonitor, liveContents, () => grants.clear(), {
    platform: process.platform,
    every: (ms, tick) => {
      const timer = setInterval(tick, ms);
      return () => clearInterval(timer);
    },
  });
  mainWindow = createMainWindow();
}

// A debugger port, an inspector or a switched-off sandbox is refused before anything
// starts; only a developer's unpackaged DevTools build may use them.
if (
  refuseUnsafeLaunch({
    argv: process.argv,
    platform: process.platform,
    enforce: (app.isPackaged || !devTools) && !automationBuild,
    log: (message) => console.error(message),
  })
) {
  app.exit(1);
} else {
  // All of these must happen before the app is ready.
  fenceNetwork(app.commandLine);
  protocol.registerSchemesAsPrivileged(privilegedSchemes);
  app.enableSandbox();
  // Every web contents, including any that appears later, gets the navigation rules.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, report));
  // Quitting with the last window (also on macOS) leaves no process holding state.
  app.on('window-all-closed', () => app.quit());

  if (claimSingleInstance(app, () => mainWindow)) {
    app
      .whenReady()
      .then(start)
      .catch((error: unknown) => {
        console.error('[airlock] start-up failed', error);
        app.quit();
      });
  }
}
