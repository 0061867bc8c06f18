import type { IsoInstant, Language } from '../../../shared/model';
import {
  finderLetterKind,
  renderInformationRequest,
} from '../../../shared/workflow/intake-support';
import { letterDate, reasonsList, renderLetter } from '../../../shared/workflow/letters';
import { informationRequestList } from '../../../shared/workflow/open-questions';
import type { TriageOutcome } from '../../../shared/workflow/triage';
import { toDecision, type Decision } from './verdict-view';

/** Texts written where the form has no value yet, in the letter's language (UI text). */
export type LetterBlanks = {
  finderName: string;
  productName: string;
  organisationName: string;
  reasons: string;
};

export type LetterDraftInput = {
  decision: Decision;
  outcome: TriageOutcome;
  language: Language;
  caseRef: string;
  finderName: string;
  productName: string;
  organisationName: string;
  receivedAt: IsoInstant;
  timeZone: string;
  blanks: LetterBlanks;
};

const ENGINE_DECISION = {
  accept: 'accept',
  decline: 'decline',
  defer: 'needs-information',
} as const;

/**
 * The engine's finder letter for the analyst's decision, filled from the form. The
 * engine's reasons go in only when the analyst agrees with its verdict; otherwise the
 * analyst writes them (a blank marks the place).
 */
export function draftFinderLetter(input: LetterDraftInput): string {
  const { language: lang, blanks, outcome } = input;
  const or = (value: string, blank: string) => (value.trim() === '' ? blank : value.trim());
  const agrees = toDecision(outcome.decision) === input.decision;
  const common = {
    caseRef: input.caseRef,
    finderName: or(input.finderName, blanks.finderName),
    productName: or(input.productName, blanks.productName),
    organisationName: or(input.organisationName, blanks.organisationName),
  };
  const kind = finderLetterKind(ENGINE_DECISION[input.decision]);
  const result =
    kind === 'finder-acknowledgement'
      ? renderLetter(kind, lang, {
          ...common,
          receivedDate: letterDate(input.receivedAt, input.timeZone, lang),
        })
      : kind === 'finder-decline'
        ? renderLetter(kind, lang, {
            ...common,
            reasons: or(agrees ? reasonsList(outcome.reasons, lang) : '', blanks.reasons),
          })
        : renderInformationRequest(lang, {
            ...common,
            questions: or(agrees ? informationRequestList(outcome, lang) : '', blanks.reasons),
          });
  return result.ok ? `${result.value.subject}\n\n${result.value.body}` : '';
}
