// The case screens' operations without React: a planned note written with its events, a
// plan the engine refused written as nothing, the list's saved filters kept encrypted.
import { describe, expect, it } from 'vitest';
import { bindOperations } from '../../app/operations';
import { depsOf } from '../../app/testing/operation-deps';
import { appendCaseEvents } from '../../store/case-writes';
import { freshStore } from '../../store/testing/test-support';
import {
  acceptedSoftwareCase,
  projectionOfEvents,
  TEST_CASE_ID,
} from '../../../shared/workflow/testing/test-events';
import { planCommands } from './case-commands';
import { caseOperations } from './operations';

const by = { actor: 'analyst', now: '2026-05-02T00:00:00.000Z' };

async function storeWithCase() {
  const store = await freshStore();
  const written = await appendCaseEvents(store, [
    { caseId: TEST_CASE_ID, events: acceptedSoftwareCase() },
  ]);
  if (!written.ok) throw new Error(written.error.message);
  return { store, ops: bindOperations(caseOperations, depsOf(store)) };
}

describe('case operations', () => {
  it('writes a planned note with its event, which the timeline then holds', async () => {
    const { store, ops } = await storeWithCase();
    const projection = projectionOfEvents(store.repos.caseEvents.byCase(TEST_CASE_ID));
    const planned = planCommands(
      projection,
      [{ type: 'note.added', payload: { text: 'Called the vendor', internal: true } }],
      by,
    );
    expect(await ops.commitPlan({ caseId: TEST_CASE_ID, planned })).toEqual({
      ok: true,
      value: undefined,
    });
    const last = store.repos.caseEvents.byCase(TEST_CASE_ID).at(-1);
    expect(last).toMatchObject({ type: 'note.added', payload: { text: 'Called the vendor' } });
  });

  it('a plan the engine refused is reported with its code and writes nothing', async () => {
    const { store, ops } = await storeWithCase();
    const projection = projectionOfEvents(store.repos.caseEvents.byCase(TEST_CASE_ID));
    const planned = planCommands(
      projection,
      [
        {
          type: 'embargo.agreed',
          payload: { date: '2026-07-01T00:00:00.000Z', zone: 'Asia/Tokyo' },
        },
      ],
      by,
    );
    const digest = await store.storeDigest();
    const r = await ops.commitPlan({ caseId: TEST_CASE_ID, planned });
    expect(r).toMatchObject({ ok: false, error: { code: 'illegal-embargo-transition' } });
    expect(await store.storeDigest()).toBe(digest);
  });

  it('saves the list’s named filters in the settings record, and refuses a nameless one', async () => {
    const { store, ops } = await storeWithCase();
    const filters = {
      report: null,
      embargo: null,
      tlp: 'AMBER' as const,
      priority: null,
      vendor: null,
      deadline: 'overdue' as const,
      profile: null,
    };
    const saved = await ops.saveFilters({
      filters: [{ name: 'Overdue amber', query: 'router', filters }],
      language: 'ja',
    });
    expect(saved.ok).toBe(true);
    expect(store.repos.settings.all()[0]?.savedCaseFilters.map((f) => f.name)).toEqual([
      'Overdue amber',
    ]);
    const digest = await store.storeDigest();
    const refused = await ops.saveFilters({
      filters: [{ name: '  ', query: '', filters }],
      language: 'ja',
    });
    expect(refused.ok).toBe(false);
    expect(await store.storeDigest()).toBe(digest);
  });
});
