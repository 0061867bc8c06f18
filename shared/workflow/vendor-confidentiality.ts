// Confidentiality between vendors (issue 23 item 2). Before anything is sealed to a vendor
// (a message, a vendor-view bundle), its text is checked for what that vendor must not learn:
// the other involved vendors (names in both languages, their people, products and
// addresses), the finder's identity without consent, and the case's internal title unless
// the case marks it shareable. A hit refuses the seal, naming the field and the text; the
// analyst may override with a reason, which the caller records in the same write as the
// `message.sent` / `bundle.exported` event (as the clearance override, `clearance.ts`).
// Pure: the composer, the bundle export and the CLI all ask here.
import type { Contact } from '../model/contact';
import type { LocalizedText } from '../model/common';
import type { Involvement } from '../model/involvement';
import { parseProductIdentifier, productNamesOf } from '../model/product-identifier';
import type { Reporter } from '../model/report';
import type { AffectedProduct } from '../model/vulnerability';
import { fail, ok, type Result } from '../result';
import { overrideReason, reasonTooShortMessage } from './clearance';
import {
  findTerm,
  makeTerm,
  nameCore,
  normaliseText,
  originalOf,
  type Span,
  type Term,
} from './confidentiality-text';

export type LeakKind =
  | 'vendor-name'
  | 'vendor-person'
  | 'vendor-product'
  | 'vendor-address'
  | 'finder-identity'
  | 'internal-title'
  | 'several-vendors';

/** Whose secret a hit gives away: another vendor (named for the analyst only), the finder,
 *  or the case itself (its internal title). */
export type VendorParty = { kind: 'vendor'; contactId: string; name: LocalizedText };
export type LeakParty = VendorParty | { kind: 'finder' } | { kind: 'case' };

/** Where the text was found. `line` counts from 1. */
export type LeakField =
  | { kind: 'subject' }
  | { kind: 'body'; line: number }
  | { kind: 'attachment'; name: string }
  | { kind: 'recipients' }
  | { kind: 'record'; label: string };

export type ConfidentialityHit = {
  field: LeakField;
  /** The offending text as written. */
  text: string;
  kind: LeakKind;
  party: LeakParty;
};

type Watched = { term: Term; kind: LeakKind; party: LeakParty };

/** What the check looks for when sealing to some recipients, and their own terms (a text
 *  naming the recipient itself is never a leak, even when another name sits inside it). */
export type ConfidentialityContext = {
  watched: readonly Watched[];
  own: readonly Term[];
  /** Involved vendors among the recipients: two or more learn of each other. */
  recipientVendors: readonly VendorParty[];
};

/** Involvement roles that are vendors (a coordinator or partner is not kept from a vendor). */
const VENDOR_ROLES: ReadonlySet<Involvement['role']> = new Set([
  'developer',
  'upstream-developer',
  'site-operator',
]);

export type ConfidentialityInput = {
  kase: { title: string; titleShareable: boolean };
  /** The case's involvements. */
  involvements: readonly Pick<Involvement, 'contactId' | 'role'>[];
  /** Every contact the involvements point at (others are ignored). */
  contacts: readonly Contact[];
  /** Affected products of the case's vulnerabilities (their vendor, product and identifier
   *  count as that vendor's when tied to its contact). */
  affected?: readonly AffectedProduct[];
  reporter?: Reporter | null | undefined;
  /** The contacts the seal goes to. */
  recipientContactIds: readonly string[];
};

/** A product identifier's own words: the raw PURL/CPE and its product name. */
const identifierStrings = (raw: string): string[] => {
  const parsed = parseProductIdentifier(raw);
  if (!parsed.ok) return [raw];
  const names = productNamesOf(parsed.value);
  return [raw, names.product];
};

type TermSource = { kind: LeakKind; values: readonly string[] };

/** Everything that identifies a contact, by kind. */
const contactSources = (c: Contact, affected: readonly AffectedProduct[]): TermSource[] => {
  const mine = affected.filter((a) => a.contactId === c.id);
  const names = [c.name.ja, c.name.en];
  return [
    {
      kind: 'vendor-name',
      values: [...names, ...names.map(nameCore), ...mine.map((a) => a.vendor)],
    },
    { kind: 'vendor-person', values: c.people.map((p) => p.name) },
    {
      kind: 'vendor-product',
      values: [
        ...c.products.flatMap(identifierStrings),
        ...mine.flatMap((a) => [
          a.product,
          ...(a.identifier ? identifierStrings(a.identifier) : []),
        ]),
      ],
    },
    {
      kind: 'vendor-address',
      values: [
        ...c.people.flatMap((p) => [p.email, p.phone]),
        ...c.addresses.map((a) => a.value),
        ...c.pgpFingerprints,
      ],
    },
  ];
};

const termsOf = (values: readonly string[]): Term[] =>
  values.flatMap((v) => {
    const t = makeTerm(v);
    return t === null ? [] : [t];
  });

/** The finder's identity a vendor may not see: all of it without credit consent; with
 *  consent the credited name may go, the contact details and key never. */
const finderValues = (r: Reporter): string[] =>
  r.creditConsent
    ? [
        r.contact,
        r.pgpKeyFingerprint ?? '',
        ...(r.creditName !== null && r.creditName !== r.name ? [r.name] : []),
      ]
    : [r.name, r.contact, r.creditName ?? '', r.pgpKeyFingerprint ?? ''];

export const confidentialityContext = (input: ConfidentialityInput): ConfidentialityContext => {
  const recipients = new Set(input.recipientContactIds);
  const byId = new Map(input.contacts.map((c) => [c.id as string, c]));
  const affected = input.affected ?? [];
  const own: Term[] = [];
  const watched: Watched[] = [];
  const recipientVendors: VendorParty[] = [];
  const seen = new Set<string>();
  for (const inv of input.involvements) {
    const contact = byId.get(inv.contactId);
    if (contact === undefined || seen.has(contact.id)) continue;
    seen.add(contact.id);
    const sources = contactSources(contact, affected);
    const party: VendorParty = { kind: 'vendor', contactId: contact.id, name: contact.name };
    if (recipients.has(contact.id)) {
      own.push(...sources.flatMap((s) => termsOf(s.values)));
      if (VENDOR_ROLES.has(inv.role)) recipientVendors.push(party);
    } else if (VENDOR_ROLES.has(inv.role)) {
      for (const s of sources)
        for (const term of termsOf(s.values)) watched.push({ term, kind: s.kind, party });
    }
  }
  for (const c of input.contacts)
    if (recipients.has(c.id) && !seen.has(c.id))
      own.push(...contactSources(c, affected).flatMap((s) => termsOf(s.values)));
  if (input.reporter)
    for (const term of termsOf(finderValues(input.reporter)))
      watched.push({ term, kind: 'finder-identity', party: { kind: 'finder' } });
  if (!input.kase.titleShareable)
    for (const term of termsOf([input.kase.title]))
      watched.push({ term, kind: 'internal-title', party: { kind: 'case' } });
  // A term the recipient shares (a product both ship, a common address) is not a secret.
  const ownNorms = new Set(own.map((t) => t.norm));
  return { watched: watched.filter((w) => !ownNorms.has(w.term.norm)), own, recipientVendors };
};

/** The hits in one text (a subject, a line, a file name or a record's string). */
/** `inner` lies inside `outer` and is shorter. */
const within = (inner: Span, outer: Span): boolean =>
  outer.from <= inner.from && inner.to <= outer.to && outer.to - outer.from > inner.to - inner.from;

export const scanText = (
  ctx: ConfidentialityContext,
  original: string,
  field: LeakField,
): ConfidentialityHit[] => {
  const n = normaliseText(original);
  const ownSpans = ctx.own.flatMap((t) => findTerm(n, t));
  const found: { span: Span; w: Watched }[] = [];
  for (const w of ctx.watched)
    for (const span of findTerm(n, w.term))
      // Inside a mention of the recipient itself: the recipient's own name, not a leak.
      if (!ownSpans.some((o) => within(span, o))) found.push({ span, w });
  const hits: ConfidentialityHit[] = [];
  const seen = new Set<string>();
  for (const { span, w } of found) {
    // One mention is one hit: "pkg:npm/beta-widget" and not also its "beta-widget".
    if (found.some((f) => within(span, f.span))) continue;
    const text = originalOf(original, n, span);
    const key = `${w.kind}|${JSON.stringify(w.party)}|${text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    hits.push({ field, text, kind: w.kind, party: w.party });
  }
  return hits;
};

/** The hits in every string a record holds (a bundle's case, event, contact…). */
export const scanRecord = (
  ctx: ConfidentialityContext,
  record: unknown,
  label: string,
): ConfidentialityHit[] => {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  walk(record);
  return strings.flatMap((s) => scanText(ctx, s, { kind: 'record', label }));
};

/** What is about to be sealed to a vendor. */
export type OutgoingText = {
  subject: string;
  body: string;
  attachmentNames: readonly string[];
};

export const outgoingHits = (
  ctx: ConfidentialityContext,
  out: OutgoingText,
): ConfidentialityHit[] => {
  const several: ConfidentialityHit[] =
    ctx.recipientVendors.length > 1
      ? [
          {
            field: { kind: 'recipients' },
            text: ctx.recipientVendors.map((p) => p.name.en || p.name.ja).join(', '),
            kind: 'several-vendors',
            party: ctx.recipientVendors[1] as VendorParty,
          },
        ]
      : [];
  return [
    ...several,
    ...scanText(ctx, out.subject, { kind: 'subject' }),
    ...out.body
      .split(/\r\n?|\n/)
      .flatMap((line, i) => scanText(ctx, line, { kind: 'body', line: i + 1 })),
    ...out.attachmentNames.flatMap((name) => scanText(ctx, name, { kind: 'attachment', name })),
  ];
};

export type ConfidentialityRefusal = {
  code: 'confidentiality.leak' | 'confidentiality.reason-too-short';
  message: string;
  hits: ConfidentialityHit[];
};

export type ConfidentialityPass = { overridden: ConfidentialityHit[]; reason: string | null };

/** Refuses when there are hits, unless `overrideReason` (trimmed) is long enough: then the
 *  hits are returned for the caller to record with the seal. */
export const judgeHits = (
  hits: ConfidentialityHit[],
  override?: string,
): Result<ConfidentialityPass, ConfidentialityRefusal> => {
  if (hits.length === 0) return ok({ overridden: [], reason: null });
  const reason = overrideReason(override);
  if (reason.kind === 'given') return ok({ overridden: hits, reason: reason.reason });
  return fail(
    reason.kind === 'none'
      ? {
          code: 'confidentiality.leak',
          message: `Refused: ${hits.map((h) => describeHit(h, 'en')).join('; ')}. Edit the text, or override with a reason.`,
          hits,
        }
      : { code: 'confidentiality.reason-too-short', message: reasonTooShortMessage, hits },
  );
};

export const checkConfidentiality = (
  ctx: ConfidentialityContext,
  out: OutgoingText,
  overrideReason?: string,
): Result<ConfidentialityPass, ConfidentialityRefusal> =>
  judgeHits(outgoingHits(ctx, out), overrideReason);

const FIELD_TEXT = {
  subject: { en: 'the subject', ja: '件名' },
  recipients: { en: 'the recipients', ja: '宛先' },
} as const;

export const describeField = (f: LeakField, lang: 'ja' | 'en'): string => {
  switch (f.kind) {
    case 'subject':
    case 'recipients':
      return FIELD_TEXT[f.kind][lang];
    case 'body':
      return lang === 'ja' ? `本文 ${f.line} 行目` : `body line ${f.line}`;
    case 'attachment':
      return lang === 'ja' ? `添付ファイル名「${f.name}」` : `attachment name "${f.name}"`;
    case 'record':
      return lang === 'ja' ? `レコード ${f.label}` : `record ${f.label}`;
  }
};

const KIND_TEXT: Record<LeakKind, (who: string) => LocalizedText> = {
  'vendor-name': (who) => ({ en: `the name of ${who}`, ja: `${who}の名称` }),
  'vendor-person': (who) => ({ en: `a person at ${who}`, ja: `${who}の担当者名` }),
  'vendor-product': (who) => ({ en: `a product of ${who}`, ja: `${who}の製品` }),
  'vendor-address': (who) => ({ en: `an address of ${who}`, ja: `${who}の連絡先` }),
  'finder-identity': () => ({
    en: 'the finder\u2019s identity (no credit consent)',
    ja: '発見者の身元（クレジットの同意なし）',
  }),
  'internal-title': () => ({
    en: 'the internal case title (not marked shareable with vendors)',
    ja: '内部用の案件名（ベンダーと共有可に設定されていません）',
  }),
  'several-vendors': () => ({
    en: 'one message to several vendors',
    ja: '複数のベンダーへの同一メッセージ',
  }),
};

const partyName = (p: LeakParty, lang: 'ja' | 'en'): string =>
  p.kind === 'vendor' ? (lang === 'ja' ? p.name.ja || p.name.en : p.name.en || p.name.ja) : '';

/** One hit in words, for the analyst (it names the other vendor: never put it in a message). */
export const describeHit = (h: ConfidentialityHit, lang: 'ja' | 'en'): string => {
  const what = KIND_TEXT[h.kind](partyName(h.party, lang))[lang];
  return lang === 'ja'
    ? `${describeField(h.field, lang)}の「${h.text}」は${what}です`
    : `${describeField(h.field, lang)}: "${h.text}" is ${what}`;
};

/** The text of the internal `note.added` event that records an override in the timeline. */
export const confidentialityOverrideNote = (what: string, pass: ConfidentialityPass): string =>
  `Confidentiality override (${what}): ${pass.overridden.map((h) => describeHit(h, 'en')).join('; ')}. Reason: ${pass.reason ?? ''}`;
