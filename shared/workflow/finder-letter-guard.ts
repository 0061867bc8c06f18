import type { Contact, Involvement, Reporter } from '../model';
import type { Result } from '../result';
import type { RenderedLetter } from './letters';
import {
  confidentialityContext,
  judgeHits,
  outgoingHits,
  type ConfidentialityContext,
  type ConfidentialityPass,
  type ConfidentialityRefusal,
  type LeakKind,
} from './vendor-confidentiality';

/**
 * What a letter to a finder must never say (issue 27 items 3 and 7), checked with the
 * vendor-confidentiality matcher (NFKC, case and separator folding, whole words): before
 * publication no vendor's name, people or addresses (IPA: the finder learns the stage, not
 * who is coordinating); in the letter to a second finder of a duplicate, nothing that
 * identifies the first finder, whatever their consent. A hit refuses the letter, naming
 * the text; there is no override: the analyst edits the letter.
 */
export type FinderLetterCheck = Result<ConfidentialityPass, ConfidentialityRefusal>;

const VENDOR_IDENTITY: ReadonlySet<LeakKind> = new Set([
  'vendor-name',
  'vendor-person',
  'vendor-address',
]);

const asOutgoing = (letter: RenderedLetter) => ({ ...letter, attachmentNames: [] });

/** A letter to the case's finder: no vendor named before the case is published. */
export const checkFinderLetter = (
  letter: RenderedLetter,
  parties: {
    published: boolean;
    involvements: readonly Pick<Involvement, 'contactId' | 'role'>[];
    contacts: readonly Contact[];
  },
): FinderLetterCheck => {
  if (parties.published) return judgeHits([]);
  const ctx = confidentialityContext({
    // The finder knows their own report; only the vendors are kept from them here.
    kase: { title: '', titleShareable: true },
    involvements: parties.involvements,
    contacts: parties.contacts,
    recipientContactIds: [],
  });
  return judgeHits(
    outgoingHits(ctx, asOutgoing(letter)).filter((h) => VENDOR_IDENTITY.has(h.kind)),
  );
};

const finderContext = (r: Reporter): ConfidentialityContext =>
  confidentialityContext({
    kase: { title: '', titleShareable: true },
    involvements: [],
    contacts: [],
    // Without consent every field of the identity is watched (`finderValues`).
    reporter: { ...r, creditConsent: false },
    recipientContactIds: [],
  });

/** The letter to a second finder: it never identifies the first one — their name, credit
 *  name, contact, key, nor the domain of their e-mail address (their organisation). */
export const checkDuplicateLetter = (
  letter: RenderedLetter,
  first: Reporter,
): FinderLetterCheck => {
  const domain = /@([^\s@>]+)/.exec(first.contact)?.[1];
  const identity = finderContext(first);
  const org =
    domain === undefined
      ? []
      : finderContext({ ...first, name: domain, contact: domain, creditName: null }).watched;
  const ctx = { ...identity, watched: [...identity.watched, ...org] };
  return judgeHits(outgoingHits(ctx, asOutgoing(letter)));
};
