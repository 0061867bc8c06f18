import { describe, expect, it } from 'vitest';
import type { CaseEvent, InvolvementId } from '../model';
import { sampleIds } from '../model/testing/fixtures';
import { sampleAlertContent, sampleAlertCreated } from '../model/testing/technical-alert';
import { planAppend } from './append';
import { guardCommand } from './case-guards';
import { computeDeadlines } from './deadlines';
import { jpcertProfile } from './policy-jpcert';
import {
  alertIntakeCommand,
  alertSteps,
  draftAlertCommand,
  nextAlertSteps,
  parseAlertContent,
  publishAlertCommand,
  requestAlertReviewCommand,
  reviewAlertCommand,
  ruleApplies,
  scheduleAlertPublicationCommand,
} from './technical-alert';
import { foldEvents, type CaseCommand } from './timeline';

const caseId = sampleIds.caseId;
const now = '2026-05-02T00:00:00.000Z';
const by = { actor: 'analyst', now };

const append = (history: CaseEvent[], commands: CaseCommand[]): CaseEvent[] => {
  const plan = planAppend(history, { caseId, commands, by });
  if (!plan.ok) throw new Error(`refused: ${plan.error.code}`);
  return [...history, ...plan.value.events];
};
const must = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error('expected ok');
  return r.value;
};

const approve = must(reviewAlertCommand('approved', ''));
const opened = [sampleAlertCreated()];

describe('technical alert: next steps derived from the events', () => {
  it('follows the stage: drafting, in review, approved, published, closed', () => {
    expect(nextAlertSteps(foldEvents(opened), now)).toEqual([
      'draft',
      'request-review',
      'schedule-publication',
      'close',
    ]);
    const inReview = append(opened, [requestAlertReviewCommand('please check')]);
    expect(nextAlertSteps(foldEvents(inReview), now)).toEqual([
      'approve',
      'request-changes',
      'schedule-publication',
      'close',
    ]);
    const approved = append(inReview, [approve]);
    expect(nextAlertSteps(foldEvents(approved), now)).toEqual([
      'draft',
      'schedule-publication',
      'publish',
      'close',
    ]);
    const published = append(approved, [
      publishAlertCommand('JVNTA#12345678', ' https://jvn.jp/ta/ '),
    ]);
    expect(foldEvents(published).case?.dates.published).not.toBeNull();
    expect(nextAlertSteps(foldEvents(published), now)).toEqual(['close']);
    const closed = append(published, [
      { type: 'case.closed', payload: { reason: 'resolved', note: '' } },
    ]);
    expect(nextAlertSteps(foldEvents(closed), now)).toEqual([]);
  });

  it('says why a step is not allowed, with the engine’s code', () => {
    const steps = alertSteps(foldEvents(opened), now);
    expect(steps.find((s) => s.step === 'publish')).toEqual({
      step: 'publish',
      allowed: false,
      refusal: {
        code: 'illegal-alert-transition',
        message: 'Only an approved alert can be published; the alert is drafting',
      },
    });
  });

  it('has no steps for another kind of case, or no case', () => {
    const created = sampleAlertCreated();
    if (created.type !== 'case.created') throw new Error('fixture');
    const payload = { ...created.payload, kind: 'website' as const };
    delete payload.technicalAlert;
    expect(alertSteps(foldEvents([{ ...created, payload }]), now)).toEqual([]);
    expect(alertSteps(foldEvents([]), now)).toEqual([]);
  });
});

describe('technical alert: commands from what the analyst typed', () => {
  it('opens a case from the intake without a report', () => {
    const events = append(
      [],
      [
        alertIntakeCommand({
          ref: 'AL-2026-0078',
          title: 'Default credentials in IoT cameras',
          tlp: 'GREEN',
          policyProfile: 'jpcert-cc',
          content: sampleAlertContent(),
        }),
      ],
    );
    const p = foldEvents(events);
    expect(p.case).toMatchObject({
      kind: 'technical-alert',
      ref: 'AL-2026-0078',
      technicalAlert: { stage: 'drafting', content: sampleAlertContent() },
    });
  });

  it('replaces the content with a new draft', () => {
    const content = { ...sampleAlertContent(), cwes: ['CWE-1188'] };
    const p = foldEvents(append(opened, [draftAlertCommand(content)]));
    expect(p.case?.technicalAlert?.content.cwes).toEqual(['CWE-1188']);
  });

  it('sending an alert back needs a reason', () => {
    expect(reviewAlertCommand('changes-requested', '  ')).toMatchObject({
      ok: false,
      error: { code: 'review-reason-missing' },
    });
    expect(must(reviewAlertCommand('changes-requested', ' cite the CERT note '))).toEqual({
      type: 'technical-alert.reviewed',
      payload: { verdict: 'changes-requested', reason: 'cite the CERT note' },
    });
  });

  it('schedules at an exact moment, refusing a date without its time', () => {
    const cmd = must(
      scheduleAlertPublicationCommand({ day: '2026-06-01', time: '10:00', zone: 'Asia/Tokyo' }),
    );
    expect(cmd).toEqual({
      type: 'technical-alert.publication-scheduled',
      payload: { date: '2026-06-01T01:00:00.000Z', zone: 'Asia/Tokyo' },
    });
    expect(
      scheduleAlertPublicationCommand({ day: '2026-06-01', time: '', zone: 'Asia/Tokyo' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'embargo-time-missing' },
    });
  });

  it('checks typed content against the model and lists the fields', () => {
    expect(parseAlertContent(sampleAlertContent())).toEqual({
      ok: true,
      value: sampleAlertContent(),
    });
    const r = parseAlertContent({ ...sampleAlertContent(), productFamilies: [], cwes: ['x'] });
    expect(r.ok ? [] : r.error.issues.map((i) => i.split(':')[0])).toEqual([
      'cwes.0',
      'productFamilies',
    ]);
    expect(r.ok ? '' : r.error.code).toBe('alert-content-invalid');
  });
});

describe('technical alert: no vendor deadlines, its own guards', () => {
  it('applies no profile deadline or vendor action, even with a contacted vendor', () => {
    const inv = '9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d' as InvolvementId;
    const events = append(opened, [
      {
        type: 'involvement.added',
        payload: {
          involvementId: inv,
          contactId: sampleIds.contactId,
          role: 'developer',
        },
      },
      { type: 'vendor.contact-attempted', payload: { involvementId: inv, channel: 'email' } },
      must(
        scheduleAlertPublicationCommand({ day: '2026-06-01', time: '10:00', zone: 'Asia/Tokyo' }),
      ),
    ]);
    const report = computeDeadlines(foldEvents(events), jpcertProfile, '2027-06-01T00:00:00.000Z');
    expect(report.deadlines).toEqual([]);
    expect(report.actions).toEqual([]);
  });

  it('rules: `any` means software or website; a technical alert takes only its own', () => {
    expect(ruleApplies('any', 'software')).toBe(true);
    expect(ruleApplies('website', 'website')).toBe(true);
    expect(ruleApplies('software', 'website')).toBe(false);
    expect(ruleApplies('any', 'technical-alert')).toBe(false);
    expect(ruleApplies('technical-alert', 'technical-alert')).toBe(true);
  });

  it('guards: no deadline override, a JVNTA# id, no schedule in the past', () => {
    const ctx = { projection: foldEvents(opened), events: opened, profile: jpcertProfile, now };
    const code = (cmd: CaseCommand) => {
      const r = guardCommand(ctx, cmd);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(
      code({
        type: 'deadline.overridden',
        payload: { ruleId: 'jpcert.publication-target', due: null, reason: 'x' },
      }),
    ).toBe('technical-alert-no-deadlines');
    expect(code(publishAlertCommand('JVNVU#12345678', ''))).toBe('technical-alert-advisory-id');
    expect(code(publishAlertCommand('JVNTA#12345678', ''))).toBe('ok');
    expect(code(publishAlertCommand(null, ''))).toBe('ok');
    const at = (date: string): CaseCommand => ({
      type: 'technical-alert.publication-scheduled',
      payload: { date, zone: 'UTC' },
    });
    expect(code(at('2026-05-01T00:00:00.000Z'))).toBe('alert-publication-in-past');
    expect(code(at('2026-05-03T00:00:00.000Z'))).toBe('ok');
    expect(code({ type: 'note.added', payload: { text: 'x', internal: true } })).toBe('ok');
    expect(code({ type: 'case.updated', payload: {} })).toBe('nothing-changed');
  });
});
