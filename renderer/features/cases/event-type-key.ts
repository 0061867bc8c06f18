import type { CaseEvent } from '../../../shared/model';

/** `report.received` → `report_received`: i18next reads a dot as nesting. */
type Underscored<S extends string> = S extends `${infer A}.${infer B}`
  ? `${A}_${Underscored<B>}`
  : S;
type EventType = CaseEvent['type'];

/** The label key of an event type (the timeline's and the audit log's); the type names the
 *  key, so a new event type without a label fails typecheck. */
export const eventTypeKey = (type: EventType) =>
  `cases.event.${type.replace(/\./g, '_')}` as `cases.event.${Underscored<EventType>}`;
