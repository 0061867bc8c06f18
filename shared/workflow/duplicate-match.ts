import {
  parseProductIdentifier,
  type Case,
  type CaseId,
  type Contact,
  type Involvement,
  type ParsedProductIdentifier,
  type Report,
  type Vulnerability,
} from '../model';
import { VENDOR_ROLES } from './projection';
import { similarityTokens, textSimilarity } from './text-similarity';
import { matchIdentifiers, type AffectedIdentifier, type MatchReason } from './vendor-suggestions';

/**
 * Duplicate and related reports (issue 27 item 3): a new report is matched against every
 * case, open and closed, by product identifier (the vendor-suggestion rules: PURLs as
 * packageurl-js normalises them, CPE 2.3 attributes case-folded, versions against the
 * affected range), CVE id, CWE and text similarity (an absolute share, text-similarity.ts, of
 * the report's words against the case's title and products). Pure: the intake screen asks
 * here, so a bundle or the CLI could too.
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
  /** What the case's wording is compared on: its title, its vulnerabilities' titles and its
   *  products' names. */
  words: string;
};

export type DuplicateReason =
  | { kind: 'product'; match: MatchReason; identifier: string }
  | { kind: 'cve'; id: string }
  | { kind: 'cwe'; id: string }
  /** `similarity` is absolute (0..1), the share shown as "Similar wording (n%)". */
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

/** Below this similarity the wording is not a reason to offer a case at all: an unrelated
 *  case sharing one product word (Foo CMS / Bar CMS) stays under it, a reworded copy of a
 *  title is above it. */
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
 * Every case that shares something with the new report, strongest first. `reportText` is
 * the report's words (title and product); its similarity to each case's `words` counts from
 * TEXT_SIMILARITY_FLOOR. `textCandidates`, when given, limits the wording comparison to
 * those case ids (the search index's hits), so typing a title does not tokenise every case.
 * A case is offered as a duplicate when it has the same CVE id, or the same product (exact
 * or in range) and no differing CWE.
 */
export const rankDuplicates = (
  report: NewReportKeys,
  cases: readonly CandidateCase[],
  reportText = '',
  textCandidates: ReadonlySet<string> | null = null,
): DuplicateCandidate[] => {
  const mine = parsed(report.identifiers);
  const cves = new Set(report.cves.map(norm).filter((c) => c !== ''));
  const cwes = new Set(report.cwes.map(norm).filter((c) => c !== ''));
  const reportWords = similarityTokens(reportText);
  const out: DuplicateCandidate[] = [];
  for (const c of cases) {
    const reasons: DuplicateReason[] = [];
    const product = bestProduct(mine, c.identifiers);
    if (product !== null) reasons.push(product);
    for (const id of new Set(c.cves.map(norm))) if (cves.has(id)) reasons.push({ kind: 'cve', id });
    const sharedCwe = [...new Set(c.cwes.map(norm))].filter((id) => cwes.has(id));
    for (const id of sharedCwe) reasons.push({ kind: 'cwe', id });
    const compared = reportWords.size > 0 && (textCandidates?.has(c.caseId) ?? true);
    const similarity = compared ? textSimilarity(reportWords, similarityTokens(c.words)) : 0;
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
type StoredVulnerability = Pick<Vulnerability, 'affected' | 'cve' | 'cwe'> &
  Partial<Pick<Vulnerability, 'title'>>;
type StoredInvolvement = Pick<Involvement, 'contactId' | 'role'>;
type StoredReport = Pick<Report, 'product'>;

export const candidateFromRecords = (r: {
  kase: StoredCase;
  vulnerabilities: readonly StoredVulnerability[];
  involvements: readonly StoredInvolvement[];
  contacts: ReadonlyMap<string, Pick<Contact, 'products'>>;
  reports?: readonly StoredReport[];
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
  words: [
    r.kase.title,
    ...r.vulnerabilities.flatMap((v) => [
      v.title?.en ?? '',
      v.title?.ja ?? '',
      ...v.affected.map((a) => a.product),
    ]),
    ...(r.reports ?? []).map((x) => x.product.name),
  ]
    .filter((w) => w.trim() !== '')
    .join(' '),
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
 * stored case as a candidate, its wording compared with `text` (the report's title and
 * product) where the search index found the report's words (`textHits`), ranked by
 * `rankDuplicates`, the strongest `limit`.
 */
export const findDuplicateCandidates = (input: {
  cases: readonly StoredCase[];
  vulnerabilitiesOf: (caseId: CaseId) => readonly StoredVulnerability[];
  involvementsOf: (caseId: CaseId) => readonly StoredInvolvement[];
  reportsOf?: (caseId: CaseId) => readonly StoredReport[];
  contacts: readonly (Pick<Contact, 'products'> & { id: string })[];
  keys: NewReportKeys;
  text?: string;
  textHits: readonly { id: string }[];
  limit?: number;
}): DuplicateCandidate[] => {
  const contacts = new Map(input.contacts.map((c) => [c.id, c]));
  const candidates = input.cases.map((kase) =>
    candidateFromRecords({
      kase,
      vulnerabilities: input.vulnerabilitiesOf(kase.id),
      involvements: input.involvementsOf(kase.id),
      contacts,
      reports: input.reportsOf?.(kase.id) ?? [],
    }),
  );
  const hits = new Set(input.textHits.map((h) => h.id));
  return rankDuplicates(input.keys, candidates, input.text ?? '', hits).slice(
    0,
    input.limit ?? DUPLICATES_SHOWN,
  );
};
