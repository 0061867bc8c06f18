import { advisoryIdSchema } from '../../../shared/model';
import type { AdvisoryDraft } from '../../../shared/model/advisory-draft';
import type { CaseCommand } from '../../../shared/workflow/timeline';

/** The editor's own commands. */
export type EventDraft = Extract<
  CaseCommand,
  { type: 'advisory.changed' | 'leak-guard.overridden' | 'note.added' }
>;

/**
 * The events a draft save records: the editor's own, and the case's advisory ID when the
 * draft gives it one it does not have yet (so the case header, the list and bundles show
 * it). An ID that is not yet well-formed stays in the draft only.
 */
export const saveEvents = (
  caseAdvisoryId: string | null,
  draft: Pick<AdvisoryDraft, 'advisoryId'>,
  events: readonly EventDraft[],
): readonly CaseCommand[] =>
  draft.advisoryId !== caseAdvisoryId && advisoryIdSchema.safeParse(draft.advisoryId).success
    ? [...events, { type: 'case.updated', payload: { advisoryId: draft.advisoryId } }]
    : events;
