import { describe, expect, it } from 'vitest';
import type { CaseEvent, CaseId, EventId, InvolvementId } from '../../shared/model';
import { sampleContact } from '../../shared/model/testing/fixtures';
import { involvementRecord } from '../../shared/workflow/case-records';
import { emptyProjection } from '../../shared/workflow/projection';
import {
  acceptedSoftwareCase,
  involvementIds,
  TEST_CASE_ID,
  testUuid,
  timeline,
} from '../../shared/workflow/testing/test-events';
import { foldEvents } from '../../shared/workflow/timeline';
import { appendCaseEvents, type CaseAppend } from './case-writes';
import type { AirlockStore } from './open-store';
import { freshStore, makeCase, snapshotRepos } from './testing/test-support';

/** Later events of the test case, each with an id of its own (after the accepted case's). */
let next = 100;
const later = () => timeline(TEST_CASE_ID, (next += 1));

const note = (at: string, text = 'called the vendor'): CaseEvent =>
  later()({ type: 'note.added', at, payload: { text, internal: true } });

const retitle = (at: string, title: string, caseId: CaseId = TEST_CASE_ID): CaseEvent =>
  timeline(caseId, (next += 1))({ type: 'case.updated', at, payload: { title } });

const unknownContact = (at: string): CaseEvent =>
  later()({
    type: 'vendor.contact-attempted',
    at,
    payload: { involvementId: testUuid(0xeee) as InvolvementId, channel: 'email' },
  });

/** A store holding the accepted software case of the workflow tests. */
const storeWithCase = async () => {
  const store = await freshStore();
  const history = acceptedSoftwareCase();
  const r = await appendCaseEvents(store, [{ caseId: TEST_CASE_ID, events: history }]);
  if (!r.ok) throw new Error(r.error.message);
  return { store, history };
};

/** Everything a reader of the store could see, byte for byte and in memory. */
const stateOf = async (store: AirlockStore) => ({
  digest: await store.storeDigest(),
  memory: snapshotRepos(store),
  audit: store.repos.audit.all().length,
});

describe('appendCaseEvents', () => {
  it('stores the events with the case and involvements the engine folds from them', async () => {
    const { store, history } = await storeWithCase();
    const folded = foldEvents(history);
    expect(folded.case).not.toBeNull();
    expect(store.repos.caseEvents.byCase(TEST_CASE_ID)).toHaveLength(history.length);
    expect(store.repos.cases.get(TEST_CASE_ID)).toEqual(folded.case);
    expect(store.repos.involvements.byCase(TEST_CASE_ID)).toEqual(
      folded.involvements.map(involvementRecord),
    );
    expect(store.repos.involvements.get(involvementIds[0] ?? '')).toMatchObject({
      status: 'contacted',
    });

    const added = retitle('2026-04-29T00:00:00.000Z', 'Stored XSS in the admin panel');
    const r = await appendCaseEvents(store, [{ caseId: TEST_CASE_ID, events: [added] }]);
    const all = foldEvents([...history, added]);
    expect(r).toEqual({ ok: true, value: [all] });
    expect(store.repos.cases.get(TEST_CASE_ID)).toEqual(all.case);
    expect(store.repos.cases.get(TEST_CASE_ID)?.title).toBe('Stored XSS in the admin panel');
  });

  it('writes the action’s other records in the same transaction, after the fold', async () => {
    const { store } = await storeWithCase();
    const contact = sampleContact();
    const seen: number[] = [];
    const r = await appendCaseEvents(
      store,
      [{ caseId: TEST_CASE_ID, events: [note('2026-04-29T00:00:00.000Z')] }],
      (tx, projections) => {
        seen.push(projections.length);
        tx.put('contacts', contact);
      },
    );
    expect(r.ok).toBe(true);
    expect(seen).toEqual([1]);
    expect(store.repos.contacts.get(contact.id)).toEqual(contact);
  });

  it('keeps the audit chain whole: one entry per record written', async () => {
    const { store, history } = await storeWithCase();
    const audit = store.repos.audit.all();
    const tables = audit.map((e) => e.table);
    expect(tables.filter((t) => t === 'caseEvents')).toHaveLength(history.length);
    expect(tables.filter((t) => t === 'cases')).toHaveLength(1);
    expect(tables.filter((t) => t === 'involvements')).toHaveLength(1);
    await appendCaseEvents(store, [
      { caseId: TEST_CASE_ID, events: [note('2026-04-29T00:00:00.000Z')] },
    ]);
    expect(await store.verifyAuditLog()).toEqual({
      ok: true,
      value: {
        ok: true,
        entries: store.repos.audit.all().length,
        head: expect.any(String) as unknown,
      },
    });
  });

  it('writes only the records an append changes, and stores what writing the whole fold did', async () => {
    const { store, history } = await storeWithCase();
    const [first, second, third] = involvementIds as [InvolvementId, InvolvementId, InvolvementId];
    const vendors = [second, third].map((involvementId, k) =>
      later()({
        type: 'involvement.added',
        at: `2026-04-29T00:00:0${k}.000Z`,
        payload: { involvementId, contactId: testUuid(0xc2 + k) as never, role: 'developer' },
      }),
    );
    const added = await appendCaseEvents(store, [{ caseId: TEST_CASE_ID, events: vendors }]);
    expect(added.ok).toBe(true);
    const kase = store.repos.cases.get(TEST_CASE_ID);
    const seen = store.repos.audit.all().length;
    // The second vendor contacted: its event and its involvement are written, nothing else.
    const mark = later()({
      type: 'vendor.contact-attempted',
      at: '2026-04-30T00:00:00.000Z',
      payload: { involvementId: second, channel: 'email' },
    });
    const r = await appendCaseEvents(store, [{ caseId: TEST_CASE_ID, events: [mark] }]);
    expect(r.ok).toBe(true);
    const written = store.repos.audit
      .all()
      .slice(seen)
      .filter((e) => e.table !== 'meta')
      .map((e) => [e.table, e.recordId]);
    expect(written).toEqual([
      ['caseEvents', mark.id],
      ['involvements', second],
    ]);
    expect(store.repos.cases.get(TEST_CASE_ID)).toBe(kase);
    // The same records, in the same order, as when every record of the fold was written.
    const all = foldEvents([...history, ...vendors, mark]);
    expect(store.repos.cases.get(TEST_CASE_ID)).toEqual(all.case);
    expect(store.repos.involvements.byCase(TEST_CASE_ID)).toEqual(
      all.involvements.map(involvementRecord),
    );
    expect(store.repos.involvements.byCase(TEST_CASE_ID).map((i) => i.id)).toEqual([
      first,
      second,
      third,
    ]);
    expect(store.repos.involvements.get(second)?.status).toBe('contacted');
    expect(await store.verifyAuditLog()).toMatchObject({ ok: true, value: { ok: true } });
  });

  it('an event the engine refuses leaves the store unchanged, extra records included', async () => {
    const { store } = await storeWithCase();
    const before = await stateOf(store);
    const refused = unknownContact('2026-04-29T00:00:00.000Z');
    const r = await appendCaseEvents(store, [{ caseId: TEST_CASE_ID, events: [refused] }], (tx) =>
      tx.put('contacts', sampleContact()),
    );
    expect(r).toEqual({
      ok: false,
      error: {
        source: 'workflow',
        code: 'unknown-involvement',
        message: expect.any(String) as unknown,
        eventId: refused.id,
      },
    });
    expect(await stateOf(store)).toEqual(before);
    expect(await store.verifyAuditLog()).toMatchObject({ ok: true, value: { ok: true } });
  });

  it('a backdated event that breaks a stored one is refused, naming the stored event', async () => {
    const { store, history } = await storeWithCase();
    const before = await stateOf(store);
    const closed = later()({
      type: 'case.closed',
      at: '2026-04-25T00:00:00.000Z',
      payload: { reason: 'other', note: '' },
    });
    const contacted = history.at(-1);
    const r = await appendCaseEvents(store, [{ caseId: TEST_CASE_ID, events: [closed] }]);
    expect(r).toMatchObject({
      ok: false,
      error: { source: 'workflow', code: 'case-closed', eventId: contacted?.id },
    });
    expect(await stateOf(store)).toEqual(before);
  });

  it('with `keep`, a refused event is stored but stays out of the case', async () => {
    const { store, history } = await storeWithCase();
    const kase = store.repos.cases.get(TEST_CASE_ID);
    const refused = unknownContact('2026-04-29T00:00:00.000Z');
    const r = await appendCaseEvents(store, [
      { caseId: TEST_CASE_ID, events: [refused], rejected: 'keep' },
    ]);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value[0]?.rejected.map((x) => [x.eventId, x.error.code])).toEqual([
      [refused.id, 'unknown-involvement'],
    ]);
    expect(store.repos.caseEvents.get(refused.id)).toEqual(refused);
    expect(store.repos.cases.get(TEST_CASE_ID)).toEqual(kase);
    expect(store.repos.caseEvents.byCase(TEST_CASE_ID)).toHaveLength(history.length + 1);
  });

  it('refuses an event of another case, and writes nothing of any case in the batch', async () => {
    const { store } = await storeWithCase();
    const before = await stateOf(store);
    const other = '11111111-1111-4111-8111-111111111111' as CaseId;
    const stray = timeline(
      other,
      200,
    )({
      type: 'note.added',
      at: '2026-04-29T00:00:00.000Z',
      payload: { text: 'wrong case', internal: true },
    });
    const appends: CaseAppend[] = [
      { caseId: TEST_CASE_ID, events: [note('2026-04-29T00:00:00.000Z')] },
      { caseId: TEST_CASE_ID, events: [stray] },
    ];
    const r = await appendCaseEvents(store, appends);
    expect(r).toMatchObject({
      ok: false,
      error: { source: 'workflow', code: 'wrong-case', eventId: stray.id },
    });
    expect(await stateOf(store)).toEqual(before);
  });

  it('a record the store refuses is a store error, and nothing is written', async () => {
    const { store } = await storeWithCase();
    const before = await stateOf(store);
    const malformed = { ...note('2026-04-29T00:00:00.000Z'), actor: '' };
    const r = await appendCaseEvents(store, [{ caseId: TEST_CASE_ID, events: [malformed] }]);
    expect(r).toMatchObject({ ok: false, error: { source: 'store', code: 'record.invalid' } });
    expect(await stateOf(store)).toEqual(before);

    const changed = { ...note('2026-04-30T00:00:00.000Z'), id: testUuid(1) as EventId };
    const reused = await appendCaseEvents(store, [{ caseId: TEST_CASE_ID, events: [changed] }]);
    expect(reused.ok).toBe(false);
    expect(await stateOf(store)).toEqual(before);
  });

  it('the same events again append nothing and leave the case as it was', async () => {
    const { store, history } = await storeWithCase();
    const records = () =>
      Object.entries(snapshotRepos(store)).filter(([table]) => table !== 'audit');
    const before = records();
    const r = await appendCaseEvents(store, [{ caseId: TEST_CASE_ID, events: history }]);
    expect(r.ok).toBe(true);
    expect(records()).toEqual(before);
    expect(store.repos.caseEvents.byCase(TEST_CASE_ID)).toHaveLength(history.length);
  });

  it('a locked vault is a store error', async () => {
    const { store } = await storeWithCase();
    store.lock();
    const r = await appendCaseEvents(store, [
      { caseId: TEST_CASE_ID, events: [note('2026-04-29T00:00:00.000Z')] },
    ]);
    expect(r).toMatchObject({ ok: false, error: { source: 'store', code: 'vault.locked' } });
  });

  it('a case with no stored events is folded onto its record when a base is given', async () => {
    const store = await freshStore();
    const kase = makeCase(1);
    await store.repos.cases.put(kase);
    const added = retitle('2026-04-29T00:00:00.000Z', 'Renamed after the old export', kase.id);
    const withoutBase = await appendCaseEvents(store, [{ caseId: kase.id, events: [added] }]);
    expect(withoutBase).toMatchObject({ ok: false, error: { code: 'case-not-created' } });

    const base = { ...emptyProjection(), case: kase };
    const r = await appendCaseEvents(store, [{ caseId: kase.id, events: [added], base }]);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value[0]?.appliedCount).toBe(1);
    expect(store.repos.cases.get(kase.id)).toEqual(r.value[0]?.case);
    expect(store.repos.cases.get(kase.id)?.title).toBe('Renamed after the old export');

    // The next write on it, with the stored record as its base again, works too.
    const later = retitle('2026-04-30T00:00:00.000Z', 'Renamed again', kase.id);
    const stored = store.repos.cases.get(kase.id);
    if (stored === undefined) throw new Error('case lost');
    const again = await appendCaseEvents(store, [
      { caseId: kase.id, events: [later], base: { ...emptyProjection(), case: stored } },
    ]);
    expect(again.ok).toBe(true);
    expect(store.repos.cases.get(kase.id)?.title).toBe('Renamed again');
  });
});
