import { describe, expect, it } from 'vitest';
import { generateCases } from '../../../tests/generators/cases';
import { emptyFilters, filterRows, sortRows, toRow, type CaseRow } from './case-list-model';
import type { Deadline } from '../../../shared/workflow/deadlines';

const corpus = generateCases({ seed: 7, count: 400, vendors: 20 });
const byCase = new Map<string, typeof corpus.involvements>();
for (const i of corpus.involvements) byCase.set(i.caseId, [...(byCase.get(i.caseId) ?? []), i]);
const rows = corpus.cases.map((c) => toRow(c, byCase.get(c.id) ?? [], []));

const deadline = (ruleId: string, dueAt: string, state: Deadline['state']): Deadline =>
  ({ ruleId, dueAt, dueDate: dueAt.slice(0, 10), timeZone: 'Asia/Tokyo', state }) as Deadline;

describe('case list filters', () => {
  it('match the generator counts for each single filter', () => {
    for (const [state, n] of Object.entries(corpus.counts.byReportState)) {
      const f = { ...emptyFilters(), report: state as CaseRow['report'] };
      expect(filterRows(rows, f)).toHaveLength(n);
    }
    for (const [tlp, n] of Object.entries(corpus.counts.byTlp)) {
      expect(filterRows(rows, { ...emptyFilters(), tlp: tlp as CaseRow['tlp'] })).toHaveLength(n);
    }
    for (const [vendor, n] of Object.entries(corpus.counts.byVendor)) {
      expect(filterRows(rows, { ...emptyFilters(), vendor })).toHaveLength(n);
    }
  });

  it('combine with AND and with the search hits', () => {
    const key = Object.keys(corpus.counts.byStateTlpPriority)[0] ?? '';
    const [report, tlp, priority] = key.split('|') as [
      CaseRow['report'],
      CaseRow['tlp'],
      CaseRow['priority'],
    ];
    const f = { ...emptyFilters(), report, tlp, priority };
    expect(filterRows(rows, f)).toHaveLength(corpus.counts.byStateTlpPriority[key] ?? -1);
    const some = new Set(rows.slice(0, 10).map((r) => r.id));
    expect(filterRows(rows, emptyFilters(), some)).toHaveLength(10);
  });
});

describe('case rows', () => {
  it('count replied vendors and pick the earliest open deadline, worst state wins', () => {
    const kase = corpus.cases.find((c) => (byCase.get(c.id) ?? []).length >= 2);
    if (kase === undefined) throw new Error('corpus has no multi-vendor case');
    const invs = byCase.get(kase.id) ?? [];
    const row = toRow(kase, invs, [
      deadline('late', '2026-06-01T14:59:59.999Z', 'ok'),
      deadline('early', '2026-05-01T14:59:59.999Z', 'overdue'),
      deadline('done', '2026-01-01T14:59:59.999Z', 'met'),
    ]);
    expect(row.vendorsTotal).toBe(invs.length);
    expect(row.vendorsReplied).toBe(invs.filter((i) => i.lastReply !== null).length);
    expect(row.next?.ruleId).toBe('early');
    expect(row.deadlineState).toBe('overdue');
    expect(
      toRow(kase, invs, [deadline('done', '2026-01-01T00:00:00.000Z', 'met')]).deadlineState,
    ).toBe('none');
  });

  it('sort by any column both ways, ties broken by ref', () => {
    const asc = sortRows(rows, { key: 'tlp', desc: false });
    expect(asc[0]?.tlp).toBe('CLEAR');
    expect(asc.at(-1)?.tlp).toBe('RED');
    const desc = sortRows(rows, { key: 'ref', desc: true });
    expect(desc[0]?.ref).toBe(
      rows
        .map((r) => r.ref)
        .sort()
        .at(-1),
    );
    const withDeadline = [
      toRow(corpus.cases[0]!, [], [deadline('a', '2026-03-01T00:00:00.000Z', 'ok')]), // fixture exists: 400 cases
      toRow(corpus.cases[1]!, [], []), // fixture exists: 400 cases
    ];
    expect(sortRows(withDeadline, { key: 'next', desc: false })[1]?.next).toBeNull();
  });
});
