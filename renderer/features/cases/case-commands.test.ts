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
import { planBackdated, planCommands } from './case-commands';

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
});
