import { describe, expect, it } from 'vitest';
import { emptyTriageChecklist, type CaseId } from '../../../shared/model';
import { planAppend } from '../../../shared/workflow/append';
import type { CaseCommand } from '../../../shared/workflow/timeline';
import { toAlertContent, emptyAlertForm } from './alert-form';
import {
  buildAlertRecords,
  buildIntakeRecords,
  withIntakeLink,
  type IntakeDecision,
} from './create-case';
import { emptyIntakeForm, toReport } from './intake-form';

const report = () => {
  const values = emptyIntakeForm('2026-11-20', emptyTriageChecklist());
  return toReport(
    {
      ...values,
      title: 'SQL injection in Example CMS',
      reporter: { ...values.reporter, name: 'Taro', contact: 'taro@example.jp' },
      product: { ...values.product, name: 'Example CMS' },
    },
    '2026-11-19T15:00:00.000Z',
    [],
  );
};

/** The intake commands as the store's case-write path plans them. */
/** The intake's commands run through the engine, as the store's case-write path does. */
const fold = (records: { caseId: CaseId; commands: CaseCommand[] }) => {
  const plan = planAppend([], {
    caseId: records.caseId,
    commands: records.commands,
    by: { actor: 'analyst', now: '2026-11-20T01:00:00.000Z' },
  });
  if (!plan.ok) throw new Error(plan.error.message);
  return plan.value;
};

const decide = (decision: IntakeDecision['decision']) => {
  const records = buildIntakeRecords({
    ref: 'AL-2026-0001',
    title: 'SQL injection in Example CMS',
    tlp: 'AMBER',
    policyProfile: 'jpcert-cc',
    report: report(),
    decision: {
      decision,
      reasons: decision === 'accept' ? ['meets-criteria'] : ['xss-not-significant'],
      priority: { level: 'normal', reasons: [] },
      note: '',
      letter: 'Dear Taro, …',
    },
  });
  const plan = fold(records);
  const created = plan.projection.case;
  if (created === null) throw new Error('no case');
  return { events: plan.events, report: records.report, case: created };
};

describe('buildIntakeRecords', () => {
  it('records the report, the triage decision and the letter as events of one new case', () => {
    const { events, report: stored, case: created } = decide('accept');
    expect(events.map((e) => e.type)).toEqual([
      'case.created',
      'report.received',
      'triage.decided',
      'note.added',
    ]);
    expect(new Set(events.map((e) => e.caseId))).toEqual(new Set([created.id]));
    expect(stored?.caseId).toBe(created.id);
    expect(created.states.report).toBe('accepted');
    expect(created.dates.received).toBe('2026-11-19T15:00:00.000Z');
  });

  it('closes a declined report', () => {
    expect(decide('decline').case.states.report).toBe('closed');
  });
});

describe('buildAlertRecords', () => {
  it('opens a technical alert accepted and drafting, with no report to triage', () => {
    const content = toAlertContent({
      ...emptyAlertForm(),
      title: 'TLS certificate validation missing in embedded HTTP clients',
      vulnerabilityClass: { ja: '証明書検証の不備', en: 'Improper certificate validation' },
      cwes: 'CWE-295',
      summary: { ja: '', en: 'Many embedded clients skip certificate checks.' },
      productFamilies: { ja: '', en: 'Home routers\nIP cameras' },
      mitigations: { ja: '', en: 'Update the firmware' },
    });
    const records = buildAlertRecords({
      ref: 'AL-2026-0002',
      title: 'TLS certificate validation missing in embedded HTTP clients',
      tlp: 'CLEAR',
      policyProfile: 'jpcert-cc',
      content,
    });
    expect(records.report).toBeNull();
    const created = fold(records).projection.case;
    expect(created?.kind).toBe('technical-alert');
    expect(created?.states.report).toBe('accepted');
    expect(created?.technicalAlert?.stage).toBe('drafting');
    expect(created?.technicalAlert?.content.productFamilies.map((f) => f.name.en)).toEqual([
      'Home routers',
      'IP cameras',
    ]);
  });
});

const sampleInput = () => ({
  ref: 'AL-2026-0002',
  title: 'XSS in Example CMS',
  tlp: 'AMBER' as const,
  policyProfile: 'jpcert-cc',
  report: report(),
  decision: {
    decision: 'accept' as const,
    reasons: ['meets-criteria' as const],
    priority: { level: 'normal' as const, reasons: [] },
    note: '',
    letter: '',
  },
});

describe('withIntakeLink (issue 27 item 3)', () => {
  const original = {
    caseId: '0a0a0a0a-0000-4000-8000-000000000001' as CaseId,
    ref: 'AL-2026-0001',
  };
  it('a duplicate names the original, closes as a duplicate and records a second report there', () => {
    const base = buildIntakeRecords(sampleInput());
    const linked = withIntakeLink(
      base,
      'AL-2026-0002',
      { ...original, relation: 'duplicate-of' },
      'accept',
    );
    expect(linked.commands.slice(-2).map((c) => c.type)).toEqual(['case.linked', 'case.closed']);
    expect(linked.others?.[0]?.caseId).toBe(original.caseId);
    expect(linked.others?.[0]?.commands[0]?.type).toBe('report.second-received');
  });
  it('a declined duplicate is already closed by triage; a related one is not closed', () => {
    const base = buildIntakeRecords(sampleInput());
    const declined = withIntakeLink(
      base,
      'AL-2026-0002',
      { ...original, relation: 'duplicate-of' },
      'decline',
    );
    expect(declined.commands.at(-1)?.type).toBe('case.linked');
    const related = withIntakeLink(
      base,
      'AL-2026-0002',
      { ...original, relation: 'related' },
      'accept',
    );
    expect(related.commands.at(-1)?.type).toBe('case.linked');
    expect(related.others?.[0]?.commands[0]?.type).toBe('case.linked');
    const alert = { ...base, report: null };
    expect(
      withIntakeLink(alert, 'AL-2026-0002', { ...original, relation: 'related' }, 'accept'),
    ).toBe(alert);
  });
});
