import type { InvolvementId } from '../model';
import { VENDOR_ROLES, type CaseProjection, type InvolvementView } from './projection';

/**
 * Multi-vendor coordination (JPCERT/CC policy II.G): the order of contact when a shared
 * component has an upstream developer ("an upstream developer to address the vulnerability
 * first and downstream developers to apply the fix"). How long a vendor has been silent is
 * `vendorStatus`'s (vendor-status.ts, in business days), not this file's.
 */
export const vendorInvolvements = (p: CaseProjection): InvolvementView[] =>
  p.involvements.filter((i) => VENDOR_ROLES.includes(i.role));

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

/** Vendors that may be contacted now: those not contacted yet in an open wave. The first
 *  wave is open; each next one opens once someone in the wave before it has replied. */
export const contactableNow = (p: CaseProjection): InvolvementId[] => {
  const vendors = vendorInvolvements(p);
  const open = new Set<InvolvementId>();
  for (const wave of contactWaves(p)) {
    for (const id of wave) open.add(id);
    if (!vendors.some((v) => wave.includes(v.id) && v.lastReply !== null)) break;
  }
  return vendors.filter((v) => v.status === 'not-contacted' && open.has(v.id)).map((v) => v.id);
};
