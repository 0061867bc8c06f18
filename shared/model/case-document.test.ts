import { describe, it, expect } from 'vitest';
import { CASE_SCHEMA_VERSION } from './case';
import { CASE_DOCUMENT_FORMAT, parseCaseDocument } from './case-document';
import {
  sampleCase,
  sampleContact,
  sampleEvent,
  sampleInvolvement,
  sampleReport,
  sampleVulnerability,
} from './testing/fixtures';

const doc = () => ({
  format: CASE_DOCUMENT_FORMAT,
  case: sampleCase(),
  events: [sampleEvent()],
  report: sampleReport(),
  involvements: [sampleInvolvement()],
  contacts: [sampleContact()],
  vulnerabilities: [sampleVulnerability()],
  messages: [{ opaque: true }],
  advisoryDrafts: [],
});

describe('case document', () => {
  it('parses a full document', () => {
    const r = parseCaseDocument(doc());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.messages).toEqual([{ opaque: true }]);
  });

  it('migrates old records inside the document', () => {
    const d = doc();
    const r = parseCaseDocument({
      ...d,
      case: { ...d.case, schemaVersion: 1, priority: 'normal' },
    });
    expect(r).toMatchObject({
      ok: true,
      value: { case: { schemaVersion: CASE_SCHEMA_VERSION, technicalAlert: null } },
    });
  });

  it('refuses records that belong to another case', () => {
    const d = doc();
    const other = { ...sampleEvent(), caseId: '00000000-0000-4000-8000-000000000000' };
    const r = parseCaseDocument({ ...d, events: [other] });
    expect(r).toMatchObject({
      ok: false,
      error: { message: 'case document: records of another case' },
    });
  });

  it('names the bad entry', () => {
    const d = doc();
    const r = parseCaseDocument({ ...d, involvements: [sampleInvolvement(), { nope: 1 }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^involvements\[1\]/);
  });

  it('names the field of the case record that is wrong, or that it is missing', () => {
    expect(parseCaseDocument({ ...doc(), case: undefined })).toMatchObject({
      ok: false,
      error: { message: 'case: Case: expected an object, got nothing (missing)' },
    });
    const r = parseCaseDocument({ ...doc(), case: { ...sampleCase(), title: 42 } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toMatch(/^case: .*\(case\.title: /);
      expect(r.error.issues).toEqual([expect.stringMatching(/^case\.title: /)]);
    }
  });

  it('refuses wrong format, non-arrays and non-objects', () => {
    expect(parseCaseDocument(null).ok).toBe(false);
    expect(parseCaseDocument({ ...doc(), format: 'x' }).ok).toBe(false);
    expect(parseCaseDocument({ ...doc(), events: {} }).ok).toBe(false);
    expect(parseCaseDocument({ ...doc(), messages: 'x' }).ok).toBe(false);
  });

  it('reads an airlock-case/1 document whose contacts predate product identifiers', () => {
    const d = doc();
    const v1: Record<string, unknown> = { ...sampleContact(), schemaVersion: 1 };
    delete v1.products;
    const r = parseCaseDocument({
      ...d,
      format: 'airlock-case/1',
      contacts: [v1],
      vulnerabilities: [{ ...sampleVulnerability(), schemaVersion: 1 }],
    });
    if (!r.ok) throw new Error(`${r.error.message} ${r.error.issues.join('; ')}`);
    expect(r.value.format).toBe(CASE_DOCUMENT_FORMAT);
    expect(r.value.contacts[0]?.products).toEqual([]);
  });

  it('reads an airlock-case/2 document whose events predate SSVC (case events v3)', () => {
    const d = doc();
    const r = parseCaseDocument({
      ...d,
      format: 'airlock-case/2',
      events: d.events.map((e) => ({ ...e, schemaVersion: 3 })),
    });
    if (!r.ok) throw new Error(`${r.error.message} ${r.error.issues.join('; ')}`);
    expect(r.value.format).toBe(CASE_DOCUMENT_FORMAT);
    expect(r.value.events.map((e) => e.schemaVersion)).toEqual(d.events.map(() => 5));
    expect(r.value.events.map((e) => e.id)).toEqual(d.events.map((e) => e.id));
  });

  it('carries product identifiers and refuses a malformed one, naming the field', () => {
    const d = doc();
    const ok = parseCaseDocument(d);
    expect(ok.ok && ok.value.contacts[0]?.products).toEqual(sampleContact().products);
    const badContact = parseCaseDocument({
      ...d,
      contacts: [{ ...sampleContact(), products: ['pkg:npm/fine', 'pkg:npm'] }],
    });
    expect(badContact.ok).toBe(false);
    if (!badContact.ok) {
      expect(badContact.error.message).toMatch(
        /^contacts\[0\]: .*contacts\[0\]\.products\.1: not a valid package URL/,
      );
    }
    const v = sampleVulnerability();
    const badAffected = parseCaseDocument({
      ...d,
      vulnerabilities: [
        { ...v, affected: v.affected.map((a) => ({ ...a, identifier: 'cpe:2.3:a:x' })) },
      ],
    });
    expect(badAffected.ok ? '' : badAffected.error.message).toMatch(
      /vulnerabilities\[0\]\.affected\.0\.identifier: not a valid CPE 2\.3 name/,
    );
  });
});
