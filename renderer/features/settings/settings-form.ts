import { z } from 'zod';
import type { FieldSpecs } from '../../app/form-errors';
import {
  ianaZoneSchema,
  pgpFingerprintSchema,
  settingsSchema,
  type Settings,
} from '../../../shared/model';

/**
 * The settings form: `settingsSchema` itself, with the nullable text fields accepted as ""
 * (an empty box means "none") and the attachment cap entered in MiB. Saved case-list
 * filters are edited on the case list, not here (the screen keeps the stored ones).
 */
const MIB = 1024 * 1024;
const org = settingsSchema.shape.organisation;

export const settingsFormSchema = settingsSchema
  .omit({ attachmentMaxBytes: true, savedCaseFilters: true, lastVerifiedBackup: true })
  .extend({
    organisation: org.extend({
      ownKeyFingerprint: z.union([z.literal(''), pgpFingerprintSchema]),
      cnaOrgId: z.union([z.literal(''), z.uuid()]),
      csafNamespace: z.union([z.literal(''), z.url({ protocol: /^https$/ })]),
    }),
    /** "" = this computer's zone. */
    ownTimeZone: z.union([z.literal(''), ianaZoneSchema]),
    attachmentMaxMiB: z.number().int().min(1).max(512),
  });
export type SettingsFormValues = z.infer<typeof settingsFormSchema>;

/** Each value's label, for its error message (`localizedResolver`). */
export const SETTINGS_FIELDS: FieldSpecs = {
  'organisation.name.ja': 'settings.organisation.nameJa',
  'organisation.name.en': 'settings.organisation.nameEn',
  'organisation.role': 'settings.organisation.role',
  'organisation.ownKeyFingerprint': {
    label: 'settings.organisation.ownKey',
    hint: 'settings.errors.fingerprint',
  },
  'organisation.cnaOrgId': 'settings.organisation.cnaOrgId',
  'organisation.csafNamespace': {
    label: 'settings.organisation.csafNamespace',
    hint: 'settings.errors.csafNamespace',
  },
  'advisoryIdScheme.defaultPrefix': 'settings.advisory.prefix',
  caseRefPrefix: {
    label: 'settings.advisory.caseRefPrefix',
    hint: 'settings.errors.caseRefPrefix',
  },
  defaultPolicyProfile: 'settings.app.policy',
  autoLockMinutes: 'settings.app.autoLock',
  language: 'settings.app.language',
  ownTimeZone: 'settings.app.ownZone',
  vendorNoReplyBusinessDays: 'settings.app.vendorNoReply',
  backupReminderDays: 'settings.app.backupReminder',
  attachmentMaxMiB: 'settings.app.attachmentCap',
};

export const toFormValues = (settings: Settings): SettingsFormValues => {
  const { attachmentMaxBytes, savedCaseFilters, lastVerifiedBackup, ...rest } = settings;
  void savedCaseFilters; // edited on the case list, kept by the settings screen
  void lastVerifiedBackup; // written by "Verify backup", kept by the settings screen
  return {
    ...rest,
    organisation: {
      ...settings.organisation,
      ownKeyFingerprint: settings.organisation.ownKeyFingerprint ?? '',
      cnaOrgId: settings.organisation.cnaOrgId ?? '',
      csafNamespace: settings.organisation.csafNamespace ?? '',
    },
    ownTimeZone: settings.ownTimeZone ?? '',
    attachmentMaxMiB: Math.max(1, Math.round(attachmentMaxBytes / MIB)),
  };
};

/** The Settings record for valid form values; parsed, so a mapping bug fails loudly. */
export const toSettings = (values: SettingsFormValues): Settings => {
  const { attachmentMaxMiB, ...rest } = values;
  return settingsSchema.parse({
    ...rest,
    organisation: {
      ...values.organisation,
      ownKeyFingerprint:
        values.organisation.ownKeyFingerprint === '' ? null : values.organisation.ownKeyFingerprint,
      cnaOrgId: values.organisation.cnaOrgId === '' ? null : values.organisation.cnaOrgId,
      csafNamespace:
        values.organisation.csafNamespace === '' ? null : values.organisation.csafNamespace,
    },
    ownTimeZone: values.ownTimeZone === '' ? null : values.ownTimeZone,
    attachmentMaxBytes: attachmentMaxMiB * MIB,
  });
};

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * A settings form's save as a field-level change: each field (the organisation's one by one)
 * the analyst changed from `loaded` is taken from `next`, every other stays as `stored` has
 * it now (another screen may have written it since the form was filled). The saved case
 * filters, the first-run mark and the last verified backup are not the form's: always the
 * stored ones.
 */
export const settingsEdit = (stored: Settings, loaded: Settings, next: Settings): Settings => {
  const changed = <T extends object>(now: T, before: T, after: T): T => {
    const out = { ...now };
    for (const key of Object.keys(after) as (keyof T)[]) {
      if (!same(after[key], before[key])) out[key] = after[key];
    }
    return out;
  };
  return {
    ...changed(stored, loaded, next),
    organisation: changed(stored.organisation, loaded.organisation, next.organisation),
    savedCaseFilters: stored.savedCaseFilters,
    setupOffered: stored.setupOffered,
    lastVerifiedBackup: stored.lastVerifiedBackup,
  };
};
