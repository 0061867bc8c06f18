import { describe, expect, it } from 'vitest';
import type { InvolvementId } from '../../../shared/model';
import {
  acceptedCaseEvents,
  involvementIds,
  projectionOfEvents,
} from '../../../shared/workflow/testing/test-events';
import type { CaseCommand } from '../../../shared/workflow/timeline';
import type { Planned } from './case-commands';
import { planPolicy, type PolicyDetail } from './policy-plan';

const inv = involvementIds[0] as InvolvementId;

/** A case detail whose own planners record how they were called. */
const detailOf = (extra: Parameters<typeof acceptedCaseEvents>[3] = []) => {
  const events = acceptedCaseEvents(
    '2026-04-20T01:00:00.000Z',
    '2026-04-28T00:30:00.000Z',
    'software',
    extra,
  );
  const calls: string[] = [];
  const ok: Planned = { ok: true, events: [], projection: projectionOfEvents(events) };
  const detail: PolicyDetail = {
    projection: projectionOfEvents(events),
    events,
    plan: (cmds) => {
      calls.push(`plan ${cmds.map((c) => c.type).join(',')}`);
      return ok;
    },
    planAt: (cmd, at) => {
      calls.push(`planAt ${cmd.type} ${at}`);
      return ok;
    },
  };
  return { detail, calls };
};

const publishName: CaseCommand = {
  type: 'vendor.name-published',
  payload: { involvementId: inv },
};

describe('planPolicy', () => {
  it("refuses with the policy's reason before the reducer is asked", () => {
    const { detail, calls } = detailOf([
      {
        type: 'vendor.unreachable',
        at: '2026-06-01T00:00:00.000Z',
        payload: { involvementId: inv, reason: 'no reply' },
      },
    ]);
    const r = planPolicy(detail, [publishName]);
    expect(r.ok ? null : r.error.code).toBe('name-publication-attempts');
    expect(calls).toEqual([]);
  });

  it('passes allowed commands to the planner, dated when the step happened on a stated day', () => {
    const { detail, calls } = detailOf();
    const decision: CaseCommand = {
      type: 'release.decided',
      payload: { decision: 'publish', committee: true, reason: 'minutes', members: ['Sato'] },
    };
    expect(planPolicy(detail, [decision], { at: '2026-06-02T03:00:00.000Z' }).ok).toBe(true);
    expect(planPolicy(detail, [decision]).ok).toBe(true);
    expect(calls).toEqual([
      'planAt release.decided 2026-06-02T03:00:00.000Z',
      'plan release.decided',
    ]);
  });

  it('names the person who decided an override as the event actor', () => {
    const { detail, calls } = detailOf();
    const r = planPolicy(
      detail,
      [
        {
          type: 'deadline.overridden',
          payload: { ruleId: 'jpcert.publication-target', due: null, reason: 'vendor asked' },
        },
      ],
      { actor: ' Kenji Mori ' },
    );
    expect(r.ok && r.events[0]?.actor).toBe('Kenji Mori');
    expect(calls).toEqual([]);
    const unknown = planPolicy(detail, [
      {
        type: 'deadline.overridden',
        payload: { ruleId: 'zdi.publication', due: null, reason: 'x' },
      },
    ]);
    expect(unknown.ok ? null : unknown.error.code).toBe('unknown-deadline-rule');
  });
});
