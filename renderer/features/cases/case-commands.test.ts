import { describe, expect, it } from 'vitest';
import {
  newCaseId,
  newContactId,
  newInvolvementId,
  newReportId,
  type CaseEvent,
} from '../../../shared/model';
import { projectionOfEvents } from '../../../shared/workflow/testing/test-events';
import type { CaseCommand } from '../../../shared/workflow/timeline';
import { decideSsvc, ssvcDecidedCommand } from '../../../shared/workflow/ssvc';
import { planBackdated, planCommands, planThen, withCoordination } from './case-commands';
import {
  caseOfA,
  ORG_A,
  ORG_B,
  transferred,
} from '../../../shared/workflow/testing/coordination-events';

const ctx = { actor: 'analyst', now: '2026-05-10T03:00:00.000Z' };
const caseId = newCaseId();

const accepted = (): CaseEvent[] => {
  const start = planCommands(
    projectionOfEvents([]),
    [
      {
        type: 'case.created',
        payload: {
          ref: 'AL-2026-0001',
          title: 'XSS',
          kind: 'software',
          tlp: 'AMBER',
          policyProfile: 'jpcert-cc',
          reportId: null,
        },
      },
      {
        type: 'report.received',
        payload: { reportId: newReportId(), receivedAt: '2026-05-01T00:00:00.000Z' },
      },
      {
        type: 'triage.decided',
        payload: {
          decision: 'accept',
          reasons: [],
          priority: { level: 'normal', reasons: [] },
          note: '',
        },
      },
    ],
    { ...ctx, now: '2026-05-01T00:00:00.000Z' },
  );
  if (!start.ok) throw new Error(start.error.message);
  return start.events.map((e) => ({ ...e, caseId }));
};

describe('planning case commands', () => {
  it('refuses what the engine refuses, with its reason', () => {
    const p = projectionOfEvents(accepted());
    const agree: CaseCommand = {
      type: 'embargo.agreed',
      payload: { date: '2026-07-01T00:00:00.000Z', zone: 'Asia/Tokyo' },
    };
    const r = planCommands(p, [agree], ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('illegal-embargo-transition');
    const ok = planCommands(
      p,
      [
        {
          type: 'embargo.proposed',
          payload: {
            date: '2026-07-01T00:00:00.000Z',
            zone: 'Asia/Tokyo',
            proposedBy: 'coordinator',
          },
        },
        agree,
      ],
      ctx,
    );
    expect(ok.ok && ok.projection.case?.states.embargo).toBe('active');
  });

  it('records a back-dated contact attempt only after the vendor was added', () => {
    const involvementId = newInvolvementId();
    const history = accepted();
    const added = planCommands(
      projectionOfEvents(history),
      [
        {
          type: 'involvement.added',
          payload: { involvementId, contactId: newContactId(), role: 'developer' },
        },
      ],
      ctx,
    );
    if (!added.ok) throw new Error(added.error.message);
    const all = [...history, ...added.events];
    const p = projectionOfEvents(all);
    const cmd: CaseCommand = {
      type: 'vendor.contact-attempted',
      payload: { involvementId, channel: 'email' },
    };
    const before = planBackdated(all, p, cmd, '2026-05-02T00:00:00.000Z', ctx);
    expect(before.ok).toBe(false);
    if (!before.ok) expect(before.error.code).toBe('unknown-involvement');
    const after = planBackdated(all, p, cmd, '2026-05-11T00:00:00.000Z', ctx);
    expect(after.ok && after.projection.case?.dates.firstVendorContactAttempt).toBe(
      '2026-05-11T00:00:00.000Z',
    );
  });

  it('plans the release decision and its SSVC publish selection as one step: both or neither', () => {
    const history = accepted();
    const p = projectionOfEvents(history);
    const decision: CaseCommand = {
      type: 'release.decided',
      payload: { decision: 'publish', committee: true, reason: 'Minutes 12', members: ['A'] },
    };
    const ssvc = decideSsvc(
      'coordinator-publish',
      { SINV: 'FR', E: 'P', PVA: 'A' },
      { now: ctx.now },
    );
    if (!ssvc.ok) throw new Error(ssvc.error.message);
    const select = ssvcDecidedCommand('coordinator-publish', ssvc.value);
    // The committee met the day before it is recorded: the decision is dated that day.
    const met = planBackdated(history, p, decision, '2026-05-09T00:00:00.000Z', ctx);
    const both = planThen(met, [select], ctx);
    expect(both.ok && both.events.map((e) => e.type)).toEqual(['release.decided', 'ssvc.decided']);
    expect(both.ok && both.projection.releaseDecision?.decision).toBe('publish');
    expect(both.ok && both.projection.ssvc['coordinator-publish']).not.toBeNull();
    // A decision the engine refuses (the report is not accepted) takes the selection with it.
    const fresh = projectionOfEvents(history.slice(0, 1));
    const refused = planThen(planCommands(fresh, [decision], ctx), [select], ctx);
    expect(refused.ok ? null : refused.error.code).toBe('report-not-accepted');
    // …and a refused later command refuses the whole step.
    const agree: CaseCommand = {
      type: 'embargo.agreed',
      payload: { date: '2026-07-01T00:00:00.000Z', zone: 'Asia/Tokyo' },
    };
    const partly = planThen(planCommands(p, [decision], ctx), [agree], ctx);
    expect(partly.ok ? null : partly.error.code).toBe('illegal-embargo-transition');
  });
});

describe('withCoordination (issue 27 item 4)', () => {
  it('refuses the former owner an embargo change after a hand-over; a note passes', () => {
    const history = [...caseOfA(), transferred('2026-05-02T00:00:00.000Z', ORG_A, ORG_B)];
    const p = projectionOfEvents(history);
    const at = { actor: 'analyst', now: '2026-05-03T00:00:00.000Z' };
    const embargo = withCoordination(
      history,
      planCommands(
        p,
        [
          {
            type: 'embargo.proposed',
            payload: { date: '2026-09-01T00:00:00.000Z', zone: 'UTC', proposedBy: 'coordinator' },
          },
        ],
        at,
      ),
    );
    expect(embargo).toMatchObject({ ok: false, error: { code: 'coordination-transferred' } });
    const note = withCoordination(
      history,
      planCommands(p, [{ type: 'note.added', payload: { text: 'n', internal: true } }], at),
    );
    expect(note.ok).toBe(true);
  });
});
