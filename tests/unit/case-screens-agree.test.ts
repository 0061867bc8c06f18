// Issue 24: a fact derived from a case is the same on every screen that shows it. Each
// screen's data is read here the way the screen reads it (the functions its hooks call),
// from one store: the case list, the dashboard and the calendar must give one answer.
import { describe, expect, it } from 'vitest';
import type { CaseEvent, CaseId } from '../../shared/model';
import { sampleCase, sampleInvolvement } from '../../shared/model/testing/fixtures';
import { acceptedCaseEvents, testUuid } from '../../shared/workflow/testing/test-events';
import { appendCaseEvents } from '../../renderer/store/case-writes';
import type { AirlockStore } from '../../renderer/store/open-store';
import { freshStore } from '../../renderer/store/testing/test-support';
import { caseViewOf } from '../../renderer/store/case-views';
import { caseRowsOf } from '../../renderer/features/cases/use-case-rows';
import { dispute, INV2, twoVendorEmbargo } from '../../shared/workflow/testing/extension-events';
import { emptyFilters, filterRows } from '../../renderer/features/cases/case-list-model';
import { dashboardData } from '../../renderer/features/dashboard/dashboard-data';
import { calendarEntriesOf } from '../../renderer/features/calendar/use-calendar-entries';

const TOKYO = 'Asia/Tokyo';

const withEvents = async (store: AirlockStore, events: readonly CaseEvent[]) => {
  const caseId = events[0]?.caseId as CaseId;
  const r = await appendCaseEvents(store, [{ caseId, events }]);
  if (!r.ok) throw new Error(r.error.message);
  return caseId;
};

/** What each screen says about one case at `now`. */
const screens = (store: AirlockStore, caseId: string, now: string, threshold = 5) => {
  const row = caseRowsOf(store, now).find((r) => r.id === caseId);
  const { view, silent } = dashboardData(store, now, threshold);
  const onDashboard = (items: readonly { case: { id: string } }[]) =>
    items.some((i) => i.case.id === caseId);
  return {
    list: row?.deadlineState ?? 'missing',
    dashboard: onDashboard(view.overdue)
      ? 'overdue'
      : onDashboard(view.dueSoon)
        ? 'due-soon'
        : Object.values(view.counts).reduce((a, b) => a + b, 0) > 0
          ? 'ok'
          : 'missing',
    calendar: calendarEntriesOf(store, now, TOKYO)
      .filter((e) => e.caseId === caseId && e.kind === 'deadline')
      .map((e) => e.state),
    silent: silent.filter((s) => s.case.id === caseId).map((s) => s.businessDays),
  };
};

describe('one answer on every screen (issue 24)', () => {
  it('a case on track is on track on the list, the dashboard and the calendar', async () => {
    const store = await freshStore();
    // Received Monday 16 Nov 2026 (JST); the finder's acknowledgement is due at the end of
    // 24 Nov (23 Nov is a holiday), "due soon" 2 days before it by the profile's rule.
    const caseId = await withEvents(store, acceptedCaseEvents('2026-11-16T01:00:00.000Z', null));

    const early = screens(store, caseId, '2026-11-18T01:00:00.000Z');
    expect(early).toMatchObject({ list: 'ok', dashboard: 'ok', calendar: ['ok'] });

    const close = screens(store, caseId, '2026-11-23T01:00:00.000Z');
    expect(close).toMatchObject({
      list: 'due-soon',
      dashboard: 'due-soon',
      calendar: ['due-soon'],
    });
  });

  it('a case from an older export (no creation event) appears on all three', async () => {
    const store = await freshStore();
    const kase = { ...sampleCase(), id: testUuid(0x501) as CaseId, ref: 'AL-2025-0007' };
    const written = await store.transact((tx) => {
      tx.put('cases', kase);
      tx.put('involvements', { ...sampleInvolvement(), caseId: kase.id });
    });
    expect(written.ok).toBe(true);

    // Received 20 Apr 2026 and never acknowledged: overdue months later, on every screen.
    const seen = screens(store, kase.id, '2026-11-18T01:00:00.000Z');
    expect(seen).toMatchObject({ list: 'overdue', dashboard: 'overdue', calendar: ['overdue'] });
  });

  it("a CERT/CC case counts a vendor's silence on its own calendar", async () => {
    const store = await freshStore();
    const certCc = acceptedCaseEvents(
      '2026-12-21T15:00:00.000Z',
      // Thursday 24 Dec 10:00 in New York (already Friday 25 Dec in Tokyo).
      '2026-12-24T15:00:00.000Z',
    ).map((e) =>
      e.type === 'case.created' ? { ...e, payload: { ...e.payload, policyProfile: 'cert-cc' } } : e,
    );
    const caseId = await withEvents(store, certCc);

    // Tuesday 5 Jan 2027 in New York. The CERT/CC calendar has weekends only: 25, 28–31 Dec,
    // 1, 4 and 5 Jan are 8 business days. (The Japanese calendar, with its year-end closure,
    // would say 4 and leave the vendor off the dashboard's list of silent vendors.)
    const now = '2027-01-05T15:00:00.000Z';
    expect(screens(store, caseId, now, 5).silent).toEqual([8]);
    // The case screen's vendor matrix reads the same rows.
    expect(caseViewOf(store, caseId, now)?.vendors.map((v) => v.status)).toEqual([
      { kind: 'no-reply', since: '2026-12-24T15:00:00.000Z', businessDays: 8 },
    ]);
  });

  it('a case whose agreed instant has passed reads "due" on the list and the case screen', async () => {
    const store = await freshStore();
    const agreedAt = '2026-06-12T01:00:00.000Z'; // 10:00 JST
    const caseId = await withEvents(
      store,
      acceptedCaseEvents('2026-04-20T01:00:00.000Z', '2026-04-28T00:30:00.000Z', 'software', [
        {
          type: 'embargo.proposed',
          at: '2026-05-01T00:00:00.000Z',
          payload: { date: agreedAt, zone: TOKYO, proposedBy: 'vendor' },
        },
        {
          type: 'embargo.agreed',
          at: '2026-05-02T00:00:00.000Z',
          payload: { date: agreedAt, zone: TOKYO },
        },
      ]),
    );
    // What the list's badge and filter read, and what the case header and the embargo
    // panel read (the case's view), at one "now".
    const shown = (now: string) => ({
      list: caseRowsOf(store, now).find((r) => r.id === caseId)?.embargo,
      header: caseViewOf(store, caseId, now)?.embargoState,
      panel: caseViewOf(store, caseId, now)?.embargo.kind,
    });
    expect(shown('2026-06-11T01:00:00.000Z')).toEqual({
      list: 'active',
      header: 'active',
      panel: 'active',
    });
    expect(shown('2026-06-12T02:00:00.000Z')).toEqual({ list: 'due', header: 'due', panel: 'due' });
    // The list's embargo filter finds it as due, not as active.
    const rows = caseRowsOf(store, '2026-06-12T02:00:00.000Z');
    const filtered = (embargo: 'active' | 'due') =>
      filterRows(rows, { ...emptyFilters(), embargo }).map((r) => r.id);
    expect(filtered('due')).toEqual([caseId]);
    expect(filtered('active')).toEqual([]);
  });

  it('a disputing vendor has answered on the list, the dashboard and the vendor table (F-F)', async () => {
    const store = await freshStore();
    // Two developers contacted, neither replied; then the second disputes the report.
    const before = await withEvents(store, twoVendorEmbargo());
    const now = '2026-05-20T00:00:00.000Z';
    const said = () => ({
      replied: caseRowsOf(store, now).find((r) => r.id === before)?.vendorsReplied,
      waiting: dashboardData(store, now, 5).view.waiting.map((w) => w.involvement.id),
      lastReply: caseViewOf(store, before, now)?.projection.involvements.map((i) => i.lastReply),
    });
    expect(said().replied).toBe(0);
    expect(said().waiting).toHaveLength(2);
    const disputedAt = '2026-05-10T00:00:00.000Z';
    const [disputed] = twoVendorEmbargo(dispute(disputedAt, INV2)).slice(-1);
    if (disputed === undefined) throw new Error('no dispute event');
    await withEvents(store, [disputed]);
    expect(said()).toEqual({
      replied: 1,
      waiting: [expect.not.stringMatching(INV2)],
      lastReply: [null, disputedAt],
    });
  });
});
