// Intake filled from a finder's report form (issue 27 item 6): every field the finder wrote
// lands in the form, the checklist is the engine's answer, and the Report built from it is
// valid as it stands; the location state is read back only through the document schema.
import { describe, expect, it } from 'vitest';
import { sampleReportForm } from '../../../shared/exchange/report-form/testing/sample';
import { reportFormChecklist } from '../../../shared/workflow/report-form-intake';
import { toReport } from './intake-form';
import { readReportFormState, reportFormState } from './report-form-state';
import { letterLanguageOf, reportFormValues } from './report-form-values';

const TODAY = '2026-12-07';

describe('reportFormValues', () => {
  it('fills every field the finder wrote and the checklist the engine answers', () => {
    const doc = sampleReportForm();
    const values = reportFormValues(doc, TODAY);
    expect(values).toMatchObject({
      title: doc.title,
      kind: 'software',
      receivedOn: TODAY,
      reporter: {
        name: '山田 太郎',
        contact: 'taro@finder.example',
        pgpKeyFingerprint: '',
        creditConsent: true,
        creditName: 'Taro Yamada',
      },
      product: doc.product,
      discovery: { method: doc.discovery.method, tools: 'Burp Suite, curl' },
      poc: { text: doc.poc },
      impact: doc.impact,
      alreadyPublic: { value: false, references: '' },
      timeConstraints: doc.timeConstraints,
      vendorAlreadyContacted: { value: true, details: doc.otherParties.details },
    });
    expect(values.checklist).toEqual({ ...reportFormChecklist(doc), productLastUpdated: '' });
    const report = toReport(values, '2026-12-07T00:00:00.000Z', []);
    expect(report.discovery.tools).toEqual(['Burp Suite', 'curl']);
    expect(report.reporter.creditName).toBe('Taro Yamada');
  });

  it('keeps the organisation beside the contact, the key fingerprint and public links', () => {
    const doc = sampleReportForm();
    const fpr = 'A'.repeat(40);
    const values = reportFormValues(
      {
        ...doc,
        kind: 'website',
        reporter: { ...doc.reporter, organisation: 'Example Lab', pgpKeyFingerprint: fpr },
        alreadyPublic: { value: true, references: ['https://a.example', 'https://b.example'] },
      },
      TODAY,
    );
    expect(values.kind).toBe('website');
    expect(values.reporter.contact).toBe('taro@finder.example (Example Lab)');
    expect(values.reporter.pgpKeyFingerprint).toBe(fpr);
    expect(values.alreadyPublic.references).toBe('https://a.example\nhttps://b.example');
    expect(values.checklist.alreadyPublic).toBe('yes');
  });
});

describe('the report form in the location state', () => {
  it('reads back what the import screen put there', () => {
    const state = reportFormState(sampleReportForm(), 'report.asc');
    expect(readReportFormState(structuredClone(state))).toEqual(state);
  });

  it('ignores anything else: no state, another screen’s state, a malformed document', () => {
    expect(readReportFormState(null)).toBeNull();
    expect(readReportFormState({ from: '/cases' })).toBeNull();
    const { title: _title, ...noTitle } = sampleReportForm();
    void _title;
    expect(readReportFormState({ reportForm: noTitle, fileName: 'x.asc' })).toBeNull();
    expect(readReportFormState({ reportForm: sampleReportForm() })).toBeNull();
  });
});

describe('letterLanguageOf', () => {
  it('answers a finder in the language of their report form; a typed report in Japanese', () => {
    expect(letterLanguageOf({ ...sampleReportForm(), language: 'en' })).toBe('en');
    expect(letterLanguageOf(sampleReportForm())).toBe('ja');
    expect(letterLanguageOf(null)).toBe('ja');
  });
});
