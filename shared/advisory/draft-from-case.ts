import {
  ADVISORY_DRAFT_SCHEMA_VERSION,
  advisoryDraftSchema,
  type AdvisoryDraft,
  type DraftProduct,
  type DraftPublisher,
  type DraftVendor,
} from '../model/advisory-draft';
import type { Case } from '../model/case';
import type { LocalizedText } from '../model/common';
import { formatIssues } from '../model/versioned';
import type { Involvement, VexJustification } from '../model/involvement';
import type { Report } from '../model/report';
import type { Vulnerability } from '../model/vulnerability';
import { cweName, lookupCwe } from './cwe-catalogue';
import { exportVersion } from './product-versions';
import { alertDraftParts } from './technical-alert-draft';
import {
  productsNotTaken,
  vendorsOfAffected,
  type CaseVendorRef,
  type NotTakenProduct,
} from './affected-vendors';
import { findEmails } from './leak-text';
import { tokyoDateOf } from './labels';
import type { Result } from '../result';

/**
 * The first draft of an advisory from what the case already knows: vendor table from the
 * involvements, products and their status, vulnerabilities with CVE/CWE/CVSS, the credit
 * the finder consented to, and the leak-guard context (who and what must not leak).
 * Plain data in, so the UI, tests and the CLI can all build one.
 */
export type DraftFromCaseInput = {
  draftId: string;
  now: string;
  publisher: DraftPublisher;
  case: Pick<Case, 'id' | 'ref' | 'tlp' | 'kind' | 'advisoryId' | 'notes'> & {
    /** A technical alert's content and stage: its draft is filled from it (alertDraftParts). */
    technicalAlert?: Case['technicalAlert'];
    /** The agreed publication instant becomes the planned initial release (CSAF
     *  `initial_release_date`, CVE `datePublic`, the page's date and hour). */
    dates?: Pick<Case['dates'], 'agreedPublication'>;
  };
  /** Used when the case has no advisory ID yet. */
  advisoryId?: string;
  involvements: (Pick<
    Involvement,
    | 'role'
    | 'status'
    | 'statement'
    | 'products'
    | 'clearedForPublication'
    | 'namePublishedAt'
    | 'firstContactAttempt'
    | 'lastContactAttempt'
    | 'lastReply'
  > & {
    contactId: string;
    contactName: LocalizedText;
    contactAddresses: string[];
    /** The product identifiers (PURL / CPE) the contact registers: an affected product
     *  typed as an identifier joins the vendor whose contact registers it. */
    contactProducts?: readonly string[];
    /** The last event that changed this vendor's entry (vendorLastUpdates); without it, the
     *  vendor's last reply or contact attempt dates the entry, as before. */
    lastUpdated?: string | null;
  })[];
  vulnerabilities: Pick<
    Vulnerability,
    | 'title'
    | 'description'
    | 'cwe'
    | 'cvss31'
    | 'cvss40'
    | 'cve'
    | 'affected'
    | 'remediation'
    | 'workaround'
  >[];
  report: Pick<Report, 'reporter' | 'poc'> | null;
  /** Issue 27 item 3: the names second finders of the same flaw consented to be credited
   *  under (`secondFinderCredits`), credited after the first. */
  secondFinders?: readonly string[];
  internalNotes: string[];
  attachmentSnippets: string[];
  allowedAddresses: string[];
};

const empty = (): LocalizedText => ({ ja: '', en: '' });
const same = (text: string): LocalizedText => ({ ja: text, en: text });
const joined = (texts: LocalizedText[]): LocalizedText => ({
  ja: texts
    .map((t) => t.ja.trim())
    .filter(Boolean)
    .join('\n\n'),
  en: texts
    .map((t) => t.en.trim())
    .filter(Boolean)
    .join('\n\n'),
});

const vendorRoles = new Set(['developer', 'upstream-developer', 'site-operator']);

/** The case's vendors as the draft numbers them (`v1`, … in involvement order). */
export const caseVendorRefs = (input: Pick<DraftFromCaseInput, 'involvements'>): CaseVendorRef[] =>
  input.involvements
    .filter((i) => vendorRoles.has(i.role))
    .map((i, n) => ({
      vendorId: `v${n + 1}`,
      contactId: i.contactId,
      names: [i.contactName.en, i.contactName.ja],
      identifiers: i.contactProducts ?? [],
    }));

/** The affected products `draftFromCase` cannot place under a case vendor, with why. */
export const caseProductsNotTaken = (
  input: Pick<DraftFromCaseInput, 'involvements' | 'vulnerabilities'>,
): NotTakenProduct[] => productsNotTaken(input.vulnerabilities, caseVendorRefs(input));

export function draftFromCase(
  input: DraftFromCaseInput,
): Result<AdvisoryDraft, { code: 'invalid-draft'; message: string; issues: string[] }> {
  // CWE names come from MITRE's catalogue only; an id it does not know is never named.
  const unknownCwes = [
    ...input.vulnerabilities.flatMap((v) => (v.cwe ? [v.cwe] : [])),
    ...(input.case.technicalAlert?.content.cwes ?? []),
  ].flatMap((id) => {
    const r = lookupCwe(id);
    return r.ok ? [] : [r.error.message];
  });
  if (unknownCwes.length > 0) {
    return {
      ok: false,
      error: {
        code: 'invalid-draft',
        message: 'the case names a CWE that is not in the catalogue',
        issues: unknownCwes,
      },
    };
  }
  const agreed = input.case.dates?.agreedPublication ?? null;
  const vendors: DraftVendor[] = [];
  const products: DraftProduct[] = [];
  const addVersion = (
    vendorId: string,
    name: string,
    versions: string,
    status: DraftProduct['versions'][number]['status'],
    identifier?: string,
    justification?: VexJustification | null,
  ) => {
    let product = products.find((p) => p.vendorId === vendorId && p.name.en === name);
    if (!product) {
      product = { id: `p${products.length + 1}`, vendorId, name: same(name), versions: [] };
      products.push(product);
    }
    if (identifier && !(product.identifiers ?? []).includes(identifier)) {
      product.identifiers = [...(product.identifiers ?? []), identifier];
    }
    const text = versions.trim() || '*';
    // Machine-readable when the text is understood (an exact version or a vers range);
    // otherwise the text stays as written and the CSAF/CVE export says what to change.
    const parsed = exportVersion(text);
    product.versions.push({
      id: `${product.id}-v${product.versions.length + 1}`,
      version: parsed === null ? text : parsed.kind === 'exact' ? parsed.version : parsed.vers,
      range: parsed?.kind !== 'exact',
      label: text === '*' ? { ja: '全バージョン', en: 'all versions' } : same(text),
      status,
      // The vendor's machine-readable reason travels to the VEX exports (issue 28).
      ...(status === 'known_not_affected' && justification ? { justification } : {}),
    });
  };
  for (const inv of input.involvements.filter((i) => vendorRoles.has(i.role))) {
    const id = `v${vendors.length + 1}`;
    const updated =
      inv.lastUpdated ??
      inv.lastReply ??
      inv.lastContactAttempt ??
      inv.firstContactAttempt ??
      input.now;
    vendors.push({
      id,
      name: inv.contactName,
      status: inv.status,
      // Only wording the vendor approved goes into the public table.
      statement: inv.statement.approved ? { ja: inv.statement.ja, en: inv.statement.en } : empty(),
      dateUpdated: tokyoDateOf(updated),
      updatedAt: updated,
      clearedForPublication: inv.clearedForPublication,
      unreachableNamePublished: inv.status === 'unreachable' && inv.namePublishedAt !== null,
    });
    for (const p of inv.products) {
      addVersion(id, p.product, p.versions, p.status, undefined, p.justification);
    }
  }
  const refs = caseVendorRefs(input);
  for (const v of input.vulnerabilities) {
    for (const a of v.affected) {
      // A line that joins no vendor is left out here and named by `caseProductsNotTaken`.
      for (const vendorId of vendorsOfAffected(a, refs)) {
        const known = products.find((p) => p.vendorId === vendorId && p.name.en === a.product);
        if (known === undefined) {
          addVersion(vendorId, a.product, a.versions, 'known_affected', a.identifier);
        } else if (a.identifier && !(known.identifiers ?? []).includes(a.identifier)) {
          known.identifiers = [...(known.identifiers ?? []), a.identifier];
        }
      }
    }
  }
  const alert = input.case.technicalAlert
    ? alertDraftParts(input.case.technicalAlert.content)
    : null;
  // A technical alert describes a class, so the case's own vulnerability records (if any)
  // are not listed as the alert's: it has no CVE-level entries.
  const vulns = alert === null ? input.vulnerabilities : [];
  const reporter = input.report?.reporter;
  const credited = reporter?.creditConsent === true;
  const single = vulns.length === 1 ? vulns[0] : undefined;
  const draft = {
    schemaVersion: ADVISORY_DRAFT_SCHEMA_VERSION,
    id: input.draftId,
    case: { id: input.case.id, ref: input.case.ref, tlp: input.case.tlp, kind: input.case.kind },
    advisoryId: input.case.advisoryId ?? input.advisoryId ?? '',
    status: 'draft',
    publisher: input.publisher,
    title: single ? single.title : empty(),
    overview: empty(),
    description: single ? single.description : empty(),
    impact: empty(),
    solution: joined(vulns.map((v) => v.remediation)),
    workarounds: joined(vulns.map((v) => v.workaround)),
    vulnerabilities: vulns.map((v, i) => ({
      id: `vuln${i + 1}`,
      ...(v.cve.id ? { cve: v.cve.id } : {}),
      ...(v.cve.id && v.cve.cna !== undefined ? { cveCna: v.cve.cna } : {}),
      ...(v.cwe ? { cwe: { id: v.cwe, name: cweName(v.cwe) ?? '' } } : {}),
      title: v.title,
      description: v.description,
      cvss: {
        ...(v.cvss31 ? { v31: v.cvss31.vector } : {}),
        ...(v.cvss40 ? { v40: v.cvss40.vector } : {}),
      },
    })),
    vendors,
    products,
    references: [],
    credits: [
      ...(credited ? [reporter.creditName ?? reporter.name] : []),
      ...(input.secondFinders ?? []),
    ].map((name, i) => ({ id: `c${i + 1}`, role: 'finder', consent: true, name: same(name) })),
    revisions: [],
    dates: agreed === null ? {} : { initialRelease: agreed },
    updatedAt: input.now,
    leakGuardContext: {
      finders: reporter
        ? [
            {
              ...(credited ? { creditId: 'c1' } : {}),
              realName: reporter.name,
              emails: findEmails(reporter.contact),
              contacts: [reporter.contact],
            },
          ]
        : [],
      internalNotes: [input.case.notes ?? '', ...input.internalNotes].filter(
        (n) => n.trim() !== '',
      ),
      pocTexts: input.report && input.report.poc.text.trim() ? [input.report.poc.text] : [],
      attachmentSnippets: input.attachmentSnippets,
      vendorContacts: input.involvements.flatMap((i) => i.contactAddresses),
      unclearedVendorNames: input.involvements
        .filter((i) => !i.clearedForPublication)
        .flatMap((i) => [i.contactName.ja, i.contactName.en])
        .filter((n) => n.trim() !== ''),
      allowedAddresses: input.allowedAddresses,
    },
    leakGuardOverrides: [],
    ...(alert ?? {}),
  };
  const parsed = advisoryDraftSchema.safeParse(draft);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalid-draft',
        message: 'the case does not make a valid draft',
        issues: formatIssues(parsed.error),
      },
    };
  }
  return { ok: true, value: parsed.data };
}

/**
 * The draft with the vendors and products the case has now (`fresh` is draftFromCase's
 * draft of the same case): how the analyst takes products named on the case after the draft
 * was made, since CSAF and CVE exports are refused without them. A vulnerability's chosen
 * product versions keep only those that still exist.
 */
export function withCaseProducts(draft: AdvisoryDraft, fresh: AdvisoryDraft): AdvisoryDraft {
  const known = new Set(fresh.products.flatMap((p) => p.versions.map((v) => v.id)));
  return {
    ...draft,
    vendors: fresh.vendors,
    products: fresh.products,
    vulnerabilities: draft.vulnerabilities.map((v) =>
      v.productVersionIds
        ? { ...v, productVersionIds: v.productVersionIds.filter((id) => known.has(id)) }
        : v,
    ),
  };
}
