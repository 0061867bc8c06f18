import { intakeLetter, type IntakeLetterInput } from '../../../shared/workflow/intake-letter';
import { reasonsList } from '../../../shared/workflow/letters';
import { informationRequestList } from '../../../shared/workflow/open-questions';
import type { TriageOutcome } from '../../../shared/workflow/triage';
import { toDecision } from './verdict-view';

/** The engine's letter input, with the triage outcome in place of the reasons. */
export type LetterDraftInput = Omit<IntakeLetterInput, 'reasons'> & { outcome: TriageOutcome };

/**
 * The engine's letter for the analyst's decision (accepted, declined, more information
 * needed), filled from the form. The engine's reasons go in only when the analyst agrees
 * with its verdict; otherwise the analyst writes them. What the form does not give stays a
 * `{{field}}` the analyst sees; the letter is sent from the case's Finder tab, whose seal
 * refuses it while one is left.
 */
export function draftFinderLetter(input: LetterDraftInput): string {
  const { language: lang, outcome } = input;
  const agrees = toDecision(outcome.decision) === input.decision;
  const reasons = !agrees
    ? ''
    : input.decision === 'decline'
      ? reasonsList(outcome.reasons, lang)
      : input.decision === 'defer'
        ? informationRequestList(outcome, lang)
        : '';
  const letter = intakeLetter({ ...input, reasons });
  return `${letter.subject}\n\n${letter.body}`;
}
