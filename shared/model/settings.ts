import { z } from 'zod';
import { reportStateSchema, shownEmbargoStateSchema } from './case';
import { languageSchema, pgpFingerprintSchema, policyProfileIdSchema, tlpSchema } from './common';
import { ianaZoneSchema } from './time-zone';
import { versionedParser } from './versioned';

/** The organisation profile and app settings (ARCHITECTURE.md §3); one record per vault. */
export const organisationRoleSchema = z.enum(['contact-point', 'coordinator', 'psirt']);
export type OrganisationRole = z.infer<typeof organisationRoleSchema>;

/** v2 added `ownTimeZone`, v3 `vendorNoReplyBusinessDays`, v4 `setupOffered`, v5
 *  `backupReminderDays` and `lastVerifiedBackup` (issue 29). */
export const SETTINGS_SCHEMA_VERSION = 5;

/** A reminder shows when the last verified backup was made longer ago than this. */
export const DEFAULT_BACKUP_REMINDER_DAYS = 7;

/** The newest backup of this vault that "Verify backup" found sound. */
export const verifiedBackupSchema = z.object({
  /** When the backup was made (from its header). */
  madeAt: z.iso.datetime(),
  /** When it was verified. */
  verifiedAt: z.iso.datetime(),
  /** The backup's last audit sequence. */
  seq: z.number().int().nonnegative(),
});
export type VerifiedBackup = z.infer<typeof verifiedBackupSchema>;

/** Vendors silent this many business days are listed on the dashboard unless set otherwise. */
export const DEFAULT_VENDOR_NO_REPLY_BUSINESS_DAYS = 10;

/**
 * A named set of case-list filters. It can hold search text (a product or vendor name), so
 * it lives in the settings record inside the encrypted vault, never in browser storage.
 */
export const savedCaseFilterSchema = z.object({
  name: z.string().trim().min(1).max(60),
  query: z.string().max(200),
  filters: z.object({
    report: reportStateSchema.nullable(),
    // Widened with `due` (issue 23): a filter saved before still reads.
    embargo: shownEmbargoStateSchema.nullable(),
    tlp: tlpSchema.nullable(),
    priority: z.enum(['high', 'normal']).nullable(),
    vendor: z.string().max(64).nullable(),
    deadline: z.enum(['ok', 'due-soon', 'overdue', 'none']).nullable(),
    profile: policyProfileIdSchema.nullable(),
  }),
});
export type SavedCaseFilter = z.infer<typeof savedCaseFilterSchema>;

export const settingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  organisation: z.object({
    /** The organisation's name as letters and advisories print it; "" = not given yet. */
    name: z.object({ ja: z.string(), en: z.string() }),
    role: organisationRoleSchema,
    /** The organisation's own signing key (its secret part lives in the vault). */
    ownKeyFingerprint: pgpFingerprintSchema.nullable(),
    /** CNA orgId (UUID) written into CVE JSON 5 exports. */
    cnaOrgId: z.uuid().nullable(),
    /** CSAF publisher namespace: the organisation's web site (https). Added after version 5
     *  shipped: a record without it reads as "not set" (advisories then say to set it). */
    csafNamespace: z
      .url({ protocol: /^https$/ })
      .nullable()
      .default(null),
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
  /** Added after version 1 shipped: records written before it read as "none saved". */
  savedCaseFilters: z.array(savedCaseFilterSchema).max(100).default([]),
  /** The analyst's own zone, shown beside JST and UTC for the embargo end; null means "this
   *  computer's zone" (resolved by the UI, so a laptop that travels follows the analyst). */
  ownTimeZone: ianaZoneSchema.nullable(),
  /** The dashboard lists vendors that have not replied for at least this many business days
   *  (JP calendar) since the first contact attempt. */
  vendorNoReplyBusinessDays: z.number().int().min(1).max(120),
  /** The first-run setup (organisation name, key, first backup) was shown in this vault: it
   *  is offered once, whatever the analyst did or skipped in it. */
  setupOffered: z.boolean(),
  /** Remind the analyst when the last verified backup is older than this many days. */
  backupReminderDays: z.number().int().min(1).max(365),
  /** null until a backup of this vault was verified. Written by "Verify backup" only (the
   *  settings form leaves it as stored). */
  lastVerifiedBackup: verifiedBackupSchema.nullable().default(null),
});
export type Settings = z.infer<typeof settingsSchema>;

export const parseSettings = versionedParser('Settings', settingsSchema, SETTINGS_SCHEMA_VERSION, {
  /* v1 → v2: no own zone chosen yet. */
  1: (record) => ({ ...record, ownTimeZone: null }),
  /* v2 → v3: the default threshold for silent vendors. */
  2: (record) => ({ ...record, vendorNoReplyBusinessDays: DEFAULT_VENDOR_NO_REPLY_BUSINESS_DAYS }),
  /* v3 → v4: a vault already in use is past its first run; the setup is not offered again. */
  3: (record) => ({ ...record, setupOffered: true }),
  /* v4 → v5: the default reminder threshold; no backup verified yet. */
  4: (record) => ({
    ...record,
    backupReminderDays: DEFAULT_BACKUP_REMINDER_DAYS,
    lastVerifiedBackup: null,
  }),
});

/**
 * Settings before the analyst saves any. `language` is the one the UI already speaks: a
 * write that creates the record as a side effect (the organisation key, a saved filter)
 * must not switch the UI to another language.
 */
export const defaultSettings = (language: Settings['language'] = 'ja'): Settings => ({
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  organisation: {
    name: { ja: '', en: '' },
    role: 'coordinator',
    ownKeyFingerprint: null,
    cnaOrgId: null,
    csafNamespace: null,
  },
  advisoryIdScheme: { defaultPrefix: 'JVN' },
  caseRefPrefix: 'AL',
  defaultPolicyProfile: 'jpcert-cc',
  autoLockMinutes: 10,
  language,
  attachmentMaxBytes: 64 * 1024 * 1024,
  savedCaseFilters: [],
  ownTimeZone: null,
  vendorNoReplyBusinessDays: DEFAULT_VENDOR_NO_REPLY_BUSINESS_DAYS,
  setupOffered: false,
  backupReminderDays: DEFAULT_BACKUP_REMINDER_DAYS,
  lastVerifiedBackup: null,
});
