import i18next from 'i18next';
import { createContext, useContext } from 'react';
import { AIRLOCK_BRIDGE_KEY, type AirlockBridge } from '../../shared/ipc/bridge';
import { createElectronPlatform } from './electron-platform';
import type { Platform } from './platform';
import { createWebPlatform } from './web-platform';

export type { Platform, FolderAccess } from './platform';

/** Chooses the host implementation once: Electron's preload bridge when present, else the web. */
export function detectPlatform(): Platform {
  const bridge = (globalThis as Record<string, unknown>)[AIRLOCK_BRIDGE_KEY];
  return typeof bridge === 'object' && bridge !== null
    ? createElectronPlatform(bridge as AirlockBridge, () =>
        i18next.language === 'ja' ? 'ja' : 'en',
      )
    : createWebPlatform();
}

export const PlatformContext = createContext<Platform | null>(null);

export function usePlatform(): Platform {
  const platform = useContext(PlatformContext);
  if (platform === null) throw new Error('usePlatform outside PlatformContext');
  return platform;
}
