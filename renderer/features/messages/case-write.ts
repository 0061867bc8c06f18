// The case side of a message: the `message.sent` / `message.received` event, checked by
// the workflow engine, and the case projection it leads to (stored with the event).
import type { CaseEvent, Involvement, IsoInstant } from '../../../shared/model';
import type { InvolvementView } from '../../../shared/workflow/projection';
import { applyCommand, foldEvents, type CaseCommand } from '../../../shared/workflow/timeline';
import type { Case } from '../../../shared/model';

export type CaseWrite =
  | { ok: true; event: CaseEvent; kase: Case | null; involvements: Involvement[] }
  | { ok: false; code: string; message: string };

const toRecord = ({ statusSince: _since, ...inv }: InvolvementView): Involvement => inv;

/** Plans one message event on a case's timeline; the engine may refuse it. */
export function planMessageEvent(
  history: readonly CaseEvent[],
  command: Extract<CaseCommand, { type: 'message.sent' | 'message.received' }>,
  actor: string,
  now: IsoInstant,
): CaseWrite {
  const projection = foldEvents(history);
  const r = applyCommand(projection, command, { actor, now });
  if (!r.ok) return { ok: false, code: r.error.code, message: r.error.message };
  return {
    ok: true,
    event: r.value.event,
    kase: r.value.projection.case,
    involvements: r.value.projection.involvements.map(toRecord),
  };
}
