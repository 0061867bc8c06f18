import {
  parseProductIdentifier,
  type Case,
  type CaseId,
  type Contact,
  type Involvement,
  type ParsedProductIdentifier,
  type Vulnerability,
} from '../model';
import { VENDOR_ROLES } from './projection';
import { matchIdentifiers, type AffectedIdentifier, type MatchReason } from './vendor-suggestions';

/**
 * Duplicate and related reports (issue 27 item 3): a new report is matched against every
 * case, open and closed, by product identifier (the vendor-suggestion rules: PURLs as
 * packageurl-js normalises them, CPE 2.3 attributes case-folded, versions against the
 * affected range), CVE id, CWE and text similarity (the case search index's score, which the
 * caller passes in). Pure: the intake screen asks here, so a bundle or the CLI could too.
 */
export type NewReportKeys = {
  /** PURL or CPE 2.3 names the finder gave; one that does not parse is ignored. */
  identifiers: readonly string[];
  cves: readonly string[];
  cwes: readonly string[];
};

export type CandidateCase = {
  caseId: CaseId;
  ref: string;
  title: string;
  closed: boolean;
  /** The case's affected products (vulnerabilities) and its vendors' product identifiers. */
  identifiers: readonly AffectedIdentifier[];
  cves: readonly string[];
  cwes: readonly string[];
};

export type DuplicateReason =
  | { kind: 'product'; match: MatchReason; identifier: string }
  | { kind: 'cve'; id: string }
  | { kind: 'cwe'; id: string }
  | { kind: 'text'; similarity: number };

export type DuplicateCandidate = {
  caseId: CaseId;
  ref: string;
  title: string;
  closed: boolean;
  reasons: DuplicateReason[];
  score: number;
  /** Offered as a duplicate (same product and weakness, or the same CVE); otherwise related. */
  suggested: 'duplicate' | 'related';
};

/** Text similarity counts only from this share of the best hit's score. */
export const TEXT_SIMILARITY_FLOOR = 0.5;

const PRODUCT_WEIGHT: Record<MatchReason, number> = {
  exact: 50,
  'in-range': 45,
  'cpe-vendor-product': 25,
  'other-version': 20,
};
const CVE_WEIGHT = 60;
const CWE_WEIGHT = 10;
const TEXT_WEIGHT = 20;

const norm = (s: string) => s.trim().toUpperCase();

const parsed = (ids: readonly string[]): ParsedProductIdentifier[] =>
  ids.flatMap((id) => {
    const r = parseProductIdentifier(id.trim());
    return r.ok ? [r.value] : [];
  });

const bestProduct = (
  mine: readonly ParsedProductIdentifier[],
  theirs: readonly AffectedIdentifier[],
): DuplicateReason | null => {
  let best: { match: MatchReason; identifier: string } | null = null;
  for (const t of theirs) {
    const r = parseProductIdentifier(t.identifier);
    if (!r.ok) continue;
    for (const m of mine) {
      // The case's identifier stands where a contact's does in vendor suggestions: its
      // version range is the case's, the new report's version is the one compared.
      const match = matchIdentifiers(r.value, m, t.versions);
      if (match !== null && (best === null || PRODUCT_WEIGHT[match] > PRODUCT_WEIGHT[best.match]))
        best = { match, identifier: t.identifier };
    }
  }
  return best === null ? null : { kind: 'product', ...best };
};

/**
 * Every case that shares something with the new report, strongest first. `textScores`
 * holds the search index's score per case for the report's words; a score counts when it
 * is at least TEXT_SIMILARITY_FLOOR of the best one. A case is offered as a duplicate when
 * it has the same CVE id, or the same product (exact or in range) and no differing CWE.
 */
export const rankDuplicates = (
  report: NewReportKeys,
  cases: readonly CandidateCase[],
  textScores: ReadonlyMap<string, number> = new Map(),
): DuplicateCandidate[] => {
  const mine = parsed(report.identifiers);
  const cves = new Set(report.cves.map(norm).filter((c) => c !== ''));
  const cwes = new Set(report.cwes.map(norm).filter((c) => c !== ''));
  const top = Math.max(0, ...textScores.values());
  const out: DuplicateCandidate[] = [];
  for (const c of cases) {
    const reasons: DuplicateReason[] = [];
    const product = bestProduct(mine, c.identifiers);
    if (product !== null) reasons.push(product);
    for (const id of new Set(c.cves.map(norm))) if (cves.has(id)) reasons.push({ kind: 'cve', id });
    const sharedCwe = [...new Set(c.cwes.map(norm))].filter((id) => cwes.has(id));
    for (const id of sharedCwe) reasons.push({ kind: 'cwe', id });
    const raw = textScores.get(c.caseId) ?? 0;
    const similarity = top > 0 ? raw / top : 0;
    if (similarity >= TEXT_SIMILARITY_FLOOR) reasons.push({ kind: 'text', similarity });
    // A shared weakness alone is too common to suggest a case.
    if (reasons.every((r) => r.kind === 'cwe')) continue;
    const score = reasons.reduce(
      (sum, r) =>
        sum +
        (r.kind === 'product'
          ? PRODUCT_WEIGHT[r.match]
          : r.kind === 'cve'
            ? CVE_WEIGHT
            : r.kind === 'cwe'
              ? CWE_WEIGHT
              : TEXT_WEIGHT * r.similarity),
      0,
    );
    const sameProduct =
      product?.kind === 'product' && (product.match === 'exact' || product.match === 'in-range');
    const cweDiffers = cwes.size > 0 && c.cwes.length > 0 && sharedCwe.length === 0;
    const duplicate = reasons.some((r) => r.kind === 'cve') || (sameProduct && !cweDiffers);
    out.push({
      caseId: c.caseId,
      ref: c.ref,
      title: c.title,
      closed: c.closed,
      reasons,
      score,
      suggested: duplicate ? 'duplicate' : 'related',
    });
  }
  return out.sort((a, b) => b.score - a.score || a.ref.localeCompare(b.ref));
};

/** A stored case as a candidate: its vulnerabilities' affected products, CVE ids and CWEs,
 *  and the product identifiers of the vendors involved (as vendor suggestions hold them). */
type StoredCase = Pick<Case, 'id' | 'ref' | 'title' | 'states'>;
type StoredVulnerability = Pick<Vulnerability, 'affected' | 'cve' | 'cwe'>;
type StoredInvolvement = Pick<Involvement, 'contactId' | 'role'>;

export const candidateFromRecords = (r: {
  kase: StoredCase;
  vulnerabilities: readonly StoredVulnerability[];
  involvements: readonly StoredInvolvement[];
  contacts: ReadonlyMap<string, Pick<Contact, 'products'>>;
}): CandidateCase => ({
  caseId: r.kase.id,
  ref: r.kase.ref,
  title: r.kase.title,
  closed: r.kase.states.report === 'closed',
  identifiers: [
    ...r.vulnerabilities.flatMap((v) =>
      v.affected.flatMap((a) =>
        a.identifier === undefined ? [] : [{ identifier: a.identifier, versions: a.versions }],
      ),
    ),
    ...r.involvements
      .filter((i) => VENDOR_ROLES.includes(i.role))
      .flatMap((i) => r.contacts.get(i.contactId)?.products ?? [])
      .map((identifier) => ({ identifier, versions: '' })),
  ],
  cves: r.vulnerabilities.flatMap((v) => (v.cve.id === null ? [] : [v.cve.id])),
  cwes: r.vulnerabilities.flatMap((v) => (v.cwe === null ? [] : [v.cwe])),
});

const splitList = (text: string): string[] =>
  text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The finder's identifiers, CVE ids and CWEs as typed (space or comma separated); a bare
 *  CWE number is read as `CWE-<n>`. */
export const parseReportKeys = (typed: {
  identifiers: string;
  cves: string;
  cwes: string;
}): NewReportKeys => ({
  identifiers: splitList(typed.identifiers),
  cves: splitList(typed.cves),
  cwes: splitList(typed.cwes).map((c) => (/^\d+$/.test(c) ? `CWE-${c}` : c)),
});

/** At most this many cases are offered. */
export const DUPLICATES_SHOWN = 5;

/**
 * The cases a new report is offered against (intake, an import or the CLI alike): every
 * stored case as a candidate, the search index's hits for the report's words as the text
 * scores, ranked by `rankDuplicates`, the strongest `limit`.
 */
export const findDuplicateCandidates = (input: {
  cases: readonly StoredCase[];
  vulnerabilitiesOf: (caseId: CaseId) => readonly StoredVulnerability[];
  involvementsOf: (caseId: CaseId) => readonly StoredInvolvement[];
  contacts: readonly (Pick<Contact, 'products'> & { id: string })[];
  keys: NewReportKeys;
  textHits: readonly { id: string; score: number }[];
  limit?: number;
}): DuplicateCandidate[] => {
  const contacts = new Map(input.contacts.map((c) => [c.id, c]));
  const candidates = input.cases.map((kase) =>
    candidateFromRecords({
      kase,
      vulnerabilities: input.vulnerabilitiesOf(kase.id),
      involvements: input.involvementsOf(kase.id),
      contacts,
    }),
  );
  const scores = new Map(input.textHits.map((h) => [h.id, h.score]));
  return rankDuplicates(input.keys, candidates, scores).slice(0, input.limit ?? DUPLICATES_SHOWN);
};
