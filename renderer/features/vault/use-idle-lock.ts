import { useEffect } from 'react';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** Calls `onIdle` once after `minutes` without keyboard, pointer or wheel activity. */
export function useIdleLock(minutes: number, onIdle: () => void): void {
  useEffect(() => {
    const delay = Math.max(1, minutes) * 60_000;
    let timer = setTimeout(onIdle, delay);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(onIdle, delay);
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, reset, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, reset);
    };
  }, [minutes, onIdle]);
}
