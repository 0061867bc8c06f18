import { describe, expect, it } from 'vitest';
import { looksLikeReportForm, parseReportForm, REPORT_FORM_FORMAT } from './document';
import { sampleReportForm } from './testing/sample';

describe('the report-form document', () => {
  it('reads a complete document as written', () => {
    const doc = sampleReportForm();
    const text = JSON.stringify(doc);
    expect(looksLikeReportForm(text)).toBe(true);
    expect(parseReportForm(text)).toEqual({ ok: true, value: doc });
  });

  it('refuses text that is not JSON, another format, and a malformed document naming the fields', () => {
    expect(parseReportForm('{"format": "airlock-report-form/1",')).toMatchObject({
      ok: false,
      error: { code: 'report-form.not-json' },
    });
    expect(
      parseReportForm(JSON.stringify({ ...sampleReportForm(), format: 'airlock-report-form/9' })),
    ).toMatchObject({ ok: false, error: { code: 'report-form.unsupported' } });
    expect(parseReportForm('null')).toMatchObject({
      ok: false,
      error: { code: 'report-form.unsupported' },
    });
    const doc = sampleReportForm();
    const bad = {
      ...doc,
      product: { ...doc.product, name: '' },
      reporter: { ...doc.reporter, pgpKeyFingerprint: 'not hex' },
      extra: 'unknown field',
    };
    const parsed = parseReportForm(JSON.stringify(bad));
    expect(parsed).toMatchObject({ ok: false, error: { code: 'report-form.invalid' } });
    expect(!parsed.ok && parsed.error.fields).toEqual(
      expect.arrayContaining(['product.name', 'reporter.pgpKeyFingerprint', '(document)']),
    );
  });

  it('is recognised only by its format field near the start', () => {
    expect(looksLikeReportForm(`{"format":"${REPORT_FORM_FORMAT}"}`)).toBe(true);
    expect(looksLikeReportForm('[AL-2026-0001] a vendor reply')).toBe(false);
  });
});
