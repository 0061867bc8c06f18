// Saving an advisory draft as the editor does: the draft and the events it implies, in one
// transaction; a refused event leaves no draft behind.
import { describe, expect, it } from 'vitest';
import { sampleDraft } from '../../../shared/advisory/testing/sample-draft';
import type { CaseId } from '../../../shared/model';
import {
  acceptedSoftwareCase,
  TEST_CASE_ID,
  timeline,
} from '../../../shared/workflow/testing/test-events';
import { bindOperations } from '../../app/operations';
import { depsOf } from '../../app/testing/operation-deps';
import { appendCaseEvents } from '../../store/case-writes';
import { freshStore } from '../../store/testing/test-support';
import { advisoryOperations } from './operations';

const NOW = new Date('2026-05-02T00:00:00.000Z');

async function storeWithCase() {
  const store = await freshStore();
  const written = await appendCaseEvents(store, [
    { caseId: TEST_CASE_ID, events: acceptedSoftwareCase() },
  ]);
  if (!written.ok) throw new Error(written.error.message);
  return { store, ops: bindOperations(advisoryOperations, depsOf(store)) };
}

const draftOf = (caseId: CaseId) => {
  const d = sampleDraft();
  return { ...d, case: { ...d.case, id: caseId } };
};

describe('advisory operations', () => {
  it('stores the draft and gives the case the advisory ID it chose', async () => {
    const { store, ops } = await storeWithCase();
    const draft = draftOf(TEST_CASE_ID);
    const r = await ops.saveDraft({
      caseId: TEST_CASE_ID,
      draft,
      events: [
        {
          type: 'advisory.changed',
          payload: { draftId: draft.id, status: 'draft' },
        },
      ],
      now: NOW,
    });
    expect(r).toEqual({ ok: true, value: undefined });
    expect(store.repos.advisoryDrafts.byCase(TEST_CASE_ID).map((d) => d.id)).toEqual([draft.id]);
    expect(store.repos.cases.get(TEST_CASE_ID)?.advisoryId).toBe('JVN#87654321');
  });

  it('a draft for a case that does not exist is refused, and nothing is stored', async () => {
    const { store, ops } = await storeWithCase();
    const other = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e' as CaseId;
    const digest = await store.storeDigest();
    const r = await ops.saveDraft({ caseId: other, draft: draftOf(other), events: [], now: NOW });
    expect(r.ok).toBe(false);
    expect(await store.storeDigest()).toBe(digest);
  });

  it('withdraws a published advisory: the event, and the stored draft with its history', async () => {
    const { store, ops } = await storeWithCase();
    const note = { ja: '再現できませんでした', en: 'Could not be reproduced' };
    const command = { type: 'advisory.withdrawn' as const, payload: { note } };
    const draft = { ...draftOf(TEST_CASE_ID), status: 'final' as const };
    const early = await ops.withdraw({ caseId: TEST_CASE_ID, draft, command, now: NOW });
    expect(early.ok || early.error.code).toBe('advisory-not-published');
    expect(store.repos.advisoryDrafts.byCase(TEST_CASE_ID)).toEqual([]);
    const published = timeline(
      TEST_CASE_ID,
      90,
    )({
      type: 'published',
      at: '2026-05-01T00:00:00.000Z',
      payload: { advisoryId: null, url: '' },
    });
    const p = await appendCaseEvents(store, [{ caseId: TEST_CASE_ID, events: [published] }]);
    expect(p.ok).toBe(true);
    const r = await ops.withdraw({ caseId: TEST_CASE_ID, draft, command, now: NOW });
    expect(r).toEqual({ ok: true, value: undefined });
    const [stored] = store.repos.advisoryDrafts.byCase(TEST_CASE_ID);
    expect(stored?.withdrawal).toMatchObject({ kind: 'withdrawn', reason: note });
    expect(stored?.revisions.map((x) => x.summary.en)).toEqual([
      'Initial release',
      'Advisory withdrawn',
    ]);
    const types = store.repos.caseEvents.byCase(TEST_CASE_ID).map((e) => e.type);
    expect(types.at(-1)).toBe('advisory.withdrawn');
  });
});
