import { describe, expect, it } from 'vitest';
import { holidayName, isFocusKey, moveFocus } from './calendar-grid';

describe('calendar grid keys', () => {
  it('recognises only the grid keys', () => {
    expect(isFocusKey('PageUp')).toBe(true);
    expect(isFocusKey('Enter')).toBe(false);
  });

  it('moves by a year with Shift+Page Up/Down and to the end of the week with End', () => {
    expect(moveFocus('2026-03-01', 'ArrowLeft', 1)).toBe('2026-02-28');
    expect(moveFocus('2026-02-28', 'ArrowRight', 1)).toBe('2026-03-01');
    expect(moveFocus('2026-03-15', 'ArrowUp', 1)).toBe('2026-03-08');
    expect(moveFocus('2026-03-15', 'ArrowDown', 1)).toBe('2026-03-22');
    expect(moveFocus('2026-03-15', 'PageUp', 1, true)).toBe('2025-03-15');
    expect(moveFocus('2026-03-15', 'PageDown', 1, true)).toBe('2027-03-15');
    expect(moveFocus('2026-03-15', 'PageDown', 1)).toBe('2026-04-15');
    expect(moveFocus('2026-03-31', 'PageUp', 1)).toBe('2026-02-28');
    expect(moveFocus('2026-03-15', 'End', 1)).toBe('2026-03-15'); // a Sunday ends an ISO week
    expect(moveFocus('2026-03-15', 'End', 0)).toBe('2026-03-21');
  });

  it('names no holiday under a profile without holidays', () => {
    const none = { timeZone: 'UTC', holidays: 'none' as const, yearEndClosure: null };
    expect(holidayName('2026-01-01', none)).toBeNull();
  });
});
