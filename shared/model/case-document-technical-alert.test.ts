import { describe, expect, it } from 'vitest';
import { CASE_DOCUMENT_FORMAT, parseCaseDocument } from './case-document';
import { sampleAlertCase, sampleAlertContent, sampleAlertCreated } from './testing/technical-alert';

const doc = () => ({
  format: CASE_DOCUMENT_FORMAT,
  case: sampleAlertCase(),
  events: [sampleAlertCreated()],
  contacts: [],
});

describe('case document of a technical alert', () => {
  it('carries the kind and the alert content through a parse', () => {
    const r = parseCaseDocument(doc());
    expect(r).toMatchObject({
      ok: true,
      value: {
        case: { kind: 'technical-alert', technicalAlert: { content: sampleAlertContent() } },
        events: [{ payload: { kind: 'technical-alert', technicalAlert: sampleAlertContent() } }],
      },
    });
  });

  it('refuses a malformed alert in an event, naming the entry and the field', () => {
    const created = sampleAlertCreated();
    const bad = {
      ...created,
      payload: { ...created.payload, technicalAlert: { ...sampleAlertContent(), cwes: ['79'] } },
    };
    const r = parseCaseDocument({ ...doc(), events: [bad] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toContain('events[0]');
    expect(r.error.message).toContain('payload.technicalAlert.cwes.0: expected CWE-<number>');
  });

  it('refuses a technical-alert case record without its alert, naming the field', () => {
    const r = parseCaseDocument({ ...doc(), case: { ...sampleAlertCase(), technicalAlert: null } });
    expect(r.ok ? [] : r.error.issues).toEqual([
      'case.technicalAlert: a technical-alert case needs its technical alert',
    ]);
  });
});
