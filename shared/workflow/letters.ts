import type {
  Case,
  Involvement,
  IsoDate,
  IsoInstant,
  Language,
  LocalizedText,
  TriageReasonCode,
} from '../model';
import { nameOf } from '../model';
import { localDate } from './calendar';
import { dueDateFor } from './deadlines';
import { getPolicyProfile } from './policy-profiles';
import type { PublicationMoment } from './publication-moment';
import { formatMoment, formatMomentExact, wallClock } from './publication-moment';
import { LETTER_TEMPLATES, type LetterParams, type TemplateKind } from './letter-templates';
import { EARLY_END_CAUSE_TEXT } from './letter-templates-coordination';
import type { EarlyEnd } from './embargo-early-end';
import { TRIAGE_REASONS } from './triage-reasons';
import type { Result } from '../result';

/** Renders a letter template; every declared placeholder must be given and non-empty. */
export type RenderedLetter = { subject: string; body: string };

export type LetterResult = Result<RenderedLetter, { code: 'missing-placeholder'; message: string }>;

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** Placeholder names used in a text, in order of first use. */
export const placeholdersIn = (text: string): string[] => [
  ...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string)),
];

export const renderLetter = <K extends TemplateKind>(
  kind: K,
  language: Language,
  params: LetterParams<K>,
): LetterResult => {
  const template = LETTER_TEMPLATES[kind];
  const values = params as Record<string, string | undefined>;
  const missing = template.placeholders.filter((p) => !values[p]?.trim());
  if (missing.length > 0) {
    return {
      ok: false,
      error: { code: 'missing-placeholder', message: `Missing: ${missing.join(', ')}` },
    };
  }
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (_m, name: string) => values[name] ?? '');
  return {
    ok: true,
    value: { subject: fill(template.subject[language]), body: fill(template.body[language]) },
  };
};

/** A local day for a letter, with its time zone said (ARCHITECTURE.md §4). */
export const letterDay = (date: IsoDate, timeZone: string, language: Language): string => {
  const [y, m, d] = date.split('-');
  return language === 'ja'
    ? `${y}年${Number(m)}月${Number(d)}日（${timeZone}）`
    : `${y}-${m}-${d} (${timeZone})`;
};

/** The day of an instant for a letter, with its time zone said. */
export const letterDate = (instant: IsoInstant, timeZone: string, language: Language): string =>
  letterDay(localDate(instant, timeZone), timeZone, language);

/**
 * A template filled with what is known; a field with no value stays as `{{name}}` in the
 * text, where the analyst sees it and sealing refuses it (`unfilledPlaceholders`), so a
 * letter never leaves with "[your organisation]" or a blank where a name belongs.
 */
export const fillLetter = (
  kind: TemplateKind,
  language: Language,
  params: Readonly<Record<string, string | undefined>>,
): RenderedLetter => fillTemplate(LETTER_TEMPLATES[kind], language, params);

/** `fillLetter` for a template kept outside LETTER_TEMPLATES (the intake letters). */
export const fillTemplate = (
  template: { subject: LocalizedText; body: LocalizedText },
  language: Language,
  params: Readonly<Record<string, string | undefined>>,
): RenderedLetter => {
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (m, name: string) => params[name]?.trim() || m);
  return { subject: fill(template.subject[language]), body: fill(template.body[language]) };
};

/** A letter typed as one text: its first line is the subject, the rest the body. */
export const splitLetter = (text: string): RenderedLetter => {
  const [subject = '', ...rest] = text.split('\n');
  return { subject, body: rest.join('\n').replace(/^\n+/, '') };
};

/** The template fields still in a letter's text, in order: sealing is refused while any is. */
export const unfilledPlaceholders = (letter: RenderedLetter): string[] =>
  placeholdersIn(`${letter.subject}\n${letter.body}`);

/** What a letter to one vendor can say, from the case, the vendor and the settings. */
export type VendorLetterFacts = {
  kase: Pick<
    Case,
    'ref' | 'title' | 'titleShareable' | 'vendorSummary' | 'policyProfile' | 'dates'
  >;
  /** The recipient vendor's name, or null when the message is not tied to a vendor. */
  vendorName: LocalizedText | null;
  /** The recipient's involvement: its contact dates. */
  involvement: Pick<Involvement, 'firstContactAttempt' | 'lastContactAttempt'> | null;
  /** The recipient's own affected products in the case. */
  productNames: readonly string[];
  /** Our organisation's name (Settings). */
  organisation: LocalizedText;
  /** The pending or agreed publication moment, for the proposal letter. */
  publication: PublicationMoment | null;
  /** The latest move's moments (publication-moves.ts), for the "publication moved" letter. */
  moved?: { previous: PublicationMoment; next: PublicationMoment } | null;
  /** An embargo ended before its agreed instant (embargo-early-end.ts), for its letter. */
  earlyEnd?: Pick<EarlyEnd, 'at' | 'agreed' | 'agreedZone' | 'cause' | 'published'> | null;
  now: IsoInstant;
  language: Language;
};

/** A name in the letter's language, else in the other one (a contact saved with its English
 *  name only still names the vendor in a Japanese letter); one rule with `nameOf`. */
const inLanguage = (text: LocalizedText, language: Language): string =>
  nameOf({ name: text }, language);

/** The day the profile proposes publication: its first deadline counted from the first
 *  vendor contact (JPCERT/CC: 45 days), counted from now when this letter is that contact. */
const targetDay = (f: VendorLetterFacts): string => {
  const profile = getPolicyProfile(f.kase.policyProfile);
  const rule = profile.deadlines.find((d) => d.anchors.includes('first-vendor-contact'));
  if (rule === undefined) return '';
  const start = f.kase.dates.firstVendorContactAttempt ?? f.now;
  const due = dueDateFor(start, rule.duration, rule.rollForwardToBusinessDay, profile.calendar);
  return letterDay(due, profile.calendar.timeZone, f.language);
};

/**
 * The template fields a vendor letter can fill by itself. Never the internal title (it may
 * name the product or another vendor): the product is the vendor's own affected product, or
 * the title only when the case marks it shareable; the summary is the case's vendor-safe
 * summary. A field with nothing known is left out, for the analyst to fill.
 */
export const vendorLetterParams = (f: VendorLetterFacts): Record<string, string> => {
  const { language: lang, kase } = f;
  const zone = getPolicyProfile(kase.policyProfile).calendar.timeZone;
  const vendor = f.vendorName === null ? '' : inLanguage(f.vendorName, lang);
  const dayOf = (at: IsoInstant | null) => (at === null ? '' : letterDate(at, zone, lang));
  const products = [...new Set(f.productNames.map((p) => p.trim()).filter((p) => p !== ''))];
  const params: Record<string, string> = {
    caseRef: kase.ref,
    developerName: vendor,
    recipientName: vendor,
    productName:
      products.length > 0
        ? products.join(lang === 'ja' ? '、' : ', ')
        : kase.titleShareable
          ? kase.title
          : '',
    summary: kase.vendorSummary,
    organisationName: inLanguage(f.organisation, lang),
    targetDate: targetDay(f),
    firstContactDate: dayOf(f.involvement?.firstContactAttempt ?? null),
    lastContactDate: dayOf(f.involvement?.lastContactAttempt ?? null),
    proposedDate:
      f.publication === null ? '' : letterMoment(f.publication.instant, f.publication.zone, lang),
    previousDate: f.moved
      ? letterMoment(f.moved.previous.instant, f.moved.previous.zone, lang)
      : '',
    newDate: f.moved ? letterMoment(f.moved.next.instant, f.moved.next.zone, lang) : '',
    ...(f.earlyEnd ? earlyEndParams(f.earlyEnd, lang) : {}),
  };
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v.trim() !== ''));
};

/** The "embargo ended early" letter's fields: the instant that had been agreed, why it
 *  ended, and when publication now is (at once, or when it was published), in the zone the
 *  embargo was agreed in. The analyst may state another moment in the composer. */
const earlyEndParams = (
  end: NonNullable<VendorLetterFacts['earlyEnd']>,
  lang: Language,
): Record<string, string> => {
  const moment = (at: IsoInstant) => letterMoment(at, end.agreedZone, lang);
  const publicationMoment =
    end.published !== null
      ? lang === 'ja'
        ? `${moment(end.published)} に公表しました`
        : `published at ${moment(end.published)}`
      : lang === 'ja'
        ? `直ちに公表します（${moment(end.at)} にエンバーゴ終了）`
        : `due at once (the embargo ended at ${moment(end.at)})`;
  return {
    agreedDate: moment(end.agreed),
    endCause: EARLY_END_CAUSE_TEXT[end.cause][lang],
    publicationMoment,
  };
};

/** The exact publication moment for a letter: the stated zone first, then UTC, so a vendor in
 *  any zone reads the same instant (`2026-07-01 10:00 JST (2026-07-01 01:00 UTC)`). */
export const letterMoment = (instant: IsoInstant, zone: string, language: Language): string => {
  const exact = formatMomentExact(instant, zone);
  if (language === 'en') return exact;
  const w = wallClock(instant, zone);
  const [y, m, d] = w.date.split('-');
  const stated = zone === 'Asia/Tokyo' ? '日本時間' : `${zone}、UTC${w.offset}`;
  return `${y}年${Number(m)}月${Number(d)}日 ${w.time}（${stated}）／${formatMoment(instant, 'UTC')}`;
};

/** The decline reasons as a bulleted list in the letter's language. */
export const reasonsList = (codes: readonly TriageReasonCode[], language: Language): string =>
  codes.map((c) => `- ${TRIAGE_REASONS[c].text[language]}`).join('\n');
