import type { AdvisoryDraft } from '../model/advisory-draft';
import type { TechnicalAlertContent } from '../model/technical-alert';
import { cweName } from './cwe-catalogue';

/**
 * The parts of an advisory draft a technical alert (JVNTA#, issue 18) fills from its case:
 * the class of vulnerability is the title, its summary the overview; description and
 * impact as written; the CWEs (named as MITRE's catalogue names them), the
 * affected product families with their PURL/CPE identifiers and the mitigations go to the
 * draft's `technicalAlert` block; each reference URL becomes a reference (its title left
 * for the analyst, the page prints the URL until then). No vulnerabilities, products or
 * vendors' product versions: the alert is about a class, not one product.
 */
export type AlertDraftParts = Pick<
  AdvisoryDraft,
  'title' | 'overview' | 'description' | 'impact' | 'references'
> & { technicalAlert: NonNullable<AdvisoryDraft['technicalAlert']> };

export const alertDraftParts = (content: TechnicalAlertContent): AlertDraftParts => ({
  title: content.vulnerabilityClass,
  overview: content.summary,
  description: content.description,
  impact: content.impact,
  references: content.references.map((url) => ({ url, title: { ja: '', en: '' } })),
  technicalAlert: {
    // An id outside the catalogue gets no name: draftFromCase refuses it before this is used.
    cwes: content.cwes.map((id) => ({ id, name: cweName(id) ?? '' })),
    productFamilies: content.productFamilies.map((f, i) => ({
      id: `f${i + 1}`,
      name: f.name,
      identifiers: f.identifiers,
    })),
    mitigations: content.mitigations,
  },
});
