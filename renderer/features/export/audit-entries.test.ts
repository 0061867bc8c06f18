import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/model/audit-entry';
import {
  sampleCase,
  sampleEvent,
  sampleIds,
  sampleInvolvement,
} from '../../../shared/model/testing/fixtures';
import { AUDIT_PAGE_SIZE, auditPage, type AuditLookup } from './audit-entries';

const entry = (seq: number, table: string, recordId: string): AuditEntry => ({
  schemaVersion: 2,
  seq,
  at: `2026-12-07T00:00:${String(seq % 60).padStart(2, '0')}.000Z`,
  table,
  recordId,
  op: 'put',
  prevHash: '0'.repeat(64),
  hash: '1'.repeat(64),
});

const handOver = {
  ...sampleEvent(),
  id: 'ev-hand-over',
  type: 'coordination.transferred',
} as never;
const records: Record<string, Record<string, unknown>> = {
  cases: { [sampleIds.caseId]: sampleCase() },
  caseEvents: { 'ev-hand-over': handOver },
  involvements: { [sampleIds.involvementId]: sampleInvolvement() },
  reports: { 'r-1': { id: 'r-1', caseId: sampleIds.caseId } },
  messages: { 'm-1': { id: 'm-1', caseId: sampleIds.caseId } },
  vulnerabilities: { 'v-1': { id: 'v-1', caseId: sampleIds.caseId } },
  advisoryDrafts: { 'd-1': { id: 'd-1', case: { id: sampleIds.caseId } } },
  cveIds: {
    'CVE-2026-1000': { id: 'CVE-2026-1000', assignedTo: { caseId: sampleIds.caseId } },
    'CVE-2026-1001': { id: 'CVE-2026-1001', assignedTo: null },
  },
  contacts: { 'c-1': { id: 'c-1' } },
};
const lookup: AuditLookup = { record: (table, id) => records[table]?.[id] };

describe('the audit log as the analyst reads it', () => {
  it('names the case of every record that is one case’s, and finds them by its reference', () => {
    const log = [
      entry(1, 'reports', 'r-1'),
      entry(2, 'messages', 'm-1'),
      entry(3, 'vulnerabilities', 'v-1'),
      entry(4, 'advisoryDrafts', 'd-1'),
      entry(5, 'cveIds', 'CVE-2026-1000'),
      entry(6, 'cveIds', 'CVE-2026-1001'),
      entry(7, 'contacts', 'c-1'),
    ];
    const { rows } = auditPage(log, lookup, { page: 0 });
    expect(rows.map((r) => [r.table, r.caseRef])).toEqual([
      ['contacts', null],
      ['cveIds', null],
      ['cveIds', 'AL-2026-0042'],
      ['advisoryDrafts', 'AL-2026-0042'],
      ['vulnerabilities', 'AL-2026-0042'],
      ['messages', 'AL-2026-0042'],
      ['reports', 'AL-2026-0042'],
    ]);
    const filtered = auditPage(log, lookup, { page: 0, caseRef: 'al-2026-0042' });
    expect(filtered.rows.map((r) => r.seq)).toEqual([5, 4, 3, 2, 1]);
  });

  it('names a case event by its type and case, newest first', () => {
    const log = [
      entry(1, 'cases', sampleIds.caseId),
      entry(2, 'involvements', sampleIds.involvementId),
      entry(3, 'caseEvents', 'ev-hand-over'),
      entry(4, 'contacts', 'c-1'),
    ];
    const { rows, pages } = auditPage(log, lookup, { page: 0 });
    expect(pages).toBe(1);
    expect(rows.map((r) => r.seq)).toEqual([4, 3, 2, 1]);
    expect(rows[1]).toMatchObject({
      caseRef: 'AL-2026-0042',
      eventType: 'coordination.transferred',
    });
    expect(rows[2]).toMatchObject({ caseRef: 'AL-2026-0042', eventType: null });
    expect(rows[0]).toMatchObject({ table: 'contacts', caseRef: null, eventType: null });
  });

  it('keeps table and id for a record it cannot name (deleted, or not loaded)', () => {
    const { rows } = auditPage([entry(7, 'caseEvents', 'gone')], lookup, { page: 0 });
    expect(rows[0]).toMatchObject({ recordId: 'gone', caseRef: null, eventType: null });
  });

  it('pages from the newest, and clamps a page past the end', () => {
    const log = Array.from({ length: AUDIT_PAGE_SIZE * 2 + 3 }, (_, i) =>
      entry(i + 1, 'contacts', `c-${i}`),
    );
    const first = auditPage(log, lookup, { page: 0 });
    expect(first.pages).toBe(3);
    expect(first.rows[0]?.seq).toBe(log.length);
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    const last = auditPage(log, lookup, { page: 9 });
    expect(last.page).toBe(2);
    expect(last.rows.map((r) => r.seq)).toEqual([3, 2, 1]);
  });

  it('shows only one case’s entries when filtered by its reference', () => {
    const log = [
      entry(1, 'cases', sampleIds.caseId),
      entry(2, 'contacts', 'c-1'),
      entry(3, 'caseEvents', 'ev-hand-over'),
    ];
    const { rows } = auditPage(log, lookup, { page: 0, caseRef: ' al-2026-0042 ' });
    expect(rows.map((r) => r.seq)).toEqual([3, 1]);
    expect(auditPage(log, lookup, { page: 0, caseRef: 'AL-2025' }).rows).toEqual([]);
  });
});
