import type { IsoInstant, Language, TriageReasonCode } from '../model';
import { localDate } from './calendar';
import { formatMoment, formatMomentExact, wallClock } from './publication-moment';
import { LETTER_TEMPLATES, type LetterParams, type TemplateKind } from './letter-templates';
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

/** A date for a letter, with its time zone said (ARCHITECTURE.md §4). */
export const letterDate = (instant: IsoInstant, timeZone: string, language: Language): string => {
  const [y, m, d] = localDate(instant, timeZone).split('-');
  return language === 'ja'
    ? `${y}年${Number(m)}月${Number(d)}日（${timeZone}）`
    : `${y}-${m}-${d} (${timeZone})`;
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
