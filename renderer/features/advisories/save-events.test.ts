import { describe, expect, it } from 'vitest';
import type { AdvisoryDraftId } from '../../../shared/model';
import { saveEvents, type EventDraft } from './save-events';

const finalised: EventDraft = {
  type: 'advisory.changed',
  payload: { draftId: 'd1' as AdvisoryDraftId, status: 'final' },
};

describe('events recorded by a draft save', () => {
  it('gives the case the advisory ID the draft chose', () => {
    expect(saveEvents(null, { advisoryId: 'JVNVU#12345678' }, [finalised])).toEqual([
      finalised,
      { type: 'case.updated', payload: { advisoryId: 'JVNVU#12345678' } },
    ]);
  });

  it('records nothing more when the case already has that ID or the ID is not valid yet', () => {
    expect(saveEvents('JVN#00000001', { advisoryId: 'JVN#00000001' }, [])).toEqual([]);
    expect(saveEvents(null, { advisoryId: 'JVN#12' }, [finalised])).toEqual([finalised]);
    expect(saveEvents(null, { advisoryId: '' }, [])).toEqual([]);
  });
});
