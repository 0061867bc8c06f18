import { describe, expect, it } from 'vitest';
import { fail, failWith, mapFail, mapOk, ok, type Result } from './result';

// Declared as a function so TypeScript does not narrow the union at the call site.
const halve = (n: number): Result<number, string> => (n % 2 === 0 ? ok(n / 2) : fail('odd'));

describe('Result', () => {
  it('maps a success and leaves a failure as it is', () => {
    const good = halve(4);
    const bad = halve(3);
    expect(mapOk(good, (n) => n * 3)).toEqual({ ok: true, value: 6 });
    expect(mapOk(bad, (n) => n * 3)).toBe(bad);
  });

  it('maps a failure and leaves a success as it is', () => {
    const good = halve(4);
    const bad = halve(3);
    expect(mapFail(bad, (e) => e.length)).toEqual({ ok: false, error: 3 });
    expect(mapFail(good, (e) => e.length)).toBe(good);
  });

  it('builds the common coded error', () => {
    expect(failWith('key-invalid', 'no key')).toEqual({
      ok: false,
      error: { code: 'key-invalid', message: 'no key' },
    });
  });
});
