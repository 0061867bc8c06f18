import { describe, it, expect } from 'vitest';
import { parseAuditEntry, GENESIS_HASH } from './audit-entry';
import { parseBundleLedgerEntry } from './bundle-ledger-entry';
import { parseContact } from './contact';
import { sampleContact, sampleInvolvement, sampleReport, sampleVulnerability } from './fixtures';
import { newCaseId, newEventId, caseIdSchema, contactIdSchema } from './ids';
import { parseInvolvement } from './involvement';
import { parseReport } from './report';
import { defaultSettings, parseSettings } from './settings';
import { parseVulnerability } from './vulnerability';

describe('record schemas', () => {
  it('accept the sample records, and a record without schemaVersion is read as v1', () => {
    expect(parseReport(sampleReport()).ok).toBe(true);
    expect(parseVulnerability(sampleVulnerability()).ok).toBe(true);
    expect(parseContact(sampleContact()).ok).toBe(true);
    expect(parseInvolvement(sampleInvolvement()).ok).toBe(true);
    expect(parseSettings(defaultSettings()).ok).toBe(true);
    const noVersion: Record<string, unknown> = { ...sampleContact() };
    delete noVersion.schemaVersion;
    expect(parseContact(noVersion)).toMatchObject({ ok: true, value: { schemaVersion: 1 } });
  });

  it('new ids are valid branded UUIDs and are not interchangeable at run time either', () => {
    const id = newCaseId();
    expect(caseIdSchema.safeParse(id).success).toBe(true);
    expect(contactIdSchema.safeParse('not-a-uuid').success).toBe(false);
    expect(newEventId()).not.toBe(newEventId());
  });

  it('involvement: known_not_affected requires a VEX justification', () => {
    const inv = sampleInvolvement();
    const bad = {
      ...inv,
      products: [
        { product: 'X', versions: '1', status: 'known_not_affected', justification: null },
      ],
    };
    expect(parseInvolvement(bad).ok).toBe(false);
    const good = {
      ...inv,
      products: [
        {
          product: 'X',
          versions: '1',
          status: 'known_not_affected',
          justification: 'vulnerable_code_not_present',
        },
      ],
    };
    expect(parseInvolvement(good).ok).toBe(true);
  });

  it('vulnerability: CWE, CVE and CVSS vectors are checked', () => {
    const v = sampleVulnerability();
    expect(parseVulnerability({ ...v, cwe: 'CWE79' }).ok).toBe(false);
    expect(parseVulnerability({ ...v, cve: { id: 'CVE-26-1', state: 'assigned' } }).ok).toBe(false);
    expect(parseVulnerability({ ...v, cvss31: { vector: 'CVSS:4.0/AV:N', score: 5 } }).ok).toBe(
      false,
    );
    expect(parseVulnerability({ ...v, cvss31: { vector: v.cvss31?.vector, score: 11 } }).ok).toBe(
      false,
    );
  });

  it('contact: fingerprints must be upper-case hex of a real length', () => {
    const c = sampleContact();
    expect(parseContact({ ...c, pgpFingerprints: ['0123abcd'] }).ok).toBe(false);
  });

  it('settings: CNA orgId must be a UUID and auto-lock is bounded', () => {
    const s = defaultSettings();
    const org = { ...s.organisation, cnaOrgId: 'jpcert' };
    expect(parseSettings({ ...s, organisation: org }).ok).toBe(false);
    expect(parseSettings({ ...s, autoLockMinutes: 0 }).ok).toBe(false);
  });

  it('audit entry and bundle ledger entry', () => {
    const entry = {
      schemaVersion: 1,
      seq: 0,
      at: '2026-05-01T00:00:00.000Z',
      table: 'cases',
      recordId: 'x',
      op: 'put',
      prevHash: GENESIS_HASH,
      hash: 'a'.repeat(64),
    };
    expect(parseAuditEntry(entry).ok).toBe(true);
    expect(parseAuditEntry({ ...entry, hash: 'A'.repeat(64) }).ok).toBe(false);
    const ledger = {
      schemaVersion: 1,
      bundleId: '0b6f7c2e-1d3a-4e5f-9a8b-7c6d5e4f3a2b',
      senderFingerprint: '0123456789ABCDEF0123456789ABCDEF01234567',
      importedAt: '2026-05-01T00:00:00.000Z',
      outcome: 'imported',
      caseRefs: ['AL-2026-0042'],
      detail: '',
    };
    expect(parseBundleLedgerEntry(ledger).ok).toBe(true);
    expect(parseBundleLedgerEntry({ ...ledger, outcome: 'maybe' }).ok).toBe(false);
  });
});
