import { z } from 'zod';
import { languageSchema, pgpFingerprintSchema, policyProfileIdSchema } from './common';
import { versionedParser } from './versioned';

/** The organisation profile and app settings (DESIGN.md §3); one record per vault. */
export const organisationRoleSchema = z.enum(['contact-point', 'coordinator', 'psirt']);
export type OrganisationRole = z.infer<typeof organisationRoleSchema>;

export const SETTINGS_SCHEMA_VERSION = 1;

export const settingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  organisation: z.object({
    name: z.object({ ja: z.string(), en: z.string() }),
    role: organisationRoleSchema,
    /** The organisation's own signing key (its secret part lives in the vault). */
    ownKeyFingerprint: pgpFingerprintSchema.nullable(),
    /** CNA orgId (UUID) written into CVE JSON 5 exports. */
    cnaOrgId: z.uuid().nullable(),
  }),
  advisoryIdScheme: z.object({
    /** Prefix for new advisories: JVN# (single developer), JVNVU# (multi-party), JVNTA#. */
    defaultPrefix: z.enum(['JVN', 'JVNVU', 'JVNTA']),
  }),
  /** Prefix of case references (`AL` gives `AL-2026-0042`). */
  caseRefPrefix: z.string().regex(/^[A-Z]{2,8}$/),
  defaultPolicyProfile: policyProfileIdSchema,
  autoLockMinutes: z.number().int().min(1).max(240),
  language: languageSchema,
  /** Cap for one attachment stored in the vault. */
  attachmentMaxBytes: z
    .number()
    .int()
    .positive()
    .max(512 * 1024 * 1024),
});
export type Settings = z.infer<typeof settingsSchema>;

export const parseSettings = versionedParser('Settings', settingsSchema, SETTINGS_SCHEMA_VERSION);

export const defaultSettings = (): Settings => ({
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  organisation: {
    name: { ja: '', en: '' },
    role: 'coordinator',
    ownKeyFingerprint: null,
    cnaOrgId: null,
  },
  advisoryIdScheme: { defaultPrefix: 'JVN' },
  caseRefPrefix: 'AL',
  defaultPolicyProfile: 'jpcert-cc',
  autoLockMinutes: 10,
  language: 'ja',
  attachmentMaxBytes: 64 * 1024 * 1024,
});
