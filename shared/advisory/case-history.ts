import type { AdvisoryDraft } from '../model/advisory-draft';
import type { AdvisoryHistory } from '../workflow/projection';

/**
 * The draft as its case's history says it was released (issue 28 item 4): the revision
 * history, the release dates and a withdrawal come from the case events (the fold's
 * `projection.advisory`, shared/workflow/advisory-history.ts), never from a list kept by
 * hand, so every format (CSAF 2.0/2.1 `revision_history` and `tracking`, CVE dates, the
 * HTML and Markdown 更新履歴, OpenVEX `version`/`last_updated`, CycloneDX `version` and
 * `updated`) prints the same history. A draft whose case has no publication yet (or a draft
 * read alone, as older drafts and the CLI without `--case` are) keeps what it holds.
 */
export function withCaseHistory(draft: AdvisoryDraft, history: AdvisoryHistory): AdvisoryDraft {
  const first = history.revisions[0];
  const last = history.revisions.at(-1);
  // Only a final draft is released: one still in draft has no history to print yet.
  if (first === undefined || last === undefined || draft.status !== 'final') return draft;
  const rest = { ...draft };
  delete rest.withdrawal; // the case's history says whether it was withdrawn
  const w = history.withdrawal;
  return {
    ...rest,
    revisions: history.revisions.map(({ number, date, summary }) => ({ number, date, summary })),
    dates: { initialRelease: first.date, currentRelease: last.date },
    ...(w
      ? {
          withdrawal: {
            kind: w.kind,
            at: w.at,
            reason: w.reason,
            ...(w.supersededBy ? { supersededBy: w.supersededBy } : {}),
          },
        }
      : {}),
  };
}
