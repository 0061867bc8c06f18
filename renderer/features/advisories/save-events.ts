import { advisoryIdSchema } from '../../../shared/model';
import type { AdvisoryDraft } from '../../../shared/model/advisory-draft';

export type EventDraft =
  | { type: 'advisory.changed'; payload: { draftId: string; status: 'draft' | 'final' } }
  | { type: 'leak-guard.overridden'; payload: { field: string; reason: string } };

/**
 * The events a draft save records: the editor's own, and the case's advisory ID when the
 * draft gives it one it does not have yet (so the case header, the list and bundles show
 * it). An ID that is not yet well-formed stays in the draft only.
 */
export const saveEvents = (
  caseAdvisoryId: string | null,
  draft: Pick<AdvisoryDraft, 'advisoryId'>,
  events: readonly EventDraft[],
): readonly (EventDraft | { type: 'case.updated'; payload: { advisoryId: string } })[] =>
  draft.advisoryId !== caseAdvisoryId && advisoryIdSchema.safeParse(draft.advisoryId).success
    ? [...events, { type: 'case.updated', payload: { advisoryId: draft.advisoryId } }]
    : events;
