import { describe, it, expect } from 'vitest';
import { CASE_DOCUMENT_FORMAT, parseCaseDocument } from './case-document';
import {
  sampleCase,
  sampleContact,
  sampleEvent,
  sampleInvolvement,
  sampleReport,
  sampleVulnerability,
} from './fixtures';

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
    expect(r).toMatchObject({ ok: true, value: { case: { schemaVersion: 2 } } });
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

  it('refuses wrong format, non-arrays and non-objects', () => {
    expect(parseCaseDocument(null).ok).toBe(false);
    expect(parseCaseDocument({ ...doc(), format: 'x' }).ok).toBe(false);
    expect(parseCaseDocument({ ...doc(), events: {} }).ok).toBe(false);
    expect(parseCaseDocument({ ...doc(), messages: 'x' }).ok).toBe(false);
  });
});
