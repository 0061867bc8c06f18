import type { InvolvementStatus, IsoInstant, VendorDispute, VexJustification } from '../model';
import { addDays, isBusinessDay, localDate, type CalendarSettings } from './calendar';
import { contactableNow, vendorInvolvements } from './multi-vendor';
import type { CaseProjection, InvolvementView } from './projection';

/**
 * The one status a vendor row shows (issue 13: "never ambiguous"). It is derived from the
 * case's events (the projection), never typed by hand; a vendor that was contacted and has
 * not answered reads "no reply for N business days", never "unknown" or "investigating".
 */
export type VendorStatusKind =
  | 'not-contacted'
  | 'no-reply'
  | 'acknowledged'
  | 'investigating'
  | 'affected'
  | 'not-affected'
  | 'fixed'
  | 'unreachable'
  | 'declined'
  | 'disputed';

export const VENDOR_STATUS_KINDS: readonly VendorStatusKind[] = [
  'not-contacted',
  'no-reply',
  'acknowledged',
  'investigating',
  'affected',
  'not-affected',
  'fixed',
  'unreachable',
  'declined',
  'disputed',
];

export type VendorStatus =
  | { kind: Exclude<VendorStatusKind, 'no-reply' | 'not-affected' | 'disputed'> }
  | { kind: 'disputed'; dispute: VendorDispute }
  | { kind: 'no-reply'; since: IsoInstant; businessDays: number }
  | { kind: 'not-affected'; justifications: VexJustification[] };

/** Business days after the day of `since` up to and including the day of `now` (local to
 *  the calendar): a first attempt on Friday has Monday as its first day without a reply.
 *  The calendar is the case profile's own (a CERT/CC case does not count Japanese
 *  holidays or the Tokyo year-end closure): there is no default to fall back on. */
export const businessDaysSince = (
  since: IsoInstant,
  now: IsoInstant,
  cal: CalendarSettings,
): number => {
  const end = localDate(now, cal.timeZone);
  let day = localDate(since, cal.timeZone);
  let count = 0;
  while (day < end) {
    day = addDays(day, 1);
    if (isBusinessDay(day, cal)) count += 1;
  }
  return count;
};

const SIMPLE: Readonly<
  Record<
    Exclude<InvolvementStatus, 'contacted' | 'not-affected' | 'disputed'>,
    Exclude<VendorStatusKind, 'no-reply' | 'not-affected' | 'disputed'>
  >
> = {
  'not-contacted': 'not-contacted',
  acknowledged: 'acknowledged',
  investigating: 'investigating',
  affected: 'affected',
  fixed: 'fixed',
  unreachable: 'unreachable',
  declined: 'declined',
};

/** The vendor's answer is on record: a reply, or a dispute (which is one; the reducer dates
 *  it as the last reply). The case list's "replied" count and the vendor table's last reply
 *  read this, the dashboard's awaited list its converse (`awaitsReply`). */
export const hasReplied = (inv: Pick<InvolvementView, 'lastReply'>): boolean =>
  inv.lastReply !== null;

/** Contacted and not answered: the "no reply" vendor row and the dashboard's "waiting for a
 *  vendor reply" (a vendor since marked unreachable, declined or disputed is not awaited). */
export const awaitsReply = (inv: Pick<InvolvementView, 'status' | 'lastReply'>): boolean =>
  inv.status === 'contacted' && !hasReplied(inv);

export const vendorStatus = (
  inv: InvolvementView,
  now: IsoInstant,
  cal: CalendarSettings,
): VendorStatus => {
  if (inv.status === 'contacted') {
    // A reply lifts "contacted" to "acknowledged" in the reducer; guard anyway so a reply
    // can never read as silence.
    if (!awaitsReply(inv)) return { kind: 'acknowledged' };
    const since = inv.firstContactAttempt ?? inv.statusSince;
    return { kind: 'no-reply', since, businessDays: businessDaysSince(since, now, cal) };
  }
  if (inv.status === 'not-affected') {
    const justifications = inv.products.flatMap((p) =>
      p.status === 'known_not_affected' && p.justification !== null ? [p.justification] : [],
    );
    return { kind: 'not-affected', justifications: [...new Set(justifications)] };
  }
  if (inv.status === 'disputed') {
    // The reducer sets the status and its dispute together; a stored record from elsewhere
    // without one still reads as disputed, with its reason unknown.
    const dispute = inv.dispute ?? { category: 'other', reason: '', at: inv.statusSince };
    return { kind: 'disputed', dispute };
  }
  return { kind: SIMPLE[inv.status] };
};

export type VendorRowStatus = {
  involvementId: InvolvementView['id'];
  status: VendorStatus;
  /** May be contacted now (first wave, or the second once upstream replied). */
  contactNext: boolean;
};

/** Every vendor of the case with its status (on `cal`, the case profile's calendar) and
 *  whether it is next to contact. */
export const vendorRows = (
  p: CaseProjection,
  now: IsoInstant,
  cal: CalendarSettings,
): VendorRowStatus[] => {
  const next = new Set<string>(contactableNow(p));
  return vendorInvolvements(p).map((inv) => ({
    involvementId: inv.id,
    status: vendorStatus(inv, now, cal),
    contactNext: next.has(inv.id),
  }));
};

/** Vendors that have not replied for at least `threshold` business days, longest first,
 *  from the rows `vendorRows` derived (so the silence is counted once, on one calendar). */
export const silentVendors = (
  rows: readonly VendorRowStatus[],
  involvements: readonly InvolvementView[],
  threshold: number,
): { involvement: InvolvementView; businessDays: number }[] => {
  const byId = new Map(involvements.map((i) => [i.id as string, i]));
  return rows
    .flatMap(({ involvementId, status: s }) => {
      const involvement = byId.get(involvementId);
      return involvement !== undefined && s.kind === 'no-reply' && s.businessDays >= threshold
        ? [{ involvement, businessDays: s.businessDays }]
        : [];
    })
    .sort((a, b) => b.businessDays - a.businessDays);
};
