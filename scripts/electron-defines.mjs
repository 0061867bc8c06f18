/**
 * Build-time constants of the Electron bundles. DevTools are a property of the build
 * (`AIRLOCK_DEVTOOLS=1 npm run build:electron`), never of how the executable is named or
 * launched; every other build, `npm run dist` included, has them off.
 * @param {Record<string, string | undefined>} env
 * @returns {Record<string, string>}
 */
export function electronDefines(env) {
  return {
    'process.env.NODE_ENV': '"production"',
    __AIRLOCK_DEVTOOLS__: JSON.stringify(env.AIRLOCK_DEVTOOLS === '1'),
  };
}
