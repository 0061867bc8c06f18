import {
  cpeComparable,
  parseProductIdentifier,
  type Contact,
  type ContactId,
  type Cpe23,
  type ParsedProductIdentifier,
} from '../model';
import { compareVersions, versionInRange } from './version-range';

/**
 * Vendor suggestions (issue 13): a case's affected products, as PURLs or CPE 2.3 names, are
 * matched against the product identifiers every contact holds, so the analyst sees which
 * organisations to notify and why. Matching compares normalised identifiers: PURL type,
 * namespace and name as the PURL spec normalises them per type (packageurl-js), qualifiers
 * and subpath ignored; CPE attributes unquoted and case-folded.
 */
export type MatchReason =
  /** Same package or CPE (the contact's identifier has no version, or the same one). */
  | 'exact'
  /** Same package; the contact's version lies in the affected version range. */
  | 'in-range'
  /** Same package, another version (outside the range, or a different pinned version). */
  | 'other-version'
  /** Same CPE vendor and product; other attributes differ. */
  | 'cpe-vendor-product';

export const MATCH_REASONS: readonly MatchReason[] = [
  'exact',
  'in-range',
  'cpe-vendor-product',
  'other-version',
];

export type AffectedIdentifier = {
  identifier: string;
  /** The affected versions as written ("< 2.1.0", "1.0 - 1.4"); empty when not given. */
  versions: string;
};

export type ProductMatch = {
  contactIdentifier: string;
  caseIdentifier: string;
  reason: MatchReason;
};

export type VendorSuggestion = {
  contactId: ContactId;
  /** The strongest match first. */
  matches: ProductMatch[];
  best: MatchReason;
};

const rank = (r: MatchReason): number => MATCH_REASONS.indexOf(r);

type Purl = Extract<ParsedProductIdentifier, { kind: 'purl' }>['purl'];

/** The package's identity: what two PURLs must share to name the same package. */
export const purlPackageKey = (p: Purl): string => `${p.type}/${p.namespace ?? ''}/${p.name}`;

const byVersion = (
  contactVersion: string | null,
  affectedVersion: string | null,
  range: string,
): MatchReason => {
  if (contactVersion === null) return 'exact';
  if (affectedVersion !== null)
    return compareVersions(contactVersion, affectedVersion) === 0 ? 'exact' : 'other-version';
  const inRange = versionInRange(contactVersion, range);
  if (inRange === null) return 'exact';
  return inRange ? 'in-range' : 'other-version';
};

const concrete = (v: string): boolean => v !== '*' && v !== '-';

const matchCpe = (contact: Cpe23, affected: Cpe23, range: string): MatchReason | null => {
  const same = (a: string, b: string) => cpeComparable(a) === cpeComparable(b);
  if (!concrete(contact.vendor) || !concrete(contact.product)) return null;
  if (!same(contact.vendor, affected.vendor) || !same(contact.product, affected.product)) {
    return null;
  }
  const attrs = Object.keys(contact) as (keyof Cpe23)[];
  // The contact's name covers the affected one when each attribute is ANY or equal.
  const covers = attrs.every((a) => contact[a] === '*' || same(contact[a], affected[a]));
  if (covers) return 'exact';
  if (!concrete(affected.version) && concrete(contact.version) && range.trim() !== '') {
    const inRange = versionInRange(cpeComparable(contact.version), range);
    if (inRange === true) return 'in-range';
  }
  return 'cpe-vendor-product';
};

/** How a contact's identifier matches an affected one, or null when it does not. */
export const matchIdentifiers = (
  contact: ParsedProductIdentifier,
  affected: ParsedProductIdentifier,
  range: string,
): MatchReason | null => {
  if (contact.kind === 'purl' && affected.kind === 'purl') {
    if (purlPackageKey(contact.purl) !== purlPackageKey(affected.purl)) return null;
    return byVersion(contact.purl.version ?? null, affected.purl.version ?? null, range);
  }
  if (contact.kind === 'cpe' && affected.kind === 'cpe') {
    return matchCpe(contact.cpe, affected.cpe, range);
  }
  return null;
};

const parsedOrNull = (s: string): ParsedProductIdentifier | null => {
  const r = parseProductIdentifier(s);
  return r.ok ? r.value : null;
};

type Target = { parsed: ParsedProductIdentifier; versions: string };

const targetsOf = (affected: readonly AffectedIdentifier[]): Target[] =>
  affected.flatMap((a) => {
    const parsed = parsedOrNull(a.identifier);
    return parsed === null ? [] : [{ parsed, versions: a.versions }];
  });

const matchTargets = (own: readonly string[], targets: readonly Target[]): ProductMatch[] => {
  const matches: ProductMatch[] = [];
  for (const id of own) {
    const parsed = parsedOrNull(id);
    if (parsed === null) continue;
    for (const t of targets) {
      const reason = matchIdentifiers(parsed, t.parsed, t.versions);
      if (reason !== null) {
        matches.push({ contactIdentifier: id, caseIdentifier: t.parsed.raw, reason });
      }
    }
  }
  return matches.sort((a, b) => rank(a.reason) - rank(b.reason));
};

/**
 * How one holder's identifiers (a contact's `products`) match the affected ones, strongest
 * first; empty when none does. The one matcher behind the suggestions and the advisory's
 * join of an affected product to the case vendor that makes it (draftFromCase).
 */
export const identifierMatches = (
  own: readonly string[],
  affected: readonly AffectedIdentifier[],
): ProductMatch[] => matchTargets(own, targetsOf(affected));

/**
 * The contacts to suggest for a case: every contact (not a finder, not already on the case)
 * with at least one identifier matching an affected product; strongest reason first.
 */
export const suggestVendors = (
  affected: readonly AffectedIdentifier[],
  contacts: readonly Contact[],
  alreadyInvolved: ReadonlySet<string>,
): VendorSuggestion[] => {
  const targets = targetsOf(affected);
  if (targets.length === 0) return [];
  const out: VendorSuggestion[] = [];
  for (const contact of contacts) {
    if (contact.kind === 'finder' || alreadyInvolved.has(contact.id)) continue;
    const matches = matchTargets(contact.products, targets);
    const first = matches[0];
    if (first !== undefined) out.push({ contactId: contact.id, matches, best: first.reason });
  }
  return out.sort(
    (a, b) => rank(a.best) - rank(b.best) || String(a.contactId).localeCompare(b.contactId),
  );
};
