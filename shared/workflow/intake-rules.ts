// What a new case must say about itself, whoever records it (the intake screen, a finder's
// report form filled into it, a partner's bundle, a case document given to the CLI): a
// title and a reporter name that are more than spaces, and a report received no later than
// it was recorded. The clock is never read: the screen passes "now"; an event is judged
// against its own `at`, as the embargo rules are (`embargo-instant-not-future`).
//
// These are not reducer rules: a vault that already holds such a case (written before this
// rule) still folds it. `planAppend` refuses them on the events it is asked to add, in
// either `rejected` mode, and bundle import and the CLI refuse a document that holds one.
import type { CaseEvent, IsoDate, IsoInstant, Reporter } from '../model';
import { localDate } from './calendar';
import { wfFail, type WorkflowError, type WorkflowErrorCode } from './errors';

export const INTAKE_RULE_CODES: readonly WorkflowErrorCode[] = [
  'case-title-blank',
  'reporter-name-blank',
  'received-in-future',
];

export const isIntakeRefusal = (code: WorkflowErrorCode): boolean =>
  INTAKE_RULE_CODES.includes(code);

/** Text that is empty once its spaces (ASCII or full-width, tabs, newlines) are taken away. */
export const isBlankText = (text: string): boolean => text.trim() === '';

/** The received day (in the profile's zone) is after today there. */
export const receivedDayInFuture = (
  receivedOn: IsoDate,
  now: IsoInstant,
  timeZone: string,
): boolean => receivedOn > localDate(now, timeZone);

const refused = (code: WorkflowErrorCode, message: string): WorkflowError =>
  wfFail(code, message).error;

const blankTitle = (): WorkflowError =>
  refused('case-title-blank', 'The case title is blank: give the case a title');

/** Why an event may not be recorded by this rule, or null. */
export const intakeEventRefusal = (e: CaseEvent): WorkflowError | null => {
  if (e.type === 'case.created' && isBlankText(e.payload.title)) return blankTitle();
  if (e.type === 'case.updated' && e.payload.title !== undefined && isBlankText(e.payload.title))
    return blankTitle();
  if (e.type === 'report.received' && Date.parse(e.payload.receivedAt) > Date.parse(e.at)) {
    return refused(
      'received-in-future',
      `The report is received on ${e.payload.receivedAt}, after it was recorded (${e.at})`,
    );
  }
  return null;
};

/** The first event of `events` this rule refuses, with its id. */
export const firstIntakeRefusal = (
  events: readonly CaseEvent[],
): (WorkflowError & { eventId: string }) | undefined => {
  for (const e of events) {
    const r = intakeEventRefusal(e);
    if (r !== null) return { ...r, eventId: e.id };
  }
  return undefined;
};

/** Why a report's reporter may not be stored, or null. */
export const reporterRefusal = (reporter: Pick<Reporter, 'name'>): WorkflowError | null =>
  isBlankText(reporter.name)
    ? refused('reporter-name-blank', "The reporter's name is blank: give the finder's name")
    : null;

/** Why a case document (a bundle's unit, the CLI's input) holds a case this rule refuses:
 *  its case record's title, its report's reporter name; its events are `planAppend`'s. */
export const documentIntakeRefusal = (doc: {
  case: { title: string };
  report?: { reporter: Pick<Reporter, 'name'> } | undefined;
}): WorkflowError | null =>
  isBlankText(doc.case.title)
    ? blankTitle()
    : doc.report === undefined
      ? null
      : reporterRefusal(doc.report.reporter);
