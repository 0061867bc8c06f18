import { describe, it, expect } from 'vitest';
import {
  DEFAULT_BACKUP_REMINDER_DAYS,
  DEFAULT_VENDOR_NO_REPLY_BUSINESS_DAYS,
  defaultSettings,
  parseSettings,
  SETTINGS_SCHEMA_VERSION,
} from './settings';

describe('Settings record', () => {
  it('the defaults are valid', () => {
    expect(parseSettings(defaultSettings()).ok).toBe(true);
  });

  it('CNA orgId must be a UUID and auto-lock is bounded', () => {
    const s = defaultSettings();
    expect(
      parseSettings({ ...s, organisation: { ...s.organisation, cnaOrgId: 'jpcert' } }).ok,
    ).toBe(false);
    expect(parseSettings({ ...s, autoLockMinutes: 0 }).ok).toBe(false);
  });

  it('a record written before saved filters existed reads with none saved', () => {
    const older: Record<string, unknown> = { ...defaultSettings() };
    delete older.savedCaseFilters;
    const parsed = parseSettings(older);
    expect(parsed.ok && parsed.value.savedCaseFilters).toEqual([]);
  });

  it('a saved filter must have a name and known states', () => {
    const s = defaultSettings();
    const filters = {
      report: 'accepted',
      embargo: null,
      tlp: 'RED',
      priority: null,
      vendor: null,
      deadline: 'overdue',
      profile: null,
    };
    const ok = { name: 'Red overdue', query: 'NAS', filters };
    expect(parseSettings({ ...s, savedCaseFilters: [ok] }).ok).toBe(true);
    expect(parseSettings({ ...s, savedCaseFilters: [{ ...ok, name: '  ' }] }).ok).toBe(false);
    expect(
      parseSettings({ ...s, savedCaseFilters: [{ ...ok, filters: { ...filters, tlp: 'PINK' } }] })
        .ok,
    ).toBe(false);
  });

  it('a saved embargo filter reads, the older states and "due" (issue 23) alike', () => {
    const s = defaultSettings();
    const filters = {
      report: null,
      embargo: 'active',
      tlp: null,
      priority: null,
      vendor: null,
      deadline: null,
      profile: null,
    };
    const saved = (embargo: string) => ({
      ...s,
      savedCaseFilters: [{ name: 'Embargo', query: '', filters: { ...filters, embargo } }],
    });
    expect(parseSettings(saved('active')).ok).toBe(true);
    expect(parseSettings(saved('due')).ok).toBe(true);
    expect(parseSettings(saved('overdue')).ok).toBe(false);
  });

  it('a version 1 record reads with no own zone chosen, and a bad zone is refused', () => {
    const v1: Record<string, unknown> = { ...defaultSettings(), schemaVersion: 1 };
    delete v1.ownTimeZone;
    delete v1.vendorNoReplyBusinessDays;
    const parsed = parseSettings(v1);
    expect(parsed).toMatchObject({
      ok: true,
      value: { schemaVersion: SETTINGS_SCHEMA_VERSION, ownTimeZone: null },
    });
    expect(parseSettings({ ...defaultSettings(), ownTimeZone: 'Europe/Berlin' }).ok).toBe(true);
    expect(parseSettings({ ...defaultSettings(), ownTimeZone: 'Europe/Atlantis' }).ok).toBe(false);
  });

  it('a version 2 record reads with the default no-reply threshold; the threshold is bounded', () => {
    const v2: Record<string, unknown> = { ...defaultSettings(), schemaVersion: 2 };
    delete v2.vendorNoReplyBusinessDays;
    const parsed = parseSettings(v2);
    expect(parsed).toMatchObject({
      ok: true,
      value: {
        schemaVersion: SETTINGS_SCHEMA_VERSION,
        vendorNoReplyBusinessDays: DEFAULT_VENDOR_NO_REPLY_BUSINESS_DAYS,
      },
    });
    expect(parseSettings({ ...defaultSettings(), vendorNoReplyBusinessDays: 0 }).ok).toBe(false);
    expect(parseSettings({ ...defaultSettings(), vendorNoReplyBusinessDays: 2.5 }).ok).toBe(false);
  });

  it('a version 3 record reads as a vault whose first-run setup was already offered', () => {
    const v3: Record<string, unknown> = { ...defaultSettings(), schemaVersion: 3 };
    delete v3.setupOffered;
    delete v3.backupReminderDays;
    delete v3.lastVerifiedBackup;
    expect(parseSettings(v3)).toMatchObject({
      ok: true,
      value: { schemaVersion: SETTINGS_SCHEMA_VERSION, setupOffered: true },
    });
    // A new vault's settings have not offered it yet.
    expect(defaultSettings().setupOffered).toBe(false);
  });

  it('a version 4 record reads with the default backup reminder and no verified backup (issue 29)', () => {
    const v4: Record<string, unknown> = { ...defaultSettings(), schemaVersion: 4 };
    delete v4.backupReminderDays;
    delete v4.lastVerifiedBackup;
    expect(parseSettings(v4)).toMatchObject({
      ok: true,
      value: {
        schemaVersion: 5,
        backupReminderDays: DEFAULT_BACKUP_REMINDER_DAYS,
        lastVerifiedBackup: null,
      },
    });
    expect(parseSettings({ ...defaultSettings(), backupReminderDays: 0 }).ok).toBe(false);
    const verified = { madeAt: '2026-11-01T09:00:00.000Z', verifiedAt: 'yesterday', seq: 4 };
    expect(parseSettings({ ...defaultSettings(), lastVerifiedBackup: verified }).ok).toBe(false);
  });
});
