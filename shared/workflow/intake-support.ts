import type { Language, LocalizedText, TriageChecklist } from '../model';
import { emptyTriageChecklist } from '../model';
import type { Routing, TriageDecision } from './triage';
import type { Result } from '../result';

/**
 * What the intake wizard needs from the engine besides `triage`: where the first contact
 * goes, said in words, the checklist a new report starts from, and the request for
 * information sent to a finder while the verdict is `needs-information`.
 */
export type RoutingCode = 'to-site-operator' | 'to-developer' | 'upstream-first';

export const ROUTING_TEXTS: Record<RoutingCode, LocalizedText> = {
  'to-site-operator': {
    en: 'Website: contact the site operator.',
    ja: 'ウェブサイト: サイト運営者に連絡します。',
  },
  'to-developer': {
    en: 'Software: contact the developer(s).',
    ja: 'ソフトウエア: 開発者に連絡します。',
  },
  'upstream-first': {
    en: 'Several developers: coordinate with the upstream developer first.',
    ja: '複数の開発者: まず上流の開発者と調整します。',
  },
};

/** The routing as codes, in the order the analyst acts on them. */
export const routingCodes = (routing: Routing): RoutingCode[] => [
  routing.contact === 'site-operator' ? 'to-site-operator' : 'to-developer',
  ...(routing.upstreamFirst ? (['upstream-first'] as const) : []),
];

/**
 * The checklist a new report starts from. A training product, a developer's published
 * "will not address security issues" statement and a prior public disclosure are facts a
 * finder states when they hold, so a report silent on them starts at `no` (the analyst
 * changes the answer if the report says otherwise); every item that needs the analyst's
 * own assessment of the report starts `unknown` and blocks acceptance until answered.
 */
export const intakeStartingChecklist = (): TriageChecklist => ({
  ...emptyTriageChecklist(),
  intentionallyVulnerable: 'no',
  vendorDeclaredWontFix: 'no',
  alreadyPublic: 'no',
});

/** The letter kind the finder receives for a triage decision. */
export type FinderLetterKind =
  'finder-acknowledgement' | 'finder-decline' | 'finder-information-request';

export const finderLetterKind = (decision: TriageDecision): FinderLetterKind =>
  decision === 'accept'
    ? 'finder-acknowledgement'
    : decision === 'decline'
      ? 'finder-decline'
      : 'finder-information-request';

/**
 * Request for information (JPCERT/CC II.B "What is necessary in a vulnerability report?").
 * Kept beside the other finder letters' rules rather than in LETTER_TEMPLATES because the
 * model's LetterKind does not list it yet; `{{questions}}` is a bulleted list.
 */
export const INFORMATION_REQUEST_TEMPLATE = {
  placeholders: ['caseRef', 'finderName', 'productName', 'questions', 'organisationName'],
  subject: {
    ja: '[{{caseRef}}] 脆弱性関連情報の追加のお願い',
    en: '[{{caseRef}}] More information needed about your report',
  },
  body: {
    ja: '{{finderName}} 様\n\n{{productName}} に関する脆弱性関連情報の届出をいただき、ありがとうございます（受付番号 {{caseRef}}）。取り扱いの可否を判断するために、以下の点について追加の情報をお送りください。\n\n{{questions}}\n\nご返信の際は件名に受付番号を記載してください。それまでの間、本情報を第三者に開示しないようお願いいたします。\n\n{{organisationName}}',
    en: 'Dear {{finderName}},\n\nThank you for your report about {{productName}} (reference {{caseRef}}). Before we can decide whether to coordinate it, please send us the following:\n\n{{questions}}\n\nPlease keep {{caseRef}} in the subject of your reply, and do not disclose the information to any third party until then.\n\n{{organisationName}}',
  },
} as const;

export type InformationRequestParams = Record<
  (typeof INFORMATION_REQUEST_TEMPLATE.placeholders)[number],
  string
>;

export type InformationRequestResult = Result<
  { subject: string; body: string },
  { code: 'missing-placeholder'; message: string }
>;

/** Renders the request; like `renderLetter`, every placeholder must be non-empty. */
export const renderInformationRequest = (
  language: Language,
  params: InformationRequestParams,
): InformationRequestResult => {
  const values: Record<string, string> = params;
  const missing = INFORMATION_REQUEST_TEMPLATE.placeholders.filter((p) => !params[p].trim());
  if (missing.length > 0) {
    return {
      ok: false,
      error: { code: 'missing-placeholder', message: `Missing: ${missing.join(', ')}` },
    };
  }
  const fill = (text: string) =>
    text.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => values[name] ?? '');
  return {
    ok: true,
    value: {
      subject: fill(INFORMATION_REQUEST_TEMPLATE.subject[language]),
      body: fill(INFORMATION_REQUEST_TEMPLATE.body[language]),
    },
  };
};
