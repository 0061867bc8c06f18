// Recipient clearance (issue 17): a contact may carry the highest TLP it may receive.
// Sealing a case above a recipient's clearance is refused unless the analyst overrides
// with a reason, which the caller records as a case event. Pure: the bundle and message
// seal paths (UI and CLI) all ask here.
import { nameOf, type Contact } from '../model/contact';
import type { Tlp } from '../model/common';
import { fail, ok, type Result } from '../result';

/** Least to most restrictive (FIRST TLP 2.0). */
export const TLP_ORDER: readonly Tlp[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'];

export const tlpRank = (tlp: Tlp): number => TLP_ORDER.indexOf(tlp);

/** The most restrictive of several levels (a bundle of cases is as restricted as its most). */
export const strictestOf = (levels: readonly Tlp[]): Tlp =>
  levels.reduce<Tlp>((a, b) => (tlpRank(b) > tlpRank(a) ? b : a), 'CLEAR');

/** True when data at `tlp` may not go to a recipient cleared for `clearance`; no clearance
 *  recorded means no limit. */
export const exceedsClearance = (tlp: Tlp, clearance: Tlp | undefined): boolean =>
  clearance !== undefined && tlpRank(tlp) > tlpRank(clearance);

/** A recipient as the check sees it: a name to show and the clearance, if any. */
export type ClearanceRecipient = { name: string; clearance?: Tlp | undefined };

export type ClearanceBreach = { recipient: string; tlp: Tlp; clearance: Tlp };

export const clearanceBreaches = (
  tlp: Tlp,
  recipients: readonly ClearanceRecipient[],
): ClearanceBreach[] =>
  recipients.flatMap((r) =>
    r.clearance !== undefined && exceedsClearance(tlp, r.clearance)
      ? [{ recipient: r.name, tlp, clearance: r.clearance }]
      : [],
  );

/** The least restrictive level that names its recipients (FIRST TLP 2.0: AMBER is "limited
 *  disclosure, recipients can only spread this on a need-to-know basis"): from here up,
 *  whether a recipient may receive it is a fact the analyst should have recorded. */
export const CLEARANCE_ASKED_FROM: Tlp = 'AMBER';

/** A recipient whose clearance was never recorded, for data at `tlp`. */
export type ClearanceNotRecorded = { recipient: string; tlp: Tlp };

/**
 * Recipients of data at AMBER or above whose clearance was never recorded. A warning, not a
 * refusal: "no clearance recorded" means no limit (the analyst may not know it yet), but
 * sending TLP:AMBER to someone nobody checked should not pass in silence.
 */
export const clearanceNotRecorded = (
  tlp: Tlp,
  recipients: readonly ClearanceRecipient[],
): ClearanceNotRecorded[] =>
  tlpRank(tlp) < tlpRank(CLEARANCE_ASKED_FROM)
    ? []
    : recipients.filter((r) => r.clearance === undefined).map((r) => ({ recipient: r.name, tlp }));

export const describeNotRecorded = (w: ClearanceNotRecorded): string =>
  `The clearance of ${w.recipient} for TLP:${w.tlp} is not recorded (record it under Contacts)`;

/** A reason shorter than this is not a reason (e.g. "ok"). */
export const OVERRIDE_REASON_MIN = 10;

export type ClearanceRefusal = {
  code: 'clearance.exceeded' | 'clearance.reason-too-short';
  message: string;
  breaches: ClearanceBreach[];
};

/** What was allowed: nothing to override, or the breaches the analyst overrode and why; and
 *  the recipients whose clearance is not recorded (a warning for the caller to show). */
export type ClearancePass = {
  overridden: ClearanceBreach[];
  reason: string | null;
  notRecorded: ClearanceNotRecorded[];
};

export const describeBreach = (b: ClearanceBreach): string =>
  `${b.recipient} is cleared for TLP:${b.clearance} but this is TLP:${b.tlp}`;

/** What an override reason amounts to: none given, too short, or a reason (trimmed). One
 *  rule for every override of a seal (clearance, confidentiality). */
export type OverrideReason =
  { kind: 'none' } | { kind: 'too-short' } | { kind: 'given'; reason: string };

export const overrideReason = (raw: string | undefined): OverrideReason => {
  const reason = raw?.trim() ?? '';
  if (reason.length === 0) return { kind: 'none' };
  return reason.length < OVERRIDE_REASON_MIN ? { kind: 'too-short' } : { kind: 'given', reason };
};

export const reasonTooShortMessage = `An override needs a reason of at least ${OVERRIDE_REASON_MIN} characters.`;

/**
 * Refuses when any recipient's clearance is below `tlp`, unless `overrideReason` (trimmed)
 * is given and long enough; then the breaches are returned for the caller to record. What
 * passes carries the recipients whose clearance is not recorded (`clearanceNotRecorded`).
 */
export const checkClearance = (
  tlp: Tlp,
  recipients: readonly ClearanceRecipient[],
  override?: string,
): Result<ClearancePass, ClearanceRefusal> => {
  const breaches = clearanceBreaches(tlp, recipients);
  const notRecorded = clearanceNotRecorded(tlp, recipients);
  if (breaches.length === 0) return ok({ overridden: [], reason: null, notRecorded });
  const reason = overrideReason(override);
  if (reason.kind === 'given') {
    return ok({ overridden: breaches, reason: reason.reason, notRecorded });
  }
  return fail(
    reason.kind === 'none'
      ? {
          code: 'clearance.exceeded',
          message: `Refused: ${breaches.map(describeBreach).join('; ')}. Override with a reason to send anyway.`,
          breaches,
        }
      : { code: 'clearance.reason-too-short', message: reasonTooShortMessage, breaches },
  );
};

const normaliseFingerprint = (f: string): string => f.replace(/\s/g, '').toUpperCase();

/** The contact behind a key fingerprint: the one holding it, else the key's owner contact. */
export const contactOfFingerprint = (
  raw: string,
  contacts: readonly Contact[],
  ownerOf: (fingerprint: string) => string | undefined,
): Contact | undefined => {
  const fingerprint = normaliseFingerprint(raw);
  const owner = ownerOf(fingerprint);
  return (
    contacts.find((c) => c.pgpFingerprints.some((f) => normaliseFingerprint(f) === fingerprint)) ??
    contacts.find((c) => c.id === owner)
  );
};

/**
 * The recipients behind some key fingerprints: the contact holding each fingerprint (or
 * the key's owner contact), else the fingerprint itself with no clearance recorded.
 */
export const recipientsByFingerprint = (
  fingerprints: readonly string[],
  contacts: readonly Contact[],
  ownerOf: (fingerprint: string) => string | undefined = () => undefined,
): ClearanceRecipient[] =>
  fingerprints.map((raw) => {
    const contact = contactOfFingerprint(raw, contacts, ownerOf);
    if (contact === undefined) return { name: normaliseFingerprint(raw) };
    return { name: nameOf(contact, 'en'), clearance: contact.clearance };
  });

/** The text of the `note.added` event that records an override in the case timeline. */
export const overrideNote = (what: string, pass: ClearancePass): string =>
  `Clearance override (${what}): ${pass.overridden.map(describeBreach).join('; ')}. Reason: ${pass.reason ?? ''}`;
