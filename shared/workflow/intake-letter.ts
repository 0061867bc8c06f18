// The letter that answers a finder's report, drafted at intake and sent from the case's
// Finder tab (issue: the intake letter was saved only as an internal note, with "［届出者名］"
// still in it, and the acknowledgement deadline counted as met by the decline itself).
// Its words follow the decision taken: accepted, declined, or more information needed.
// A field with no value stays `{{name}}`, so sealing it from the Finder tab refuses it
// (`unfilledPlaceholders`), as a vendor letter's seal does.
import type { CaseEvent, IsoInstant, Language, LetterKind } from '../model';
import { INFORMATION_REQUEST_TEMPLATE } from './intake-support';
import { LETTER_TEMPLATES } from './letter-templates';
import { fillTemplate, letterDate, splitLetter, type RenderedLetter } from './letters';

export type IntakeDecisionKind = 'accept' | 'decline' | 'defer';

/** The acceptance: the report is taken for coordination (IPA: "the finder will be notified
 *  that it has been accepted"), not "we will tell you later whether we take it". */
export const FINDER_ACCEPTANCE_TEMPLATE = {
  placeholders: ['caseRef', 'finderName', 'productName', 'receivedDate', 'organisationName'],
  subject: {
    ja: '[{{caseRef}}] 脆弱性関連情報の受理について',
    en: '[{{caseRef}}] Your vulnerability report has been accepted',
  },
  body: {
    ja: '{{finderName}} 様\n\n{{receivedDate}} にお送りいただいた {{productName}} に関する脆弱性関連情報を受け付け、内容を確認のうえ受理いたしました。受付番号は {{caseRef}} です。今後のご連絡の際は件名に受付番号を記載してください。\n\n今後、製品開発者との調整を進めます。調整の状況は適宜ご連絡いたします。公表までの間、本情報を第三者に開示しないようお願いいたします。\n\n{{organisationName}}',
    en: 'Dear {{finderName}},\n\nWe have received your report about {{productName}} sent on {{receivedDate}}, reviewed it and accepted it for coordination. Its reference is {{caseRef}}; please keep it in the subject of any further message.\n\nWe will now coordinate with the developer and keep you informed of the progress. Until publication, please do not disclose the information to any third party.\n\n{{organisationName}}',
  },
} as const;

export type IntakeLetterInput = {
  decision: IntakeDecisionKind;
  language: Language;
  caseRef: string;
  finderName: string;
  productName: string;
  organisationName: string;
  receivedAt: IsoInstant;
  timeZone: string;
  /** A declined report's reasons, or the questions of a deferred one, as a bulleted list;
   *  empty when the analyst writes them (the letter then holds `{{reasons}}`). */
  reasons: string;
};

const TEMPLATES = {
  accept: FINDER_ACCEPTANCE_TEMPLATE,
  decline: LETTER_TEMPLATES['finder-decline'],
  defer: INFORMATION_REQUEST_TEMPLATE,
} as const;

/** The letter for the decision, filled with what is known. */
export const intakeLetter = (input: IntakeLetterInput): RenderedLetter =>
  fillTemplate(TEMPLATES[input.decision], input.language, {
    caseRef: input.caseRef,
    finderName: input.finderName,
    productName: input.productName,
    organisationName: input.organisationName,
    receivedDate: letterDate(input.receivedAt, input.timeZone, input.language),
    reasons: input.reasons,
    questions: input.reasons,
  });

/** What the letter is recorded as when it is sent: each answers the report, so each meets
 *  the acknowledgement deadline (the reducer's `ACKNOWLEDGING_PURPOSES`). */
export const intakeLetterPurpose = (decision: IntakeDecisionKind): LetterKind =>
  decision === 'decline' ? 'finder-decline' : 'finder-acknowledgement';

/**
 * The letter drafted at intake, as the analyst left it: the internal note intake writes,
 * whose first line is the letter's subject (every subject starts with the case ref), and
 * its language (a Japanese letter has kana). Null when intake kept no letter.
 */
export const savedIntakeLetter = (
  events: readonly CaseEvent[],
  ref: string,
): { letter: RenderedLetter; language: Language } | null => {
  for (const e of events) {
    if (e.type !== 'note.added' || !e.payload.internal) continue;
    const { text } = e.payload;
    if (!text.startsWith(`[${ref}]`)) continue;
    return { letter: splitLetter(text), language: /[\u3040-\u30ff]/.test(text) ? 'ja' : 'en' };
  }
  return null;
};
