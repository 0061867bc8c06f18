/** Replaced by a constant in the Electron build (scripts/electron-defines.mjs). */
declare const __AIRLOCK_DEVTOOLS__: boolean | undefined;
declare const __AIRLOCK_AUTOMATION__: boolean | undefined;

/**
 * Whether this build may open DevTools (and reload from the menu). It is decided when
 * the bundle is built, `AIRLOCK_DEVTOOLS=1 npm run build:electron`, and off otherwise:
 * `app.isPackaged` is not used because a renamed or relocated executable defeats it.
 */
export const devToolsBuild: boolean =
  typeof __AIRLOCK_DEVTOOLS__ === 'boolean' ? __AIRLOCK_DEVTOOLS__ : false;

/** Only the packaged-app smoke test's throw-away build (tests/smoke) sets this: Playwright
 *  attaches through the switches the launch guard refuses. No script or variable sets it. */
export const automationBuild: boolean =
  typeof __AIRLOCK_AUTOMATION__ === 'boolean' ? __AIRLOCK_AUTOMATION__ : false;
