import { describe, expect, it } from 'vitest';
import { writeError } from './write-error';

describe('writeError', () => {
  it('a full disk or quota, however wrapped, is store.quota-exceeded', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    for (const error of [
      quota,
      { name: 'AbortError', inner: quota },
      new Error('x', { cause: quota }),
    ])
      expect(writeError(error).code).toBe('store.quota-exceeded');
  });

  it('anything else is store.write-failed with its own text', () => {
    expect(writeError(new Error('disk on fire'))).toEqual({
      code: 'store.write-failed',
      message: 'disk on fire',
    });
    expect(writeError('odd').code).toBe('store.write-failed');
  });
});
