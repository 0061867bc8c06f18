import type { CaseEvent, CaseEventOf, LocalizedText } from '../model';
import { wfFail, wfOk, type WorkflowResult } from './errors';
import type { AdvisoryHistory, CaseProjection } from './projection';
import type { ReadyProjection } from './reducer-types';
import { foldEvents } from './timeline';

/**
 * A published advisory's revision history and withdrawal, kept by the fold from the case
 * events (issue 28): publication is revision 1, every later `advisory.changed` one more
 * (with its summary, or "Advisory updated"), and a withdrawal or supersession the last.
 * Every export reads this one history (shared/advisory `withCaseHistory`), so CSAF, CVE,
 * HTML, Markdown, OpenVEX and CycloneDX cannot disagree on it.
 */
export const REVISION_SUMMARIES = {
  published: { ja: '初版公開', en: 'Initial release' },
  changed: { ja: 'アドバイザリを更新', en: 'Advisory updated' },
  withdrawn: { ja: 'アドバイザリを取り下げ', en: 'Advisory withdrawn' },
  superseded: (id: string): LocalizedText => ({
    ja: `${id} に置き換え`,
    en: `Superseded by ${id}`,
  }),
} as const;

const addRevision = (
  p: ReadyProjection,
  e: CaseEvent,
  summary: LocalizedText,
  withdrawal: AdvisoryHistory['withdrawal'] = p.advisory.withdrawal,
): ReadyProjection => {
  const number = String(p.advisory.revisions.length + 1);
  const revision = { number, date: e.at, summary, eventId: e.id };
  return { ...p, advisory: { revisions: [...p.advisory.revisions, revision], withdrawal } };
};

/** `published` was accepted: the first release. */
export const recordPublication = (p: ReadyProjection, e: CaseEvent): ReadyProjection =>
  addRevision(p, e, REVISION_SUMMARIES.published);

/** A draft saved after publication is a revision of the published advisory; before it,
 *  a draft change is no release and no entry. */
export const recordAdvisoryChange = (
  p: ReadyProjection,
  e: CaseEventOf<'advisory.changed'>,
): WorkflowResult<CaseProjection> =>
  wfOk(
    p.case.dates.published === null
      ? p
      : addRevision(p, e, e.payload.summary ?? REVISION_SUMMARIES.changed),
  );

/** Withdrawn or superseded: only a published advisory, and only once. */
export const withdrawAdvisory = (
  p: ReadyProjection,
  e: CaseEventOf<'advisory.withdrawn'> | CaseEventOf<'advisory.superseded'>,
): WorkflowResult<CaseProjection> => {
  if (p.case.dates.published === null) {
    return wfFail('advisory-not-published', 'Only a published advisory is withdrawn or superseded');
  }
  if (p.advisory.withdrawal !== null) {
    return wfFail(
      'advisory-already-withdrawn',
      `The advisory is already ${p.advisory.withdrawal.kind}`,
    );
  }
  if (e.type === 'advisory.withdrawn') {
    const withdrawal = { kind: 'withdrawn' as const, at: e.at, reason: e.payload.note };
    return wfOk(addRevision(p, e, REVISION_SUMMARIES.withdrawn, withdrawal));
  }
  const { advisoryId, url, note } = e.payload;
  if (advisoryId === p.case.advisoryId) {
    return wfFail('advisory-supersedes-itself', 'An advisory cannot supersede itself');
  }
  const withdrawal = {
    kind: 'superseded' as const,
    at: e.at,
    reason: note,
    supersededBy: { advisoryId, url },
  };
  return wfOk(addRevision(p, e, REVISION_SUMMARIES.superseded(advisoryId), withdrawal));
};

/** The history of a case's advisory from its events alone (a case document, the CLI). */
export const advisoryHistory = (events: readonly CaseEvent[]): AdvisoryHistory =>
  foldEvents(events).advisory;
