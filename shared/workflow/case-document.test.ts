import { describe, expect, it } from 'vitest';
import { CASE_DOCUMENT_FORMAT, type CaseDocument } from '../model/case-document';
import { foldCaseDocument } from './case-document';
import { involvementRecord } from './case-records';
import { acceptedSoftwareCase, involvementIds, timeline } from './testing/test-events';
import { foldEvents } from './timeline';

/** A document as the app exports it: the events and, beside them, their fold. */
const documentOf = (events = acceptedSoftwareCase()): CaseDocument => {
  const p = foldEvents(events);
  if (p.case === null) throw new Error('the test timeline creates no case');
  return {
    format: CASE_DOCUMENT_FORMAT,
    case: p.case,
    events,
    involvements: p.involvements.map(involvementRecord),
    contacts: [],
  };
};

const refusal = (doc: CaseDocument) => {
  const r = foldCaseDocument(doc);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
};

describe('foldCaseDocument', () => {
  it('passes a document whose records are the fold of its events, keeping the case notes', () => {
    const doc = documentOf();
    const withNotes = { ...doc, case: { ...doc.case, notes: 'internal: call after 18:00' } };
    expect(foldCaseDocument(withNotes)).toEqual({ ok: true, value: withNotes });
  });

  it('fills in the records a document leaves out from its events', () => {
    const { involvements, ...doc } = documentOf();
    const r = foldCaseDocument(doc);
    expect(r.ok && r.value.involvements).toEqual(involvements);
  });

  it('refuses a document whose events the engine refuses, naming the event and the reason', () => {
    const events = acceptedSoftwareCase();
    const ev = timeline(undefined, 50);
    const embargo = ev({
      type: 'embargo.agreed',
      at: '2026-04-20T12:00:00.000Z',
      payload: { date: '2026-06-01T01:00:00.000Z', zone: 'Asia/Tokyo' },
    });
    // Agreed before triage accepted the report: refused by the engine.
    const error = refusal({ ...documentOf(), events: [...events, embargo] });
    expect(error).toMatchObject({
      code: 'case-events-refused',
      eventId: embargo.id,
      reason: 'report-not-accepted',
    });
    expect(error.message).toContain(embargo.id);
  });

  it('refuses a stated case record that says what the events do not, naming the fields', () => {
    const doc = documentOf();
    const error = refusal({
      ...doc,
      case: { ...doc.case, tlp: 'CLEAR', states: { ...doc.case.states, report: 'closed' } },
    });
    expect(error).toMatchObject({
      code: 'case-contradicts-events',
      fields: ['case.states.report', 'case.tlp'],
    });
    expect(error.message).toContain('case.states.report, case.tlp');
  });

  it('refuses stated involvements that differ from the fold, or that it does not have', () => {
    const doc = documentOf();
    const [inv] = doc.involvements ?? [];
    if (inv === undefined) throw new Error('no involvement');
    const stray = { ...inv, id: involvementIds[1] as string } as typeof inv;
    const error = refusal({ ...doc, involvements: [{ ...inv, status: 'fixed' }, stray] });
    expect(error).toMatchObject({
      code: 'case-contradicts-events',
      fields: [`involvements[${inv.id}].status`, `involvements[${stray.id}]`],
    });
  });

  it('names the first five differences and says there are more', () => {
    const doc = documentOf();
    const error = refusal({
      ...doc,
      case: {
        ...doc.case,
        title: 'Other',
        tlp: 'RED',
        tags: ['x'],
        advisoryId: 'JVN#12345678',
        vulnerabilities: [involvementIds[2] as string] as typeof doc.case.vulnerabilities,
        kind: 'website',
      },
    });
    expect(error.code === 'case-contradicts-events' && error.fields).toHaveLength(6);
    expect(error.message).toMatch(/, …$/);
  });

  it('takes a document without case.created (an older export) as stated', () => {
    const doc = documentOf();
    const [inv] = doc.involvements ?? [];
    if (inv === undefined) throw new Error('no involvement');
    const ev = timeline(undefined, 60);
    const replied = ev({
      type: 'vendor.replied',
      at: '2026-05-01T00:00:00.000Z',
      payload: { involvementId: inv.id, messageId: null },
    });
    const legacy = { ...doc, events: [replied] };
    expect(foldCaseDocument(legacy)).toEqual({ ok: true, value: legacy });
  });
});
