import type { AdvisoryDraft } from '../model/advisory-draft';
import type { Tlp } from '../model/common';
import { releaseMoment } from './release-moment';
import type { AdvisoryFormat } from './render';

/**
 * Who an export is for, and so whether the leak guard's `tlp-not-clear` rule applies to it
 * (issue 28 item 4, the policy question). A case above TLP:CLEAR whose advisory is not yet
 * released must not reach the public: every public format (CSAF 2.0, CVE, HTML, Markdown,
 * OpenVEX, CycloneDX) is refused until release unless the analyst overrides it, and a
 * released (final) advisory is exported as TLP:CLEAR.
 *
 * One export is not public by design: a CSAF 2.1 draft made for the vendors under embargo
 * before its disclosure date. The document itself carries the restriction a recipient's
 * tooling reads — its TLP 2.0 label, a `sharing_group` naming the case, `status: draft` and
 * each vulnerability's future `disclosure_date` — which is exactly what CSAF 2.1's sharing
 * groups are for (`document.distribution.sharing_group`; JPCERT/CC's coordination shares the draft
 * advisory with the developers before publication). Such a draft is therefore not refused
 * for its TLP at GREEN, AMBER and AMBER+STRICT. TLP:RED is not: RED material goes to named
 * individuals only, never to a group, so a RED case's draft still needs an override. Every
 * other leak check (finder, internal notes, PoC, other vendors' contacts) still applies to
 * the sharing-group draft: the vendors in the group must not read those either.
 */
export type ExportAudience = 'public' | 'sharing-group';

/** The labels under which a draft may be shared with the embargoed vendors as a group. */
export const GROUP_SHAREABLE_TLP: readonly Tlp[] = ['GREEN', 'AMBER', 'AMBER+STRICT'];

/** A draft shared before release: above CLEAR, not final, its disclosure date planned. CSAF
 *  2.1 writes a `sharing_group` for it (csaf21.ts). */
export const sharedBeforeDisclosure = (draft: AdvisoryDraft): boolean =>
  draft.case.tlp !== 'CLEAR' && draft.status !== 'final' && releaseMoment(draft).initial !== null;

export function exportAudience(draft: AdvisoryDraft, format: AdvisoryFormat): ExportAudience {
  return format === 'csaf21' &&
    sharedBeforeDisclosure(draft) &&
    GROUP_SHAREABLE_TLP.includes(draft.case.tlp)
    ? 'sharing-group'
    : 'public';
}
