// Read state is one analyst's, not the case's: which replies this analyst has opened says
// nothing to a partner (and is not theirs to overwrite). A bundle carries no read state, and an
// import keeps the local one.
import type { IsoInstant } from '../../model';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A message as it goes into a bundle: `readAt` emptied (the records stay schema-valid). */
export const withoutReadState = (message: unknown): unknown =>
  isRecord(message) && 'readAt' in message ? { ...message, readAt: null } : message;

/** A message from a bundle as it is stored: unread when new here, and with the local read
 *  state when this store holds it already — whatever the sender's bundle says. */
export const withLocalReadState = <M extends { readAt: IsoInstant | null }>(
  incoming: M,
  local: { readAt: IsoInstant | null } | undefined,
): M => ({ ...incoming, readAt: local === undefined ? null : local.readAt });
