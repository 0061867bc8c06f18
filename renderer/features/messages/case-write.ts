// The case side of a message: the `message.sent` / `message.received` event, checked by
// the workflow engine, and the case projection it leads to (stored with the event).
import type { Case, CaseEvent, Involvement, IsoInstant } from '../../../shared/model';
import { applyCommand, foldEvents, type CaseCommand } from '../../../shared/workflow/timeline';
import { involvementRecord, type CaseWriteError } from '../../store/case-writes';

export type CaseWrite =
  | { ok: true; event: CaseEvent; kase: Case | null; involvements: Involvement[] }
  | { ok: false; code: string; message: string };

/** Plans one message event on a case's timeline; the engine may refuse it. The event is
 *  written with `appendCaseEvents`, which folds it again with the stored timeline. */
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
    involvements: r.value.projection.involvements.map(involvementRecord),
  };
}

/** A failed append as the message actions report it: the engine's code, or `store`. */
export function caseWriteFailure(error: CaseWriteError): {
  ok: false;
  code: string;
  message: string;
} {
  return {
    ok: false,
    code: error.source === 'workflow' ? error.code : 'store',
    message: error.message,
  };
}
