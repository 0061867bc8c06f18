import { describe, it, expect } from 'vitest';
import { CASE_EVENT_SCHEMA_VERSION, CASE_EVENT_TYPES, parseCaseEvent } from './case-event';
import { sampleEvent, sampleIds } from './testing/fixtures';

describe('CaseEvent', () => {
  it('parses a typed event and keeps its payload', () => {
    const r = parseCaseEvent(sampleEvent());
    expect(r).toMatchObject({ ok: true, value: { type: 'report.received' } });
  });

  it('rejects an unknown event type and a payload of the wrong shape', () => {
    expect(parseCaseEvent({ ...sampleEvent(), type: 'case.deleted' }).ok).toBe(false);
    expect(parseCaseEvent({ ...sampleEvent(), payload: { reportId: 'nope' } }).ok).toBe(false);
  });

  it('a note is internal unless said otherwise (so it never leaks into an advisory)', () => {
    const r = parseCaseEvent({
      ...sampleEvent(),
      type: 'note.added',
      payload: { text: 'vendor phoned' },
    });
    expect(r).toMatchObject({ ok: true, value: { payload: { internal: true } } });
  });

  it('a deadline override needs a reason', () => {
    const e = {
      ...sampleEvent(),
      type: 'deadline.overridden',
      payload: { ruleId: 'jpcert.publication-target', due: null, reason: '' },
    };
    expect(parseCaseEvent(e).ok).toBe(false);
    expect(
      parseCaseEvent({ ...e, payload: { ...e.payload, reason: 'vendor needs time' } }).ok,
    ).toBe(true);
  });

  it('a release decision keeps the members present; one recorded without them still reads', () => {
    const decision = {
      ...sampleEvent(),
      type: 'release.decided',
      payload: { decision: 'publish', committee: true, reason: 'minutes: name to be published' },
    };
    const v1 = parseCaseEvent({ ...decision, schemaVersion: 1 });
    expect(v1).toMatchObject({
      ok: true,
      value: { schemaVersion: CASE_EVENT_SCHEMA_VERSION, payload: decision.payload },
    });
    const members = ['Sato (chair)', 'Suzuki'];
    const withMembers = parseCaseEvent({ ...decision, payload: { ...decision.payload, members } });
    expect(withMembers).toMatchObject({ ok: true, value: { payload: { members } } });
    expect(
      parseCaseEvent({ ...decision, payload: { ...decision.payload, members: [''] } }).ok,
    ).toBe(false);
  });

  it('a publication scheduled at the agreed instant states the instant and its zone', () => {
    const scheduled = {
      ...sampleEvent(),
      type: 'publication.scheduled',
      payload: { date: '2026-07-01T01:00:00.000Z', zone: 'Asia/Tokyo' },
    };
    expect(parseCaseEvent(scheduled).ok).toBe(true);
    expect(parseCaseEvent({ ...scheduled, payload: { date: '2026-07-01' } }).ok).toBe(false);
  });

  it('lists every event type once', () => {
    expect(new Set(CASE_EVENT_TYPES).size).toBe(CASE_EVENT_TYPES.length);
    expect(CASE_EVENT_TYPES).toContain('embargo.agreed');
    expect(sampleIds.caseId).toBeTruthy();
  });
});

describe('ssvc.decided (v4, issue 28)', () => {
  const selections = {
    timestamp: '2026-05-01T00:00:00.000Z',
    schemaVersion: '2.0.0',
    selections: [{ namespace: 'ssvc', key: 'PUBLISH', version: '1.0.0', values: [{ key: 'P' }] }],
  };
  const decided = {
    ...sampleEvent(),
    type: 'ssvc.decided',
    payload: { model: 'coordinator-publish', selections },
  };

  it('reads a SelectionList 2.0.0 and refuses one with a field the standard does not have', () => {
    expect(parseCaseEvent(decided)).toMatchObject({ ok: true, value: { payload: { selections } } });
    const extra = {
      ...decided,
      payload: { ...decided.payload, selections: { ...selections, outcome: 'P' } },
    };
    expect(parseCaseEvent(extra).ok).toBe(false);
    const noValues = {
      ...decided,
      payload: {
        ...decided.payload,
        selections: {
          ...selections,
          selections: [{ namespace: 'ssvc', key: 'PUBLISH', version: '1.0.0', values: [] }],
        },
      },
    };
    expect(parseCaseEvent(noValues).ok).toBe(false);
    expect(
      parseCaseEvent({ ...decided, payload: { ...decided.payload, model: 'deployer' } }).ok,
    ).toBe(false);
  });

  it.each([3, 4])('a v%i event (before the coordination events) still reads unchanged', (v) => {
    const old = { ...sampleEvent(), schemaVersion: v };
    expect(parseCaseEvent(old)).toEqual({
      ok: true,
      value: { ...old, schemaVersion: CASE_EVENT_SCHEMA_VERSION },
    });
  });
});
