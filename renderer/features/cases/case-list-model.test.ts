import { describe, expect, it } from 'vitest';
import { generateCases } from '../../../tests/generators/cases';
import type { Case } from '../../../shared/model';
import { caseView } from '../../../shared/workflow/case-view';
import { emptyFilters, filterRows, sortRows, toRow, type CaseRow } from './case-list-model';

const corpus = generateCases({ seed: 7, count: 400, vendors: 20 });
const byCase = new Map<string, typeof corpus.involvements>();
for (const i of corpus.involvements) byCase.set(i.caseId, [...(byCase.get(i.caseId) ?? []), i]);
const eventsOf = new Map<string, typeof corpus.events>();
for (const e of corpus.events) eventsOf.set(e.caseId, [...(eventsOf.get(e.caseId) ?? []), e]);
const NOW = '2026-07-01T00:00:00.000Z';
const viewOf = (kase: Case, now = NOW) =>
  caseView(
    {
      kase,
      involvements: byCase.get(kase.id) ?? [],
      events: eventsOf.get(kase.id) ?? [],
      messages: [],
    },
    now,
  );
const rows = corpus.cases.map((c) => toRow(viewOf(c)));

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
  it("count replied vendors and show the view's next deadline and its worst state", () => {
    const kase = corpus.cases.find((c) => (byCase.get(c.id) ?? []).length >= 2);
    if (kase === undefined) throw new Error('corpus has no multi-vendor case');
    const invs = byCase.get(kase.id) ?? [];
    const view = viewOf(kase);
    const row = toRow(view);
    expect(row.vendorsTotal).toBe(invs.length);
    expect(row.vendorsReplied).toBe(invs.filter((i) => i.lastReply !== null).length);
    expect(row.next?.ruleId).toBe(view.open[0]?.ruleId);
    expect(row.next?.dueAt).toBe(view.open[0]?.dueAt);
    expect(row.deadlineState).toBe(view.deadlineState);
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
    const dated = rows.find((r) => r.next !== null);
    const undated = rows.find((r) => r.next === null);
    if (dated === undefined || undated === undefined) throw new Error('corpus lacks a kind');
    expect(sortRows([undated, dated], { key: 'next', desc: false })[1]?.next).toBeNull();
  });
});
