import { describe, it, expect } from 'vitest';
import { buildWebPreferences, buildWindowOptions } from './window-options';

const input = { preloadPath: '/app/dist-electron/preload.cjs', devTools: false };

describe('window options', () => {
  it('applies every item of the Electron security checklist', () => {
    const prefs = buildWebPreferences(input);
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      spellcheck: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      safeDialogs: true,
      navigateOnDragDrop: false,
    });
  });

  it('loads the given preload and nothing else', () => {
    const prefs = buildWebPreferences(input);
    expect(prefs.preload).toBe('/app/dist-electron/preload.cjs');
    expect(prefs.enableBlinkFeatures).toBe('');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('turns DevTools off in a packaged build and on only when asked', () => {
    expect(buildWebPreferences(input).devTools).toBe(false);
    expect(buildWebPreferences({ ...input, devTools: true }).devTools).toBe(true);
  });

  it('creates the window hidden, with the hardened preferences', () => {
    const options = buildWindowOptions(input);
    expect(options.show).toBe(false);
    expect(options.webPreferences).toEqual(buildWebPreferences(input));
  });
});
