import type { InvolvementId, InvolvementStatus, IsoInstant, LocalizedText } from '../model';
import { VENDOR_ROLES, type CaseProjection, type InvolvementView } from './projection';

/**
 * Multi-vendor coordination (JPCERT/CC policy II.G): per-vendor status rolled up into a
 * case-level summary the case list and dashboard show ("3 of 5 vendors replied, 1
 * unreachable for 30 days"), and the order of contact when a shared component has an
 * upstream developer ("an upstream developer to address the vulnerability first and
 * downstream developers to apply the fix").
 */
export type VendorSummary = {
  total: number;
  notContacted: number;
  replied: number;
  /** Contacted and not replied yet, longest wait first. */
  awaitingReply: { involvementId: InvolvementId; days: number }[];
  unreachable: { involvementId: InvolvementId; days: number }[];
  byStatus: Record<InvolvementStatus, number>;
  text: LocalizedText;
};

const DAY_MS = 86_400_000;
const daysSince = (since: IsoInstant, now: IsoInstant) =>
  Math.floor((Date.parse(now) - Date.parse(since)) / DAY_MS);

const STATUSES: InvolvementStatus[] = [
  'not-contacted',
  'contacted',
  'acknowledged',
  'investigating',
  'affected',
  'not-affected',
  'fixed',
  'unreachable',
  'declined',
];

export const vendorInvolvements = (p: CaseProjection): InvolvementView[] =>
  p.involvements.filter((i) => VENDOR_ROLES.includes(i.role));

export const summarizeVendors = (p: CaseProjection, now: IsoInstant): VendorSummary => {
  const vendors = vendorInvolvements(p);
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<
    InvolvementStatus,
    number
  >;
  for (const v of vendors) byStatus[v.status] += 1;
  const replied = vendors.filter((v) => v.lastReply !== null).length;
  const awaitingReply = vendors
    .filter((v) => v.status === 'contacted' && v.firstContactAttempt !== null)
    .map((v) => ({
      involvementId: v.id,
      days: daysSince(v.firstContactAttempt as IsoInstant, now),
    }))
    .sort((a, b) => b.days - a.days);
  const unreachable = vendors
    .filter((v) => v.status === 'unreachable')
    .map((v) => ({ involvementId: v.id, days: daysSince(v.statusSince, now) }))
    .sort((a, b) => b.days - a.days);
  const notContacted = byStatus['not-contacted'];
  const en = [`${replied} of ${vendors.length} vendors replied`];
  const ja = [`${vendors.length}社中${replied}社から返信`];
  const longest = unreachable[0];
  if (longest) {
    en.push(`${unreachable.length} unreachable for ${longest.days} days`);
    ja.push(`${unreachable.length}社が${longest.days}日間連絡不能`);
  }
  if (notContacted > 0) {
    en.push(`${notContacted} not contacted yet`);
    ja.push(`${notContacted}社は未連絡`);
  }
  return {
    total: vendors.length,
    notContacted,
    replied,
    awaitingReply,
    unreachable,
    byStatus,
    text: { en: en.join(', '), ja: ja.join('、') },
  };
};

/**
 * Contact waves: upstream developers first, then everyone else once an upstream developer
 * has replied (or at once when there is no upstream developer).
 */
export const contactWaves = (p: CaseProjection): InvolvementId[][] => {
  const vendors = vendorInvolvements(p);
  const upstream = vendors.filter((v) => v.role === 'upstream-developer').map((v) => v.id);
  const rest = vendors.filter((v) => v.role !== 'upstream-developer').map((v) => v.id);
  return [upstream, rest].filter((wave) => wave.length > 0);
};

/** Vendors that may be contacted now: the first wave, and the second once an upstream
 *  developer has replied. */
export const contactableNow = (p: CaseProjection): InvolvementId[] => {
  const vendors = vendorInvolvements(p);
  const upstream = vendors.filter((v) => v.role === 'upstream-developer');
  const upstreamReplied = upstream.some((v) => v.lastReply !== null);
  return vendors
    .filter((v) => v.status === 'not-contacted')
    .filter((v) => upstream.length === 0 || upstreamReplied || v.role === 'upstream-developer')
    .map((v) => v.id);
};
