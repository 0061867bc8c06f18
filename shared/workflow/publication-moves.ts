import { JAPAN_ZONE, type CaseEventOf } from '../model';
import { wfFail, wfOk, type WorkflowResult } from './errors';
import type { CaseProjection, PublicationMove } from './projection';
import { agreedInstant } from './reducer-embargo';
import type { ReadyProjection } from './reducer-types';

/**
 * Moves of the agreed publication instant (facts, so a partner's timeline and a case
 * document fold the same as a click): a revision, a counter-proposal agreed while an
 * instant was agreed, and a granted extension each replace the instant every contacted
 * vendor was told. Each is recorded with the instant it replaced, so the case can say who
 * is still owed the "publication moved" letter (extensions.ts) and whether a later instant
 * beyond the profile's target counts against its extension cap.
 */
type MovingEvent = CaseEventOf<'embargo.revised' | 'embargo.agreed' | 'embargo.extension-granted'>;

/** A revision says why: the vendors will be told the date moved, and the case keeps why. */
export const requireRevisionReason = (e: CaseEventOf<'embargo.revised'>): WorkflowResult<null> =>
  e.payload.reason.trim() === ''
    ? wfFail('embargo-revision-reason', 'A revision of the agreed publication needs its reason')
    : wfOk(null);

const VIA: Record<MovingEvent['type'], PublicationMove['via']> = {
  'embargo.revised': 'revised',
  'embargo.agreed': 'agreed',
  'embargo.extension-granted': 'extension',
};

/** The move `e` made, if it replaced an agreed instant by another one. */
export const recordMove = (
  before: ReadyProjection,
  after: WorkflowResult<CaseProjection>,
  e: MovingEvent,
): WorkflowResult<CaseProjection> => {
  if (!after.ok) return after;
  const previous = agreedInstant(before);
  const next = agreedInstant(after.value);
  if (previous === null || next === null || previous === next) return after;
  const requestedBy =
    e.type === 'embargo.extension-granted'
      ? (before.extensions.find((r) => r.requestId === e.payload.requestId)?.involvementId ?? null)
      : null;
  const move: PublicationMove = {
    eventId: e.id,
    via: VIA[e.type],
    previous,
    previousZone: before.embargo.agreedZone ?? JAPAN_ZONE,
    date: next,
    zone: after.value.embargo.agreedZone ?? JAPAN_ZONE,
    at: e.at,
    actor: e.actor,
    requestedBy,
    notified: [],
  };
  return wfOk({ ...after.value, publicationMoves: [...after.value.publicationMoves, move] });
};

/** The latest move: the one whose "publication moved" letters are owed. */
export const latestMove = (p: CaseProjection): PublicationMove | null =>
  p.publicationMoves.at(-1) ?? null;

/** A "publication moved" letter sent to a vendor of the case counts for the latest move. */
export const noteMovedLetter = (p: ReadyProjection, involvementId: string): ReadyProjection => {
  const move = latestMove(p);
  if (move === null || move.notified.some((id) => id === involvementId)) return p;
  const inv = p.involvements.find((i) => i.id === involvementId);
  if (inv === undefined) return p;
  const noted = { ...move, notified: [...move.notified, inv.id] };
  return { ...p, publicationMoves: [...p.publicationMoves.slice(0, -1), noted] };
};
