// The tester's intake: a title of four spaces, a reporter name of three and a report
// "received" on 2030-01-01 while today is 2026-12-08 (JST). The form refuses each, naming
// the field in English and Japanese; trimmed values are what the case and report keep.
import { describe, expect, it } from 'vitest';
import { intakeStartingChecklist } from '../../../shared/workflow/intake-support';
import { testI18n } from '../../i18n/testing/test-i18n';
import { describeIssue } from '../../app/form-errors';
import type { MessageKey } from '../../i18n/keys';
import { sampleReportForm } from '../../../shared/exchange/report-form/testing/sample';
import { buildIntakeRecords } from './create-case';
import { reportFormValues } from './report-form-values';
import { emptyIntakeForm, INTAKE_FIELDS, intakeFormSchemaAt, toReport } from './intake-form';

const i18n = await testI18n();
const NOW = '2026-12-07T20:01:00.000Z'; // 2026-12-08 05:01 JST

const filled = () => {
  const empty = emptyIntakeForm('2026-12-08', intakeStartingChecklist());
  return {
    ...empty,
    title: 'XSS in Example CMS',
    reporter: { ...empty.reporter, name: 'Taro Yamada', contact: 'taro@example.jp' },
    product: { ...empty.product, name: 'Example CMS' },
  };
};

const errorsOf = (values: unknown, lng: 'en' | 'ja') => {
  const parsed = intakeFormSchemaAt(NOW, 'Asia/Tokyo').safeParse(values, { reportInput: true });
  if (parsed.success) return {};
  const t = (key: MessageKey, options?: Record<string, unknown>) =>
    i18n.t(key, { ...options, lng });
  return Object.fromEntries(
    parsed.error.issues.map((issue) => [
      issue.path.join('.'),
      describeIssue(issue, INTAKE_FIELDS, t, (key) => i18n.exists(key)),
    ]),
  );
};

describe('the intake form', () => {
  it('refuses a blank title, a blank reporter name and a future received date, naming each', () => {
    const values = {
      ...filled(),
      title: '    ',
      receivedOn: '2030-01-01',
      reporter: { ...filled().reporter, name: '   ' },
    };
    expect(errorsOf(values, 'en')).toEqual({
      title: 'Fill in “Case title”.',
      receivedOn: '“Received on (JST)” is after today: a report cannot be received in the future.',
      'reporter.name': 'Fill in “Reporter name”.',
    });
    const ja = errorsOf(values, 'ja');
    expect(ja.receivedOn).toBe(
      '「受付日（JST）」が今日より後の日付です。今日以前の受付日を入力してください。',
    );
    expect(ja.title).toContain('入力してください');
    expect(ja['reporter.name']).toContain('入力してください');
  });

  it('a finder’s report form with a blank title or name fills the form, which refuses it the same way', () => {
    const doc = sampleReportForm();
    const values = reportFormValues(
      { ...doc, title: ' ', reporter: { ...doc.reporter, name: '\u3000' } },
      '2026-12-08',
    );
    expect(Object.keys(errorsOf(values, 'en'))).toEqual(['title', 'reporter.name']);
    expect(errorsOf(reportFormValues(doc, '2026-12-08'), 'en')).toEqual({});
  });

  it('accepts today and earlier days, in Tokyo', () => {
    expect(errorsOf({ ...filled(), receivedOn: '2026-12-08' }, 'en')).toEqual({});
    expect(errorsOf({ ...filled(), receivedOn: '2026-12-01' }, 'en')).toEqual({});
    expect(Object.keys(errorsOf({ ...filled(), receivedOn: '2026-12-09' }, 'en'))).toEqual([
      'receivedOn',
    ]);
  });

  it('keeps the title and the reporter name without the spaces around them', () => {
    const values = {
      ...filled(),
      title: '  XSS in Example CMS ',
      reporter: { ...filled().reporter, name: ' Taro Yamada  ' },
    };
    const report = toReport(values, NOW, []);
    expect(report.reporter.name).toBe('Taro Yamada');
    const records = buildIntakeRecords({
      ref: 'AL-2026-0002',
      title: values.title,
      tlp: 'AMBER',
      policyProfile: 'jpcert-cc',
      report,
      decision: {
        decision: 'decline',
        reasons: [],
        priority: { level: 'normal', reasons: [] },
        note: '',
        letter: '',
      },
    });
    const created = records.commands.find((c) => c.type === 'case.created');
    expect(created?.type === 'case.created' && created.payload.title).toBe('XSS in Example CMS');
  });
});
