import { describe, it, expect } from 'vitest';
import { LOCK_EVENT } from '../shared/ipc/contract';
import { claimSingleInstance, wireLockEvents, type FocusableWindow } from './lifecycle';

function fakeEmitter<E extends string>() {
  const listeners = new Map<string, () => void>();
  return {
    on: (event: E, listener: () => void) => listeners.set(event, listener),
    emit: (event: E) => listeners.get(event)?.(),
  };
}

describe('lock events', () => {
  it.each([
    ['suspend', 'suspend'],
    ['lock-screen', 'screen-lock'],
  ] as const)('sends a lock request to the window on %s', (event, reason) => {
    const power = fakeEmitter<'suspend' | 'lock-screen'>();
    const sent: unknown[] = [];
    const locked: string[] = [];
    wireLockEvents(
      power,
      () => ({
        send: (channel, payload) => sent.push([channel, payload]),
        isDestroyed: () => false,
      }),
      (r) => locked.push(r),
    );
    power.emit(event);
    expect(sent).toEqual([[LOCK_EVENT, { reason }]]);
    expect(locked).toEqual([reason]);
  });

  it('still drops main-side state when the window is gone', () => {
    const power = fakeEmitter<'suspend' | 'lock-screen'>();
    const locked: string[] = [];
    wireLockEvents(
      power,
      () => null,
      (r) => locked.push(r),
    );
    power.emit('suspend');
    expect(locked).toEqual(['suspend']);
  });
});

describe('single instance', () => {
  function fakeWindow(minimized: boolean) {
    const calls: string[] = [];
    const win: FocusableWindow = {
      isDestroyed: () => false,
      isMinimized: () => minimized,
      restore: () => calls.push('restore'),
      show: () => calls.push('show'),
      focus: () => calls.push('focus'),
    };
    return { win, calls };
  }

  it('quits a second instance at once', () => {
    const events = fakeEmitter<'second-instance'>();
    let quit = false;
    const app = {
      requestSingleInstanceLock: () => false,
      quit: () => (quit = true),
      on: events.on,
    };
    expect(claimSingleInstance(app, () => null)).toBe(false);
    expect(quit).toBe(true);
  });

  it('brings the existing window to the front when another launch is attempted', () => {
    const events = fakeEmitter<'second-instance'>();
    const app = { requestSingleInstanceLock: () => true, quit: () => undefined, on: events.on };
    const { win, calls } = fakeWindow(true);
    expect(claimSingleInstance(app, () => win)).toBe(true);
    events.emit('second-instance');
    expect(calls).toEqual(['restore', 'show', 'focus']);
  });
});
