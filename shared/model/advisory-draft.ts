import { z } from 'zod';
import { advisoryIdSchema, caseRefSchema } from './case';
import {
  caseKindSchema,
  isoDateSchema,
  isoInstantSchema,
  localizedTextSchema,
  tlpSchema,
} from './common';
import { advisoryDraftIdSchema, caseIdSchema } from './ids';
import {
  involvementStatusSchema,
  productStatusSchema,
  vexJustificationSchema,
} from './involvement';
import { cveIdSchema, cweIdSchema } from './vulnerability';
import { productIdentifierSchema } from './product-identifier';
import { versionedParser } from './versioned';

/**
 * The public advisory being drafted for one case (ARCHITECTURE.md §3, §6). It is deliberately
 * self-contained: every export (CSAF, CVE, HTML, Markdown) and the leak guard work from
 * this one document, so the CLI can render a draft file without the store, and the UI
 * fills `leakGuardContext` from the case so the guard knows what must not leak.
 * Text fields hold Markdown; an empty string means "not written yet in that language".
 */
/** v2 (issue 18): the `technical-alert` kind and its `technicalAlert` block. */
export const ADVISORY_DRAFT_SCHEMA_VERSION = 2;

const idSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, {
  message: 'expected a short id (letters, digits, _ . -)',
});

export const cvssVectorsSchema = z.object({
  /** Scores are not stored: shared/advisory computes them with ae-cvss-calculator. */
  v31: z
    .string()
    .regex(/^CVSS:3\.1\//)
    .optional(),
  v40: z
    .string()
    .regex(/^CVSS:4\.0\//)
    .optional(),
});

export const draftVulnerabilitySchema = z.object({
  id: idSchema,
  cve: cveIdSchema.optional(),
  /** Another CNA assigned `cve` (issue 28): that CNA publishes its record, so the CVE
   *  exports leave this vulnerability out; absent means the ID is ours. */
  cveCna: z.string().trim().min(1).max(200).optional(),
  /** The name must be CWE's own, verbatim (CSAF mandatory test 6.1.11 compares it). */
  cwe: z.object({ id: cweIdSchema, name: z.string().min(1) }).optional(),
  title: localizedTextSchema,
  description: localizedTextSchema,
  cvss: cvssVectorsSchema,
  /** Product version ids this vulnerability concerns; absent means every product. */
  productVersionIds: z.array(idSchema).optional(),
});
export type DraftVulnerability = z.infer<typeof draftVulnerabilitySchema>;

/** The remediation categories CSAF (and so the VEX exports) know for an affected product. */
export const vexRemediationSchema = z.enum([
  'vendor_fix',
  'workaround',
  'mitigation',
  'no_fix_planned',
  'none_available',
]);
export type VexRemediation = z.infer<typeof vexRemediationSchema>;

export const draftProductVersionSchema = z.object({
  id: idSchema,
  /** Language-neutral version or range as machines read it: `2.3.1`, `<=2.3.0`. */
  version: z.string().min(1),
  /** A range goes to CSAF as `product_version_range`, an exact version as `product_version`. */
  range: z.boolean(),
  /** How people read it: `2.3.0 およびそれ以前` / `2.3.0 and earlier`. */
  label: localizedTextSchema,
  status: productStatusSchema,
  /** VEX (issue 28): why a `known_not_affected` version is not affected, as its vendor said
   *  (the involvement's justification). Absent in older drafts: the VEX exports then carry an
   *  impact statement instead. */
  justification: vexJustificationSchema.optional(),
  /** VEX: the remediation a `known_affected` version has. Absent: `vendor_fix` when the
   *  advisory has a solution, else `none_available`. */
  remediation: vexRemediationSchema.optional(),
});
export type DraftProductVersion = z.infer<typeof draftProductVersionSchema>;

export const draftProductSchema = z.object({
  id: idSchema,
  vendorId: idSchema,
  name: localizedTextSchema,
  versions: z.array(draftProductVersionSchema).min(1),
  /** The product's PURL and CPE 2.3 names, from the case (issue 23): CSAF
   *  `product_identification_helper`, CVE `cpes` and `packageName`. Absent in older drafts. */
  identifiers: z.array(productIdentifierSchema).optional(),
});
export type DraftProduct = z.infer<typeof draftProductSchema>;

/** One row of the JVN "vendor information" table, from an involvement. */
export const draftVendorSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  status: involvementStatusSchema,
  statement: localizedTextSchema,
  dateUpdated: isoDateSchema,
  /** The instant behind `dateUpdated` (the vendor's last reply or contact attempt), for VEX
   *  statement timestamps. Absent in older drafts: midnight of `dateUpdated` in Tokyo. */
  updatedAt: isoInstantSchema.optional(),
  clearedForPublication: z.boolean(),
  /** The unreachable-developer rule was applied: the name is published to seek contact. */
  unreachableNamePublished: z.boolean(),
});
export type DraftVendor = z.infer<typeof draftVendorSchema>;

export const draftReferenceSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  title: localizedTextSchema,
});
export type DraftReference = z.infer<typeof draftReferenceSchema>;

export const draftCreditSchema = z.object({
  id: idSchema,
  role: z.enum(['finder', 'reporter', 'coordinator', 'analyst', 'other']),
  /** Only credits with consent are published, under the name the person chose. */
  consent: z.boolean(),
  name: localizedTextSchema,
});
export type DraftCredit = z.infer<typeof draftCreditSchema>;

export const draftRevisionSchema = z.object({
  /** Integer versioning (CSAF §3.1.11.5): `1`, `2`, … */
  number: z.string().regex(/^[1-9]\d{0,5}$/),
  date: isoInstantSchema,
  summary: localizedTextSchema,
});
export type DraftRevision = z.infer<typeof draftRevisionSchema>;

export const draftPublisherSchema = z.object({
  name: localizedTextSchema,
  /** CSAF publisher namespace (the organisation's web site, Settings → Organisation); ""
   *  until it is set there: the formats that carry it refuse to export (publisher-namespace.ts). */
  namespace: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
  contactDetails: z.string().optional(),
  /** CVE CNA orgId from Settings; required for the CVE export. */
  cveOrgId: z.uuidv4().optional(),
  cveShortName: z.string().min(2).max(32).optional(),
});
export type DraftPublisher = z.infer<typeof draftPublisherSchema>;

/**
 * What a technical alert (JVNTA#) prints beyond the common sections: its CWEs, the
 * affected product families and the mitigations. The class of vulnerability is the title,
 * its summary the overview; a technical alert has no vulnerabilities or product versions.
 */
export const draftTechnicalAlertSchema = z.object({
  cwes: z.array(z.object({ id: cweIdSchema, name: z.string().min(1) })),
  productFamilies: z.array(
    z.object({
      id: idSchema,
      name: localizedTextSchema,
      identifiers: z.array(productIdentifierSchema),
    }),
  ),
  mitigations: z.array(localizedTextSchema),
});
export type DraftTechnicalAlert = z.infer<typeof draftTechnicalAlertSchema>;

export const draftWithdrawalSchema = z.object({
  kind: z.enum(['withdrawn', 'superseded']),
  at: isoInstantSchema,
  reason: localizedTextSchema,
  /** The advisory that replaces this one (superseded only). */
  supersededBy: z
    .object({ advisoryId: advisoryIdSchema, url: z.url({ protocol: /^https?$/ }) })
    .optional(),
});
export type DraftWithdrawal = z.infer<typeof draftWithdrawalSchema>;

/** What must not appear in a public export; filled by the UI from the case. */
export const leakGuardContextSchema = z.object({
  finders: z.array(
    z.object({
      /** Links the finder to their credit entry (consent and chosen name). */
      creditId: idSchema.optional(),
      realName: z.string(),
      emails: z.array(z.string()),
      contacts: z.array(z.string()),
    }),
  ),
  internalNotes: z.array(z.string()),
  pocTexts: z.array(z.string()),
  attachmentSnippets: z.array(z.string()),
  vendorContacts: z.array(z.string()),
  unclearedVendorNames: z.array(z.string()),
  /** Publisher addresses that may appear (e.g. the coordinator's public contact address). */
  allowedAddresses: z.array(z.string()),
});
export type LeakGuardContext = z.infer<typeof leakGuardContextSchema>;

export const leakGuardOverrideSchema = z.object({
  fingerprint: z.string().min(1),
  reason: z.string().min(1),
});
export type LeakGuardOverride = z.infer<typeof leakGuardOverrideSchema>;

const uniqueIds = (items: { id: string }[]): boolean =>
  new Set(items.map((i) => i.id)).size === items.length;

export const advisoryDraftSchema = z
  .object({
    schemaVersion: z.literal(ADVISORY_DRAFT_SCHEMA_VERSION),
    id: advisoryDraftIdSchema,
    case: z.object({
      id: caseIdSchema,
      ref: caseRefSchema,
      tlp: tlpSchema,
      kind: caseKindSchema,
    }),
    advisoryId: advisoryIdSchema,
    status: z.enum(['draft', 'final']),
    publisher: draftPublisherSchema,
    title: localizedTextSchema,
    overview: localizedTextSchema,
    description: localizedTextSchema,
    impact: localizedTextSchema,
    solution: localizedTextSchema,
    workarounds: localizedTextSchema,
    vulnerabilities: z.array(draftVulnerabilitySchema),
    vendors: z.array(draftVendorSchema),
    products: z.array(draftProductSchema),
    references: z.array(draftReferenceSchema),
    credits: z.array(draftCreditSchema),
    revisions: z.array(draftRevisionSchema),
    dates: z.object({
      initialRelease: isoInstantSchema.optional(),
      currentRelease: isoInstantSchema.optional(),
    }),
    /** Last edit; the date exports use while the draft has no release date. */
    updatedAt: isoInstantSchema,
    leakGuardContext: leakGuardContextSchema,
    leakGuardOverrides: z.array(leakGuardOverrideSchema),
    technicalAlert: draftTechnicalAlertSchema.optional(),
    /** A published advisory taken back (CSAF 2.1 `csaf_withdrawn`) or replaced by another
     *  (`csaf_superseded`), with the reasoning the case recorded (issue 28). */
    withdrawal: draftWithdrawalSchema.optional(),
  })
  .superRefine((d, ctx) => {
    const vendorIds = new Set(d.vendors.map((v) => v.id));
    const versionIds = d.products.flatMap((p) => p.versions.map((v) => v.id));
    const known = new Set(versionIds);
    const issue = (message: string, path: (string | number)[]) =>
      ctx.addIssue({ code: 'custom', message, path });
    if (!uniqueIds(d.vendors)) issue('duplicate vendor id', ['vendors']);
    if (!uniqueIds(d.products)) issue('duplicate product id', ['products']);
    if (!uniqueIds(d.vulnerabilities)) issue('duplicate vulnerability id', ['vulnerabilities']);
    if (known.size !== versionIds.length) issue('duplicate product version id', ['products']);
    d.products.forEach((p, i) => {
      if (!vendorIds.has(p.vendorId)) issue(`unknown vendor '${p.vendorId}'`, ['products', i]);
    });
    d.vulnerabilities.forEach((v, i) => {
      for (const ref of v.productVersionIds ?? []) {
        if (!known.has(ref)) issue(`unknown product version '${ref}'`, ['vulnerabilities', i]);
      }
    });
    d.revisions.forEach((r, i) => {
      if (r.number !== String(i + 1))
        issue('revisions must be numbered 1, 2, 3, …', ['revisions', i]);
      const prev = d.revisions[i - 1];
      if (prev && prev.date > r.date) issue('revisions must be in date order', ['revisions', i]);
    });
    if ((d.case.kind === 'technical-alert') !== (d.technicalAlert !== undefined)) {
      issue('present exactly for a technical-alert case', ['technicalAlert']);
    }
    if (d.technicalAlert !== undefined && !d.advisoryId.startsWith('JVNTA#')) {
      issue('a technical alert is published as JVNTA#', ['advisoryId']);
    }
    if (d.technicalAlert !== undefined && d.vulnerabilities.length > 0) {
      issue('a technical alert lists no vulnerabilities', ['vulnerabilities']);
    }
    if (d.withdrawal !== undefined && d.status !== 'final') {
      issue('only a published advisory is withdrawn or superseded', ['withdrawal']);
    }
    if (d.withdrawal?.kind === 'superseded' && d.withdrawal.supersededBy === undefined) {
      issue('a superseded advisory names the advisory that replaces it', ['withdrawal']);
    }
    if (d.status === 'final' && d.revisions.length === 0) {
      issue('a final advisory needs a revision entry', ['revisions']);
    }
  });
export type AdvisoryDraft = z.infer<typeof advisoryDraftSchema>;

export const parseAdvisoryDraft = versionedParser(
  'AdvisoryDraft',
  advisoryDraftSchema,
  ADVISORY_DRAFT_SCHEMA_VERSION,
  // v1 drafts are software or website advisories: no alert block, nothing moves.
  { 1: (record) => record },
);
