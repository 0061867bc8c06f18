import { describe, it, expect } from 'vitest';
import { LOCK_EVENT } from '../shared/ipc/contract';
import {
  claimSingleInstance,
  pollScreenLock,
  SCREEN_LOCK_POLL_MS,
  wireLockEvents,
  type Every,
  type FocusableWindow,
} from './lifecycle';

function fakeEmitter<E extends string>() {
  const listeners = new Map<string, () => void>();
  return {
    on: (event: E, listener: () => void) => listeners.set(event, listener),
    emit: (event: E) => listeners.get(event)?.(),
  };
}

type IdleState = 'active' | 'idle' | 'locked' | 'unknown';

/** A power monitor whose idle state the test sets, and a clock the test ticks by hand. */
function fakePower(initial: IdleState = 'active') {
  const events = fakeEmitter<'suspend' | 'lock-screen'>();
  let state: IdleState | Error = initial;
  const power = {
    on: events.on,
    getSystemIdleState: (): IdleState => {
      if (state instanceof Error) throw state;
      return state;
    },
  };
  const timers: { ms: number; tick: () => void; stopped: boolean }[] = [];
  const every: Every = (ms, tick) => {
    const timer = { ms, tick, stopped: false };
    timers.push(timer);
    return () => (timer.stopped = true);
  };
  const tick = () => timers.filter((t) => !t.stopped).forEach((t) => t.tick());
  return {
    power,
    events,
    every,
    timers,
    tick,
    set: (next: IdleState | Error) => (state = next),
  };
}

function recorder() {
  const sent: unknown[] = [];
  const locked: string[] = [];
  const target = {
    send: (channel: string, payload: unknown) => sent.push([channel, payload]),
    isDestroyed: () => false,
  };
  return { sent, locked, getTarget: () => target, onLock: (r: string) => locked.push(r) };
}

describe('lock events', () => {
  it.each([
    ['suspend', 'suspend'],
    ['lock-screen', 'screen-lock'],
  ] as const)('sends a lock request to the window on %s', (event, reason) => {
    const { power, events } = fakePower();
    const { sent, locked, getTarget, onLock } = recorder();
    wireLockEvents(power, getTarget, onLock);
    events.emit(event);
    expect(sent).toEqual([[LOCK_EVENT, { reason }]]);
    expect(locked).toEqual([reason]);
  });

  it('still drops main-side state when the window is gone', () => {
    const { power, events } = fakePower();
    const locked: string[] = [];
    wireLockEvents(
      power,
      () => null,
      (r) => locked.push(r),
    );
    events.emit('suspend');
    expect(locked).toEqual(['suspend']);
  });
});

describe('screen lock on Linux (no lock-screen event there)', () => {
  it('locks the vault and drops the grants when the idle state turns locked', () => {
    const fake = fakePower('active');
    const { sent, locked, getTarget, onLock } = recorder();
    wireLockEvents(fake.power, getTarget, onLock, { platform: 'linux', every: fake.every });
    expect(fake.timers.map((t) => t.ms)).toEqual([SCREEN_LOCK_POLL_MS]);
    fake.tick();
    expect(locked).toEqual([]);
    fake.set('locked');
    fake.tick();
    expect(locked).toEqual(['screen-lock']);
    expect(sent).toEqual([[LOCK_EVENT, { reason: 'screen-lock' }]]);
  });

  it('locks once per lock, not on every poll while the screen stays locked', () => {
    const fake = fakePower('locked');
    const { locked, getTarget, onLock } = recorder();
    wireLockEvents(fake.power, getTarget, onLock, { platform: 'linux', every: fake.every });
    fake.tick();
    fake.tick();
    fake.tick();
    expect(locked).toEqual(['screen-lock']);
    fake.set('idle');
    fake.tick();
    fake.set('locked');
    fake.tick();
    expect(locked).toEqual(['screen-lock', 'screen-lock']);
  });

  it('goes on polling after a read that throws', () => {
    const fake = fakePower('active');
    const locked: string[] = [];
    pollScreenLock(fake.power, fake.every, () => locked.push('locked'));
    fake.set(new Error('no D-Bus session'));
    fake.tick();
    fake.set('locked');
    fake.tick();
    expect(locked).toEqual(['locked']);
  });

  it('stops when asked', () => {
    const fake = fakePower('active');
    const locked: string[] = [];
    const stop = pollScreenLock(fake.power, fake.every, () => locked.push('locked'));
    stop();
    fake.set('locked');
    fake.tick();
    expect(locked).toEqual([]);
  });

  it.each(['darwin', 'win32'])('does not poll on %s, where lock-screen fires', (platform) => {
    const fake = fakePower('locked');
    const { locked, getTarget, onLock } = recorder();
    wireLockEvents(fake.power, getTarget, onLock, { platform, every: fake.every });
    fake.tick();
    expect(fake.timers).toEqual([]);
    expect(locked).toEqual([]);
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
