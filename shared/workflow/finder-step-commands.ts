import type { CaseId, InvolvementId, IsoInstant, Reporter, ReportId } from '../model';
import type { ReadyProjection } from './reducer-types';
import { withdrawalAnswer } from './reducer-finder-steps';
import type { CaseCommand } from './timeline';

/**
 * The commands of the finder's and site operator's steps and of report links (issue 27
 * items 3 and 7), built from typed input; the reducer (`reducer-finder-steps.ts`) judges
 * them when they are appended.
 */

/** The finder's withdrawal request made `now`, answered by the IPA rule. */
export const withdrawalRequestCommand = (p: ReadyProjection, now: IsoInstant): CaseCommand => ({
  type: 'finder.withdrawal-requested',
  payload: withdrawalAnswer(p, now),
});

export const siteFixedCommand = (involvementId: InvolvementId, note: string): CaseCommand => ({
  type: 'site.fixed',
  payload: { involvementId, note: note.trim() },
});

export type LinkedCase = { caseId: CaseId; ref: string };

/** The name a second finder is credited under: only with their consent. */
export const secondFinderCredit = (
  r: Pick<Reporter, 'name' | 'creditConsent' | 'creditName'>,
): string | null => (r.creditConsent ? (r.creditName ?? r.name) : null);

/**
 * Both sides of a link. A duplicate names the original on the new case and records a second
 * independent report on the original, with the credit the second finder consented to; a
 * related report names each case on the other.
 */
export const linkCommands = (f: {
  relation: 'duplicate-of' | 'related';
  original: LinkedCase;
  newCase: LinkedCase;
  report: { id: ReportId; reporter: Pick<Reporter, 'name' | 'creditConsent' | 'creditName'> };
}): { onNew: CaseCommand[]; onOriginal: CaseCommand[] } => {
  const onNew: CaseCommand[] = [
    {
      type: 'case.linked',
      payload: { otherCaseId: f.original.caseId, otherRef: f.original.ref, relation: f.relation },
    },
  ];
  if (f.relation === 'related') {
    return {
      onNew,
      onOriginal: [
        {
          type: 'case.linked',
          payload: { otherCaseId: f.newCase.caseId, otherRef: f.newCase.ref, relation: 'related' },
        },
      ],
    };
  }
  return {
    onNew,
    onOriginal: [
      {
        type: 'report.second-received',
        payload: {
          reportId: f.report.id,
          duplicateCaseId: f.newCase.caseId,
          duplicateRef: f.newCase.ref,
          creditName: secondFinderCredit(f.report.reporter),
        },
      },
    ],
  };
};
