import { describe, expect, it } from 'vitest';
import type { CaseEvent, InvolvementId } from '../../shared/model';
import type { CaseCommand } from '../../shared/workflow';
import {
  acceptedSoftwareCase,
  involvementIds,
  TEST_CASE_ID,
  timeline,
} from '../../shared/workflow/testing/test-events';
import { foldEvents } from '../../shared/workflow/timeline';
import { appendCaseEvents, type CaseAppend } from './case-writes';
import { caseViewOf, caseViewsOf } from './case-views';
import type { AirlockStore } from './open-store';
import { rememberFold, storedFoldOf } from './stored-folds';
import { freshStore, PASSPHRASE } from './testing/test-support';

const NOW = '2026-05-20T01:00:00.000Z';
const by = { actor: 'analyst', now: NOW };
const inv = involvementIds[0] as InvolvementId;
let next = 200;
const note = (at: string): CaseEvent =>
  timeline(
    TEST_CASE_ID,
    (next += 1),
  )({
    type: 'note.added',
    at,
    payload: { text: 'called the vendor again', internal: true },
  });
const retitle = (at: string): CaseEvent =>
  timeline(
    TEST_CASE_ID,
    (next += 1),
  )({
    type: 'case.updated',
    at,
    payload: { title: 'Stored XSS in the admin panel' },
  });
const command = (c: CaseCommand): CaseAppend => ({ caseId: TEST_CASE_ID, commands: [c], by });
const unreachable = command({
  type: 'vendor.unreachable',
  payload: { involvementId: inv, reason: 'no answer' },
});
const reachable = command({
  type: 'vendor.contact-attempted',
  payload: { involvementId: inv, channel: 'email' },
});

/** A store holding the accepted case, locked and unlocked again: its timeline is read back
 *  from the vault (new objects), so the write path's own fold memo does not know it, as after
 *  an analyst's unlock. */
const unlockedStore = async () => {
  const store = await freshStore();
  const r = await appendCaseEvents(store, [
    { caseId: TEST_CASE_ID, events: acceptedSoftwareCase() },
  ]);
  if (!r.ok) throw new Error(r.error.message);
  await relock(store);
  return store;
};
const relock = async (store: AirlockStore) => {
  store.lock();
  const unlocked = await store.unlock(PASSPHRASE);
  if (!unlocked.ok) throw new Error(unlocked.error.message);
};

/** The append, and what a cold fold of the stored timeline after it gives. */
const write = async (store: AirlockStore, append: CaseAppend) => {
  const r = await appendCaseEvents(store, [append]);
  if (!r.ok) throw new Error(r.error.message);
  const cold = foldEvents(store.repos.caseEvents.byCase(TEST_CASE_ID));
  return { planned: r.value[0], cold };
};

describe("the write path planning on the case view's fold", () => {
  it('keeps a fold only of a frozen list, which cannot grow after it was folded', () => {
    const events = acceptedSoftwareCase();
    const folded = foldEvents(events);
    rememberFold(events, folded);
    expect(storedFoldOf(events)).toBeUndefined();
    const frozen = Object.freeze([...events]);
    rememberFold(frozen, folded);
    expect(storedFoldOf(frozen)).toEqual({ events: frozen, folded });
  });

  it('plans the first change after the case is opened as a cold fold does', async () => {
    const store = await unlockedStore();
    const stored = store.repos.caseEvents.byCase(TEST_CASE_ID);
    // The list's views of every case offer nothing; the case opened does.
    caseViewsOf(store, NOW);
    expect(storedFoldOf(stored)).toBeUndefined();
    const view = caseViewOf(store, TEST_CASE_ID, NOW);
    // The view's fold is offered for this very list, and is the cold fold of it.
    expect(storedFoldOf(stored)?.folded).toEqual(foldEvents(stored));
    expect(storedFoldOf([...stored])).toBeUndefined();
    const { planned, cold } = await write(store, unreachable);
    expect(planned).toEqual(cold);
    expect(planned?.involvements[0]?.status).toBe('unreachable');
    expect(view?.vendors[0]?.status.kind).not.toBe('unreachable');
    // The view carried on to the written timeline gives the same case.
    expect(caseViewOf(store, TEST_CASE_ID, NOW)?.vendors[0]?.status.kind).toBe('unreachable');
  });

  it('after another write the view has not seen, and after lock and unlock', async () => {
    const store = await unlockedStore();
    caseViewOf(store, TEST_CASE_ID, NOW);
    // Written without the view asked again, one event dated before the last: the planner's
    // memo folds the grown timeline afresh, and must not plan on the view's fold of the list
    // before it (which lacks the retitle).
    const retitled = await write(store, {
      caseId: TEST_CASE_ID,
      events: [retitle('2026-04-21T00:00:00.500Z')],
    });
    expect(retitled.planned).toEqual(retitled.cold);
    const second = await write(store, unreachable);
    expect(second.planned).toEqual(second.cold);
    expect(second.planned?.case?.title).toBe('Stored XSS in the admin panel');
    expect(second.planned?.involvements[0]?.status).toBe('unreachable');

    // Opened, then locked and unlocked: the timeline is read back; the view's fold of the
    // list before the lock is not the stored timeline's any more.
    caseViewOf(store, TEST_CASE_ID, NOW);
    await relock(store);
    const third = await write(store, reachable);
    expect(third.planned).toEqual(third.cold);
    // Opened after the unlock: its fold is planned on, and still the cold fold.
    caseViewOf(store, TEST_CASE_ID, NOW);
    await relock(store);
    caseViewOf(store, TEST_CASE_ID, NOW);
    const fourth = await write(store, {
      caseId: TEST_CASE_ID,
      events: [note('2026-05-21T00:00:00.000Z')],
    });
    expect(fourth.planned).toEqual(fourth.cold);
    expect(fourth.cold.rejected).toEqual([]);
  });
});
