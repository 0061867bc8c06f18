import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../model';
import { sampleIds } from '../model/testing/fixtures';
import { sampleAlertContent, sampleAlertCreated } from '../model/testing/technical-alert';
import { planAppend } from './append';
import { foldEvents, type CaseCommand } from './timeline';

const caseId = sampleIds.caseId;
const by = { actor: 'reviewer', now: '2026-05-02T00:00:00.000Z' };

/** Appends commands one by one onto a timeline; returns the timeline and the last refusal. */
const run = (commands: CaseCommand[], history: CaseEvent[] = [sampleAlertCreated()]) => {
  const events = [...history];
  let refusal: string | null = null;
  for (const command of commands) {
    const plan = planAppend(events, { caseId, commands: [command], by });
    if (plan.ok) events.push(...plan.value.events);
    else refusal = plan.error.code;
  }
  return { events, projection: foldEvents(events), refusal };
};

const draft: CaseCommand = {
  type: 'technical-alert.drafted',
  payload: { content: { ...sampleAlertContent(), cwes: ['CWE-295', 'CWE-297'] } },
};
const submit: CaseCommand = { type: 'technical-alert.review-requested', payload: { note: '' } };
const approve: CaseCommand = {
  type: 'technical-alert.reviewed',
  payload: { verdict: 'approved', reason: '' },
};
const sendBack: CaseCommand = {
  type: 'technical-alert.reviewed',
  payload: { verdict: 'changes-requested', reason: 'name the SDK versions' },
};
const publish: CaseCommand = {
  type: 'published',
  payload: { advisoryId: 'JVNTA#12345678', url: 'https://jvn.jp/ta/JVNTA12345678/' },
};
const schedule: CaseCommand = {
  type: 'technical-alert.publication-scheduled',
  payload: { date: '2026-06-01T01:00:00.000Z', zone: 'Asia/Tokyo' },
};

describe('technical alert: drafting → review → publication', () => {
  it('opens accepted, in drafting, with no received report date', () => {
    const { projection: p } = run([]);
    expect(p.case?.states.report).toBe('accepted');
    expect(p.case?.technicalAlert?.stage).toBe('drafting');
    expect(p.case?.dates.received).toBeNull();
  });

  it('walks the happy path and publishes with its JVNTA id', () => {
    const { projection: p, refusal } = run([draft, submit, approve, schedule, publish]);
    expect(refusal).toBeNull();
    expect(p.case?.technicalAlert?.stage).toBe('published');
    expect(p.case?.technicalAlert?.content.cwes).toEqual(['CWE-295', 'CWE-297']);
    expect(p.case?.advisoryId).toBe('JVNTA#12345678');
    expect(p.case?.dates.agreedPublication).toBe('2026-06-01T01:00:00.000Z');
    expect(p.embargo.agreedZone).toBe('Asia/Tokyo');
    expect(p.case?.dates.published).not.toBeNull();
    expect(p.alertReview).toMatchObject({ verdict: 'approved', actor: 'reviewer' });
  });

  it('changes requested keep their reason and send the alert back to drafting', () => {
    const back = run([submit, sendBack]);
    expect(back.projection.case?.technicalAlert?.stage).toBe('changes-requested');
    expect(back.projection.alertReview).toMatchObject({ reason: 'name the SDK versions' });
    expect(run([submit], back.events).refusal).toBe('illegal-alert-transition');
    const again = run([draft, submit, approve], back.events);
    expect(again.refusal).toBeNull();
    expect(again.projection.case?.technicalAlert?.stage).toBe('approved');
  });

  it('a redraft after approval needs a new review before publication', () => {
    const { projection: p, refusal } = run([submit, approve, draft, publish]);
    expect(refusal).toBe('illegal-alert-transition');
    expect(p.case?.technicalAlert?.stage).toBe('drafting');
  });

  it('refuses moves out of order with the stage in the message', () => {
    expect(run([approve]).refusal).toBe('illegal-alert-transition');
    expect(run([sendBack]).refusal).toBe('illegal-alert-transition');
    expect(run([publish]).refusal).toBe('illegal-alert-transition');
    expect(run([submit, draft]).refusal).toBe('illegal-alert-transition');
    const plan = planAppend([sampleAlertCreated()], { caseId, commands: [publish], by });
    expect(plan.ok ? '' : plan.error.message).toBe(
      'Only an approved alert can be published; the alert is drafting',
    );
  });

  it('after publication nothing is redrafted, reviewed or rescheduled', () => {
    const { events } = run([submit, approve, publish]);
    for (const command of [draft, submit, approve, schedule, publish]) {
      expect(run([command], events).refusal).toBe('already-published');
    }
  });

  it('closes like any case, and then refuses the alert steps', () => {
    const close: CaseCommand = { type: 'case.closed', payload: { reason: 'other', note: '' } };
    const { events, projection, refusal } = run([close]);
    expect(refusal).toBeNull();
    expect(projection.case?.states.report).toBe('closed');
    expect(run([submit], events).refusal).toBe('case-closed');
  });

  it('has no embargo and no triage: those events are refused with their reason', () => {
    const date = { date: '2026-06-01T01:00:00.000Z', zone: 'Asia/Tokyo' };
    const embargo: CaseCommand[] = [
      { type: 'embargo.proposed', payload: { ...date, proposedBy: 'coordinator' } },
      { type: 'embargo.agreed', payload: date },
      { type: 'embargo.revised', payload: { ...date, reason: 'x' } },
      { type: 'embargo.rejected', payload: { reason: 'x' } },
      { type: 'embargo.terminated', payload: { reason: 'x' } },
    ];
    for (const command of embargo) {
      expect(run([command]).refusal).toBe('technical-alert-no-embargo');
    }
    const triage: CaseCommand = {
      type: 'triage.decided',
      payload: {
        decision: 'accept',
        reasons: [],
        priority: { level: 'normal', reasons: [] },
        note: '',
      },
    };
    expect(run([triage]).refusal).toBe('technical-alert-no-triage');
    const plan = planAppend([sampleAlertCreated()], {
      caseId,
      commands: [embargo[0] as CaseCommand],
      by,
    });
    expect(plan.ok ? '' : plan.error.message).toMatch(/no vendor embargo/);
  });

  it('a software case refuses the alert events', () => {
    const created = sampleAlertCreated();
    if (created.type !== 'case.created') throw new Error('fixture');
    const payload = { ...created.payload, kind: 'software' as const };
    delete payload.technicalAlert;
    const software = { ...created, payload };
    for (const command of [draft, submit, approve, schedule]) {
      expect(run([command], [software]).refusal).toBe('not-a-technical-alert');
    }
    expect(foldEvents([software]).case?.technicalAlert).toBeNull();
  });
});
