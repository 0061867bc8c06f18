import { describe, expect, it } from 'vitest';
import type { Involvement } from '../model';
import { sampleCase } from '../model/testing/fixtures';
import { involvementRecord, projectionFromRecords } from './case-records';
import { acceptedSoftwareCase } from './testing/test-events';
import { foldEvents } from './timeline';

describe('involvementRecord', () => {
  it('a projected involvement is stored as it was, without the projection’s statusSince', () => {
    const [view] = foldEvents(acceptedSoftwareCase()).involvements;
    if (view === undefined) throw new Error('no involvement');
    const record = involvementRecord(view);
    expect(record).not.toHaveProperty('statusSince');
    expect({ ...record, statusSince: view.statusSince }).toEqual(view);
  });
});

describe('projectionFromRecords', () => {
  it('is the stored case and involvements, each status dated by the latest known contact', () => {
    const [view] = foldEvents(acceptedSoftwareCase()).involvements;
    if (view === undefined) throw new Error('no involvement');
    const kase = { ...sampleCase(), dates: { ...sampleCase().dates, received: null } };
    const base: Involvement = involvementRecord(view);
    const replied = {
      ...base,
      lastReply: '2026-03-02T00:00:00Z',
      lastContactAttempt: '2026-03-01T00:00:00Z',
    };
    const tried = { ...base, lastReply: null, lastContactAttempt: '2026-03-01T00:00:00Z' };
    const none = { ...base, lastReply: null, lastContactAttempt: null };
    const p = projectionFromRecords(kase, [replied, tried, none]);
    expect(p.case).toBe(kase);
    expect(p.involvements.map((i) => i.statusSince)).toEqual([
      '2026-03-02T00:00:00Z',
      '2026-03-01T00:00:00Z',
      '1970-01-01T00:00:00.000Z',
    ]);
    const received = { ...kase, dates: { ...kase.dates, received: '2026-02-01T00:00:00Z' } };
    expect(projectionFromRecords(received, [none]).involvements[0]?.statusSince).toBe(
      '2026-02-01T00:00:00Z',
    );
  });
});
