// SSVC decisions on the case timeline (issue 28): `ssvc.decided` keeps the latest
// SelectionList of each model in the fold, whoever recorded it, and the timeline reads it
// back in either language with the official English name kept beside the Japanese.
import { describe, expect, it } from 'vitest';
import { planAppend } from './append';
import {
  caseSsvc,
  decideSsvc,
  latestSsvcSelections,
  ssvcDecidedCommand,
  ssvcOutcomeText,
  type SsvcDecision,
} from './ssvc';
import { acceptedSoftwareCase, TEST_CASE_ID } from './testing/test-events';
import { foldEvents } from './timeline';

const decided = (model: string, input: Record<string, string>, now: string): SsvcDecision => {
  const r = decideSsvc(model, input, { now, targetIds: ['AL-2026-0042'] });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const TRIAGE = { RP: 'N', SCON: 'Y', RC: 'C', SC: 'M', SE: 'U', U: 'S', PSI: 'S' };

describe('SSVC decisions on the case', () => {
  const history = acceptedSoftwareCase();

  it('records triage and publish as SelectionLists; the latest of each is the case’s', () => {
    const first = decided(
      'coordinator-triage',
      { ...TRIAGE, PSI: 'M' },
      '2026-05-01T00:00:00.000Z',
    );
    const second = decided('coordinator-triage', TRIAGE, '2026-05-02T00:00:00.000Z');
    const publish = decided(
      'coordinator-publish',
      { SINV: 'FR', E: 'P', PVA: 'A' },
      '2026-05-03T00:00:00.000Z',
    );
    expect(latestSsvcSelections(foldEvents(history))).toEqual([]);
    const plan = planAppend(history, {
      caseId: TEST_CASE_ID,
      commands: [
        ssvcDecidedCommand('coordinator-triage', first),
        ssvcDecidedCommand('coordinator-triage', second),
        ssvcDecidedCommand('coordinator-publish', publish),
      ],
      by: { actor: 'analyst', now: '2026-05-03T00:00:00.000Z' },
    });
    if (!plan.ok) throw new Error(plan.error.message);
    const p = plan.value.projection;
    expect(caseSsvc(p)['coordinator-triage']).toMatchObject({
      selections: second.selections,
      actor: 'analyst',
    });
    expect(latestSsvcSelections(p)).toEqual([second.selections, publish.selections]);
    // The same events folded anew (a bundle, a reload) give the same answer.
    expect(latestSsvcSelections(foldEvents([...history, ...plan.value.events]))).toEqual(
      latestSsvcSelections(p),
    );
    const publishRecord = caseSsvc(p)['coordinator-publish'];
    if (publishRecord === null) throw new Error('no publish decision');
    const onlyPublish = { ssvc: { 'coordinator-publish': publishRecord } };
    expect(latestSsvcSelections(onlyPublish)).toEqual([publish.selections]);
  });

  it('is refused on a closed case like any coordination step', () => {
    const plan = planAppend(history, {
      caseId: TEST_CASE_ID,
      commands: [
        { type: 'case.closed', payload: { reason: 'resolved', note: '' } },
        ssvcDecidedCommand(
          'coordinator-triage',
          decided('coordinator-triage', TRIAGE, '2026-05-01T00:00:00.000Z'),
        ),
      ],
      by: { actor: 'analyst', now: '2026-05-03T00:00:00.000Z' },
    });
    expect(plan.ok ? null : plan.error.code).toBe('case-closed');
  });

  it('says the table and outcome in English, and in Japanese beside the English', () => {
    const d = decided('coordinator-triage', TRIAGE, '2026-05-01T00:00:00.000Z');
    const name = d.outcome.name;
    expect(ssvcOutcomeText('coordinator-triage', d.selections, 'en')).toBe(
      `Coordinator Triage: ${name}`,
    );
    const ja = ssvcOutcomeText('coordinator-triage', d.selections, 'ja');
    expect(ja).toContain('Coordinator Triage（コーディネータのトリアージ）');
    expect(ja).toContain(`(${name})`);
    const bare = { ...d.selections, selections: d.selections.selections.slice(0, 1) };
    expect(ssvcOutcomeText('coordinator-triage', bare, 'en')).toBe('Coordinator Triage');
  });
});
