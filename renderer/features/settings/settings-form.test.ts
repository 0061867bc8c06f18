import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/model';
import { settingsFormSchema, toFormValues, toSettings } from './settings-form';

describe('settings form', () => {
  it('round-trips the stored settings through the form values', () => {
    const stored = {
      ...defaultSettings(),
      organisation: {
        name: { ja: '調整機関', en: 'Coordination Centre' },
        role: 'contact-point' as const,
        ownKeyFingerprint: 'A'.repeat(40),
        cnaOrgId: '2f1d6a4e-8f1b-4c5e-9a7d-3b2c1d0e9f8a',
        csafNamespace: 'https://csirt.alpha.example/',
      },
    };
    expect(toSettings(toFormValues(stored))).toEqual(stored);
  });

  it('takes the CSAF namespace only as an https address; an empty box is "not set"', () => {
    const values = toFormValues(defaultSettings());
    expect(toSettings(values).organisation.csafNamespace).toBeNull();
    for (const bad of ['csirt.alpha.example', 'http://csirt.alpha.example/', 'javascript:x']) {
      const org = { ...values.organisation, csafNamespace: bad };
      expect(settingsFormSchema.safeParse({ ...values, organisation: org }).success).toBe(false);
    }
  });

  it('treats empty key and CNA id boxes as "none"', () => {
    const values = toFormValues(defaultSettings());
    expect(values.organisation.ownKeyFingerprint).toBe('');
    const settings = toSettings(values);
    expect(settings.organisation.ownKeyFingerprint).toBeNull();
    expect(settings.organisation.cnaOrgId).toBeNull();
  });

  it('rejects a malformed CNA orgId, fingerprint and out-of-range auto-lock', () => {
    const values = toFormValues(defaultSettings());
    const result = settingsFormSchema.safeParse({
      ...values,
      organisation: { ...values.organisation, cnaOrgId: 'not-a-uuid', ownKeyFingerprint: 'abc' },
      autoLockMinutes: 0,
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toEqual(
      expect.arrayContaining([
        'organisation.cnaOrgId',
        'organisation.ownKeyFingerprint',
        'autoLockMinutes',
      ]),
    );
  });

  it('keeps a chosen own time zone and reads an empty choice as "this computer"', () => {
    const stored = { ...defaultSettings(), ownTimeZone: 'America/New_York' };
    expect(toSettings(toFormValues(stored)).ownTimeZone).toBe('America/New_York');
    expect(toSettings(toFormValues(defaultSettings())).ownTimeZone).toBeNull();
    const values = toFormValues(defaultSettings());
    expect(settingsFormSchema.safeParse({ ...values, ownTimeZone: 'Nowhere/Else' }).success).toBe(
      false,
    );
  });
});
