// Planning an append to a case's timeline: the one rule for "may these events be written,
// and what does the case look like after". Pure: the store hands in the stored timeline,
// a feature hands in commands (or, for imports and backdated records, events it built),
// and the answer is the events to write with the projection they lead to, or the engine's
// first refusal. Every writer of case events goes through here, the app's store and the
// CLI's case documents alike.
import type { CaseEvent, IsoInstant } from '../model';
import { fail, ok, type Result } from '../result';
import { isEmbargoBreach, type WorkflowErrorCode } from './errors';
import { firstIntakeRefusal } from './intake-rules';
import { coordinationRefusal } from './coordination';
import { foldForwardKnown, type KnownTimeline } from './fold-forward';
import { compareEvents } from './merge';
import type { CaseProjection } from './projection';
import { applyEvent } from './reducer';
import {
  applyEvents,
  buildEvent,
  foldEvents,
  hasCreationEvent,
  type CaseCommand,
} from './timeline';

export type CaseAppend = {
  caseId: string;
  /** Events already built: imports, a backdated record, a bundle's timeline. */
  events?: readonly CaseEvent[];
  /** Commands recorded now; their events are built here, after the stored timeline. */
  commands?: readonly CaseCommand[];
  /** Who records the commands, and when (required with `commands`). */
  by?: { actor: string; now: IsoInstant };
  /**
   * `refuse` (the default): nothing is written if the engine rejects any event it did not
   * already reject before, a new one or a stored one that a backdated event now breaks.
   * `keep`: rejected events are stored but stay out of the projection (a bundle import
   * keeps the sender's timeline whole; recording an export never fails on the engine),
   * except an embargo breach (`isEmbargoBreach`): that refuses the append in either mode.
   */
  rejected?: 'refuse' | 'keep';
  /**
   * The projection of a case that has no stored events (a record from an older export):
   * the new events are applied onto it. Ignored once the case has events.
   */
  base?: CaseProjection;
  /**
   * The fingerprint of the organisation whose bundle brings `events` (an import being
   * planned); without it they were recorded here. Who may change what after a hand-over
   * (`coordination.ts`) is judged on it, and refused in either `rejected` mode.
   */
  from?: string;
};

export type AppendRefusal = { code: WorkflowErrorCode; message: string; eventId: string };

/** What to write (the built events, in order) and the case after them. */
export type PlannedAppend = { events: CaseEvent[]; projection: CaseProjection };

export type AppendPlan = Result<PlannedAppend, AppendRefusal>;

const refusal = (code: WorkflowErrorCode, message: string, eventId: string): AppendPlan =>
  fail({ code, message, eventId });

/**
 * Whether the new events only extend the timeline: each sorts after every stored one and
 * none reuses a stored id. Then the stored fold carries on event by event; otherwise (a
 * backdated or repeated event) the whole timeline is folded again, once. Asked of the
 * stored timeline as known (its ids and last event), not read again.
 */
const extendsTimeline = (history: KnownTimeline, events: readonly CaseEvent[]) => {
  // Commands add no built events here (theirs are built after the fold): nothing to check.
  if (events.length === 0) return true;
  const { last } = history;
  if (last === undefined) return true;
  // A stored timeline that repeats an id (never written so) is not known by its ids.
  const ids = history.ids ?? new Set(history.events.map((e) => e.id));
  return events.every((e) => !ids.has(e.id) && compareEvents(last, e) < 0);
};

// The stored timeline's fold, carried on from the last commit's when the timeline only grew
// (foldEvents of a grown timeline is the earlier fold with the added events applied).
const foldHistory = foldForwardKnown(foldEvents, applyEvents);

/**
 * The stored timeline folded by a reader that needs it anyway (the case view): `folded` is
 * `applyEvents(emptyProjection(), events)`. The first append after a case is opened then
 * costs what it adds, not a second fold of its 20,000 events (issue 25).
 */
export type StoredFold = { events: readonly CaseEvent[]; folded: CaseProjection };

/**
 * `storedFold` as the planner's own fold of `history`: only of this very list (a list the
 * store replaced, or one a transaction grew, is folded here) and only where the two folds
 * are the same: with `case.created` (else the stored record is the case) and no id twice
 * (else `foldEvents` drops the repeats: `knowTimeline` knows no ids).
 */
const seedOf =
  (storedFold: StoredFold, history: readonly CaseEvent[]) =>
  (known: KnownTimeline): CaseProjection | undefined =>
    storedFold.events === history && known.ids !== null && hasCreationEvent(history)
      ? storedFold.folded
      : undefined;

/** Builds each command's event on the running projection; the first refusal stops it. */
const buildCommands = (
  p: CaseProjection,
  append: CaseAppend,
): Result<{ events: CaseEvent[]; projection: CaseProjection }, AppendRefusal> => {
  const commands = append.commands ?? [];
  let projection = p;
  const events: CaseEvent[] = [];
  if (commands.length === 0) return ok({ events, projection });
  const { by } = append;
  if (by === undefined) throw new Error('planAppend: commands need `by` (actor and time)');
  for (const command of commands) {
    const event = buildEvent(projection, command, {
      actor: by.actor,
      now: by.now,
      caseId: append.caseId as CaseEvent['caseId'],
    });
    const r = applyEvent(projection, event);
    events.push(event);
    if (r.ok) projection = r.value;
    else if (append.rejected === 'keep' && !isEmbargoBreach(r.error.code)) {
      const rejected = { eventId: event.id, type: event.type, at: event.at, error: r.error };
      projection = { ...projection, rejected: [...projection.rejected, rejected] };
    } else return fail({ ...r.error, eventId: event.id });
  }
  return ok({ events, projection });
};

/**
 * Plans one append onto the stored timeline `history`. The stored timeline is folded once;
 * new events that extend it are applied onto that fold, and only a backdated or repeated
 * event makes the whole timeline fold again (so its effect on later events is checked).
 */
export const planAppend = (
  history: readonly CaseEvent[],
  append: CaseAppend,
  storedFold?: StoredFold,
): AppendPlan => {
  const given = append.events ?? [];
  const stranger = given.find((e) => e.caseId !== append.caseId);
  if (stranger !== undefined) {
    const message = `Event ${stranger.id} belongs to case ${stranger.caseId}, not ${append.caseId}`;
    return refusal('wrong-case', message, stranger.id);
  }
  // A case whose stored timeline never had `case.created` (a record from an older export)
  // is its stored record: new events apply onto it, every time, not only the first.
  const base = hasCreationEvent(history) ? undefined : append.base;
  const stored =
    base === undefined
      ? foldHistory(append.caseId, history, storedFold && seedOf(storedFold, history))
      : { folded: base, known: null };
  const before = stored.folded;
  const after =
    stored.known === null || extendsTimeline(stored.known, given)
      ? applyEvents(before, given)
      : foldEvents([...history, ...given]);
  const old = new Set(before.rejected.map((r) => r.eventId));
  const fresh = after.rejected.find(
    (r) => !old.has(r.eventId) && (append.rejected !== 'keep' || isEmbargoBreach(r.error.code)),
  );
  if (fresh !== undefined) return refusal(fresh.error.code, fresh.error.message, fresh.eventId);
  const built = buildCommands(after, append);
  if (!built.ok) return built;
  const events = [...given, ...built.value.events];
  const denied = coordinationRefusal(history, events, append.from);
  if (denied !== undefined) return refusal(denied.code, denied.message, denied.eventId);
  // Judged on the new events only: a case stored before the rule still folds (intake-rules).
  const blank = firstIntakeRefusal(events);
  if (blank !== undefined) return refusal(blank.code, blank.message, blank.eventId);
  return ok({ events, projection: built.value.projection });
};
