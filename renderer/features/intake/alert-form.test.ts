import { describe, expect, it } from 'vitest';
import {
  alertFormSchema,
  alertFormValues,
  emptyAlertForm,
  pairLines,
  toAlertContent,
  type AlertFormValues,
} from './alert-form';

const valid = (): AlertFormValues => ({
  ...emptyAlertForm(),
  title: 'Hard-coded credentials in industrial gateways',
  vulnerabilityClass: { ja: 'ハードコードされた認証情報', en: 'Hard-coded credentials' },
  cwes: 'cwe-798, CWE-259',
  summary: { ja: '多数のゲートウェイに固定のパスワードがあります。', en: '' },
  productFamilies: {
    ja: '産業用ゲートウェイ\n遠隔監視装置',
    en: 'Industrial gateways\nRemote monitors',
  },
  mitigations: { ja: '', en: 'Change the password\nFilter the management port' },
});

/** The fields the schema names in its refusals, with their messages. */
const refusals = (values: AlertFormValues) => {
  const r = alertFormSchema.safeParse(values);
  return r.success
    ? {}
    : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('technical alert form', () => {
  it('turns the text boxes into the alert content, line by line in both languages', () => {
    const content = toAlertContent(valid());
    expect(content.cwes).toEqual(['CWE-798', 'CWE-259']);
    expect(content.productFamilies.map((f) => f.name)).toEqual([
      { ja: '産業用ゲートウェイ', en: 'Industrial gateways' },
      { ja: '遠隔監視装置', en: 'Remote monitors' },
    ]);
    expect(content.mitigations).toEqual([
      { ja: '', en: 'Change the password' },
      { ja: '', en: 'Filter the management port' },
    ]);
    expect(refusals(valid())).toEqual({});
  });

  it('names each refused field: no class, a bad CWE, no product family, no summary', () => {
    const r = refusals({
      ...valid(),
      vulnerabilityClass: { ja: ' ', en: '' },
      cwes: 'CWE-79, XSS',
      summary: { ja: '', en: '' },
      productFamilies: { ja: '', en: '' },
    });
    expect(Object.keys(r).sort()).toEqual([
      'cwes',
      'productFamilies',
      'summary',
      'vulnerabilityClass',
    ]);
  });

  it('refuses lists whose Japanese and English line counts differ', () => {
    const r = refusals({ ...valid(), mitigations: { ja: '一つ', en: 'one\ntwo' } });
    expect(r).toEqual({ mitigations: 'lines-differ' });
    expect(pairLines({ ja: 'a\nb', en: 'c' })).toBeNull();
  });

  it('shows a stored alert as the same form values', () => {
    const content = toAlertContent(valid());
    const back = alertFormValues({ title: 'T', tlp: 'GREEN' }, content);
    expect(toAlertContent(back, content)).toEqual(content);
  });
});
