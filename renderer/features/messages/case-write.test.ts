import { describe, expect, it } from 'vitest';
import { testUuid } from '../../../shared/workflow/testing/test-events';
import { caseWriteFailure } from './case-write';

describe('caseWriteFailure', () => {
  it('reports the engine’s refusal by its code and a store failure as `store`', () => {
    expect(
      caseWriteFailure({
        source: 'workflow',
        code: 'case-closed',
        message: 'The case is closed',
        eventId: testUuid(1),
      }),
    ).toEqual({ ok: false, error: { code: 'case-closed', message: 'The case is closed' } });
    expect(
      caseWriteFailure({ source: 'store', code: 'vault.locked', message: 'The vault is locked.' }),
    ).toEqual({ ok: false, error: { code: 'store', message: 'The vault is locked.' } });
  });
});
