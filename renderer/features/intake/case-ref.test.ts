import { describe, expect, it } from 'vitest';
import { nextCaseRef } from './case-ref';

describe('nextCaseRef', () => {
  it('starts at 0001 and follows the highest number of the same prefix and year', () => {
    expect(nextCaseRef('AL', 2026, [])).toBe('AL-2026-0001');
    expect(
      nextCaseRef('AL', 2026, ['AL-2026-0002', 'AL-2026-0041', 'AL-2025-0099', 'XY-2026-0500']),
    ).toBe('AL-2026-0042');
  });

  it('grows past four digits instead of wrapping', () => {
    expect(nextCaseRef('AL', 2026, ['AL-2026-9999'])).toBe('AL-2026-10000');
  });
});
