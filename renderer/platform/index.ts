import { createContext, useContext } from 'react';
import type { Platform } from './platform';
import { createWebPlatform } from './web-platform';

export type { Platform, FolderAccess } from './platform';

/** Chooses the host implementation once: Electron's preload bridge when present, else the web. */
export function detectPlatform(): Platform {
  return createWebPlatform();
}

export const PlatformContext = createContext<Platform | null>(null);

export function usePlatform(): Platform {
  const platform = useContext(PlatformContext);
  if (platform === null) throw new Error('usePlatform outside PlatformContext');
  return platform;
}
