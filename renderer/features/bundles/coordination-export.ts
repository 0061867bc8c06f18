// A bundle that hands the case over or adds a co-coordinator (issue 27 item 4) carries its
// own `coordination.*` event, so the recipient reads the hand-over in the bundle it imports
// and the sender records the very same event (same id) once the file is saved. The engine
// (planAppend → coordination.ts) decides whether this organisation may do it.
import type { ExportSelection } from '../../../shared/exchange/bundle';
import type { CaseEvent } from '../../../shared/model';
import type { KeyRecord } from '../../../shared/model/key';
import { failWith, ok, type CodedError, type Result } from '../../../shared/result';
import { planAppend } from '../../../shared/workflow/append';
import type { CaseCommand } from '../../../shared/workflow/timeline';
import { keyLabel } from '../keys';

/** What the bundle does besides sharing the case: read and merge, co-coordinate, or hand over. */
export type ExportIntent = 'share' | 'co-coordinator' | 'transfer';

export type CoordinationInput = {
  intent: ExportIntent;
  /** Our organisation key (the signer). */
  from: string;
  /** The chosen recipients' keys: a hand-over or co-coordination names exactly one. */
  keys: readonly KeyRecord[];
  note: string;
  actor: string;
  now: string;
};

/** The coordination event the bundle carries (null for a plain share), or why not. */
export function coordinationEvent(
  history: readonly CaseEvent[],
  caseId: string,
  selection: ExportSelection,
  input: CoordinationInput,
): Result<CaseEvent | null, CodedError> {
  if (input.intent === 'share') return ok(null);
  const [key, ...others] = input.keys;
  if (key === undefined || others.length > 0) {
    return failWith('coordination.one-recipient', 'choose exactly one recipient organisation');
  }
  if (selection.view.kind !== 'full') {
    return failWith('coordination.full-view', 'a hand-over carries the whole case (full view)');
  }
  const from = input.from.toUpperCase();
  const to = key.fingerprint.toUpperCase();
  const name = keyLabel(key);
  const command: CaseCommand =
    input.intent === 'transfer'
      ? { type: 'coordination.transferred', payload: { from, to, toName: name, note: input.note } }
      : {
          type: 'coordination.co-coordinator-added',
          payload: { from, fingerprint: to, name, note: input.note },
        };
  const planned = planAppend(history, {
    caseId,
    commands: [command],
    by: { actor: input.actor, now: input.now },
  });
  if (!planned.ok) return failWith(planned.error.code, planned.error.message);
  return ok(planned.value.events[0] ?? null);
}

/** The selection with the coordination event added to its case's timeline. */
export function withCoordinationEvent(
  selection: ExportSelection,
  event: CaseEvent | null,
): ExportSelection {
  if (event === null) return selection;
  return {
    ...selection,
    cases: selection.cases.map((c) =>
      c.document.case.id === event.caseId
        ? { ...c, document: { ...c.document, events: [...c.document.events, event] } }
        : c,
    ),
  };
}
