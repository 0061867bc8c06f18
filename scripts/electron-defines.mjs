/**
 * Build-time constants of the Electron bundles. DevTools are a property of the build
 * (`AIRLOCK_DEVTOOLS=1 npm run build:electron`), never of how the executable is named or
 * launched; every other build, `npm run dist` included, has them off. `automation` (the
 * launch guard off, so Playwright may attach) is no environment variable on purpose: only
 * the smoke test's own throw-away build passes it.
 * @param {Record<string, string | undefined>} env
 * @param {{ automation?: boolean }} [options]
 * @returns {Record<string, string>}
 */
export function electronDefines(env, options = {}) {
  return {
    'process.env.NODE_ENV': '"production"',
    __AIRLOCK_DEVTOOLS__: JSON.stringify(env.AIRLOCK_DEVTOOLS === '1'),
    __AIRLOCK_AUTOMATION__: JSON.stringify(options.automation === true),
  };
}
