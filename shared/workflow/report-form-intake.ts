// What a finder's report form answers of the intake checklist (issue 27 item 6): the items
// the policy asks the finder to state are answered from what they wrote; every item that is
// the analyst's own assessment keeps its starting answer (intakeStartingChecklist).
import type { TriageChecklist } from '../model';
import type { ReportFormDocument } from '../exchange/report-form/document';
import { intakeStartingChecklist } from './intake-support';

const given = (...texts: readonly string[]) =>
  texts.some((t) => t.trim() !== '') ? ('yes' as const) : ('no' as const);

export function reportFormChecklist(doc: ReportFormDocument): TriageChecklist {
  return {
    ...intakeStartingChecklist(),
    exactVersionAndLink: given(doc.product.version) === 'yes' ? given(doc.product.url) : 'no',
    discoveryMethodGiven: given(doc.discovery.method),
    pocGiven: given(doc.poc),
    impactDescribed: given(doc.impact.description, doc.impact.threatModel),
    alreadyPublic: doc.alreadyPublic.value ? 'yes' : 'no',
    // The form asks both questions of every finder: an empty answer is "none".
    timeConstraintsStated: 'yes',
    vendorContactStated: 'yes',
  };
}

/** What a report form's signature says about the key the form names for the finder. */
export type ReportFormSigner =
  /** Unsigned: the named key is the finder's word only. */
  | { kind: 'unsigned' }
  /** A signature verified with a key in the keyring, and it is the key the form names. */
  | { kind: 'named-key'; fingerprint: string }
  /** Verified with a key in the keyring that is NOT the one the form names (or it names none):
   *  letters sealed to the named key would go to a key that did not sign the report. */
  | { kind: 'other-key'; signer: string; named: string | null }
  /** Signed, but by no key in the keyring: nothing can be said until the key is imported. */
  | { kind: 'unverifiable' };

type SignatureFacts = {
  status: string;
  fingerprint: string;
  fingerprintSource: 'primary-key' | 'issuer-fingerprint' | 'key-id';
};

const sameFingerprint = (a: string, b: string) =>
  a.replace(/\s+/g, '').toUpperCase() === b.replace(/\s+/g, '').toUpperCase();

/**
 * Compares the finder's named key with who signed the form. Only a signature that verified
 * against a known key counts: an unknown signer's issuer fingerprint is the sender's claim
 * (and may name a signing subkey), so it neither confirms nor contradicts the form.
 */
export function reportFormSigner(
  doc: ReportFormDocument,
  signatures: readonly SignatureFacts[],
): ReportFormSigner {
  if (signatures.length === 0) return { kind: 'unsigned' };
  const named = doc.reporter.pgpKeyFingerprint;
  const verified = signatures.filter(
    (s) => s.status === 'valid' && s.fingerprintSource === 'primary-key',
  );
  const match = verified.find((s) => named !== null && sameFingerprint(s.fingerprint, named));
  if (match !== undefined) return { kind: 'named-key', fingerprint: match.fingerprint };
  const first = verified[0];
  if (first !== undefined) return { kind: 'other-key', signer: first.fingerprint, named };
  return { kind: 'unverifiable' };
}

/** The document intake is given: a named key the signature contradicts is not carried. */
export const reportFormForIntake = (
  doc: ReportFormDocument,
  signer: ReportFormSigner,
): ReportFormDocument =>
  signer.kind === 'other-key'
    ? { ...doc, reporter: { ...doc.reporter, pgpKeyFingerprint: null } }
    : doc;
