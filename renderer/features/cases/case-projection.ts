import type { CaseEvent } from '../../../shared/model';
import { emptyProjection, type CaseProjection } from '../../../shared/workflow/projection';
import { applyEvents } from '../../../shared/workflow/timeline';

/**
 * Case projections for the screens, folded by the engine's reducer. The store guarantees
 * unique event ids (an append is idempotent), so this skips foldEvents' canonical-JSON
 * dedupe, which dominates the cost at 10k cases; ordering and refusals are the engine's.
 * Results are cached per case and recomputed only when that case's events change.
 */
const fold = (events: readonly CaseEvent[]): CaseProjection =>
  applyEvents(emptyProjection(), events);

type Entry = { events: readonly CaseEvent[]; projection: CaseProjection };

const sameEvents = (a: readonly CaseEvent[], b: readonly CaseEvent[]): boolean =>
  a === b || (a.length === b.length && a.every((e, i) => e.id === b[i]?.id));

export class ProjectionCache {
  private readonly entries = new Map<string, Entry>();

  get(caseId: string, events: readonly CaseEvent[]): CaseProjection {
    const entry = this.entries.get(caseId);
    if (entry !== undefined && sameEvents(entry.events, events)) return entry.projection;
    const projection = fold(events);
    this.entries.set(caseId, { events, projection });
    return projection;
  }
}
