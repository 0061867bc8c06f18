import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { en, ja } from '../i18n/catalog';
import type { MessageKey } from '../i18n/keys';
import { testI18n } from '../i18n/testing/test-i18n';
import { describeIssue, type FieldSpecs } from './form-errors';
import { localizedResolver } from './form-resolver';

const i18n = await testI18n();
const tIn =
  (lng: 'en' | 'ja') =>
  (key: MessageKey, options?: Record<string, unknown>): string =>
    i18n.t(key, { ...options, lng });
const known = (key: string) => i18n.exists(key);

// Labels of the intake form, as the form gives them.
const FIELDS: FieldSpecs = {
  title: 'intake.fields.title',
  'reporter.contact': 'intake.fields.reporterContact',
  'reporter.pgpKeyFingerprint': {
    label: 'intake.fields.reporterFingerprint',
    hint: 'intake.errors.fingerprint',
  },
  'timeConstraints.*.date': 'intake.fields.constraintDate',
  'vulnerabilities.*.cve': 'advisories.vuln.cve',
};

const schema = z.object({
  title: z.string().min(1).max(10),
  reporter: z.object({
    contact: z.email(),
    pgpKeyFingerprint: z.union([z.literal(''), z.string().regex(/^[0-9A-F]{40}$/, 'raw')]),
  }),
  timeConstraints: z.array(z.object({ date: z.iso.date() })),
  vulnerabilities: z.array(z.object({ cve: z.string().regex(/^CVE-/) })),
  unlabelled: z.number().int().min(1),
  kind: z.enum(['software', 'website']),
  named: z.string().refine((v) => v !== 'x', { message: 'common.form.required' }),
  coded: z.string().refine((v) => v !== 'x', { message: 'lines-differ' }),
});

const messages = (values: unknown, lng: 'en' | 'ja', fields: FieldSpecs = FIELDS) => {
  const parsed = schema.safeParse(values, { reportInput: true });
  if (parsed.success) return {};
  return Object.fromEntries(
    parsed.error.issues.map((issue) => [
      issue.path.join('.'),
      describeIssue(issue, fields, tIn(lng), known),
    ]),
  );
};

const valid = {
  title: 'XSS',
  reporter: { contact: 'a@example.jp', pgpKeyFingerprint: '' },
  timeConstraints: [],
  vulnerabilities: [],
  unlabelled: 1,
  kind: 'software' as const,
  named: 'ok',
  coded: 'ok',
};

describe('describeIssue', () => {
  it('names an empty field by its label and asks to fill it, in English and Japanese', () => {
    const bad = { ...valid, title: '' };
    expect(messages(bad, 'en')).toEqual({ title: 'Fill in “Case title”.' });
    expect(messages(bad, 'ja')).toEqual({ title: '「案件名」を入力してください。' });
  });

  it('says what to enter for a format, a length and a number, never zod or a path', () => {
    const bad = {
      ...valid,
      title: 'far too long a title',
      reporter: { contact: 'nobody', pgpKeyFingerprint: 'abc' },
      timeConstraints: [{ date: '2026-01-01' }, { date: 'soon' }],
      vulnerabilities: [{ cve: 'CVE-2026-1' }, { cve: '2026-1' }],
      unlabelled: Number.NaN,
      kind: 'car',
    };
    const en = messages(bad, 'en');
    expect(en).toEqual({
      title: '“Case title” takes at most 10 characters: shorten it.',
      'reporter.contact':
        'Enter an e-mail address such as name@example.jp in “Reporter contact (e-mail, phone or address)”.',
      'reporter.pgpKeyFingerprint':
        '“Reporter PGP key fingerprint”: Enter 40 or 64 upper-case hexadecimal digits, or leave it empty.',
      'timeConstraints.1.date': 'Enter a date as YYYY-MM-DD in “Date (JST)”.',
      'vulnerabilities.1.cve':
        '“CVE ID (vulnerability 2)” is not written in the required form: check what you entered.',
      unlabelled: 'Enter a number in this field.',
      kind: 'Choose one of the offered values for this field.',
    });
    const ja = messages(bad, 'ja');
    expect(ja.title).toBe('「案件名」は10文字以内に短くしてください。');
    expect(ja['timeConstraints.1.date']).toBe(
      '「日付（JST）」には YYYY-MM-DD 形式で日付を入力してください。',
    );
    for (const text of [...Object.values(en), ...Object.values(ja)]) {
      expect(text).not.toMatch(/Too small|Too big|Invalid|expected|timeConstraints|\.1\./);
    }
  });

  it('translates a refinement whose message is a key, and keeps one the form decodes', () => {
    const bad = { ...valid, named: 'x', coded: 'x', unlabelled: 0 };
    const fields: FieldSpecs = {
      ...FIELDS,
      named: 'intake.fields.title',
      coded: { label: 'intake.fields.title', keepCustom: true },
    };
    expect(messages(bad, 'ja', fields)).toEqual({
      named: '「案件名」を入力してください。',
      coded: 'lines-differ',
      unlabelled: 'この項目には1以上の値を入力してください。',
    });
  });
});

describe('localizedResolver', () => {
  it('gives react-hook-form nested errors in the language the UI speaks', async () => {
    await i18next.init({
      resources: { en: { translation: en }, ja: { translation: ja } },
      lng: 'ja',
      fallbackLng: false,
    });
    const resolve = localizedResolver(schema, FIELDS);
    const options = { fields: {}, shouldUseNativeValidation: false } as const;
    const result = await resolve({ ...valid, title: '' }, undefined, options);
    expect(result.errors).toEqual({
      title: { type: 'too_small', message: '「案件名」を入力してください。', ref: undefined },
    });
    await expect(resolve(valid, undefined, options)).resolves.toEqual({
      values: valid,
      errors: {},
    });
  });
});
