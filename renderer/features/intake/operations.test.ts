// Intake's operation over a real store: the new case, its report and its PoC attachment in
// one write; a second case under a ref already taken is refused whole.
import { describe, expect, it } from 'vitest';
import { emptyTriageChecklist, newAttachmentId, type AttachmentId } from '../../../shared/model';
import { bindOperations } from '../../app/operations';
import { depsOf } from '../../app/testing/operation-deps';
import { freshStore } from '../../store/testing/test-support';
import { buildIntakeRecords } from './create-case';
import { emptyIntakeForm, toReport } from './intake-form';
import { intakeOperations } from './operations';
import { findDuplicates } from './duplicate-candidates';

const NOW = '2026-11-20T01:00:00.000Z';

const records = (
  attachmentIds: AttachmentId[],
  keys?: Parameters<typeof buildIntakeRecords>[0]['keys'],
) => {
  const values = emptyIntakeForm('2026-11-20', emptyTriageChecklist());
  return buildIntakeRecords({
    ref: 'AL-2026-0001',
    title: 'SQL injection in Example CMS',
    tlp: 'AMBER',
    policyProfile: 'jpcert-cc',
    report: toReport(
      {
        ...values,
        title: 'SQL injection in Example CMS',
        reporter: { ...values.reporter, name: 'Taro', contact: 'taro@example.jp' },
        product: { ...values.product, name: 'Example CMS' },
      },
      '2026-11-19T15:00:00.000Z',
      attachmentIds,
    ),
    decision: {
      decision: 'accept',
      reasons: ['meets-criteria'],
      priority: { level: 'normal', reasons: [] },
      note: '',
      letter: 'Dear Taro, …',
    },
    ...(keys === undefined ? {} : { keys }),
  });
};

describe('intake operations', () => {
  it('creates the case with its report and PoC file; a taken ref is refused whole', async () => {
    const store = await freshStore();
    const ops = bindOperations(intakeOperations, depsOf(store));
    const fileId = newAttachmentId();
    const poc = { id: fileId, name: 'poc.html', bytes: new TextEncoder().encode('<script>') };
    const first = records([fileId]);
    const created = await ops.createCase({ records: first, files: [poc], now: NOW });
    expect(created).toEqual({ ok: true, value: first.caseId });
    expect(store.repos.cases.get(first.caseId)?.states.report).toBe('accepted');
    expect(store.repos.reports.byCase(first.caseId)).toHaveLength(1);
    expect(store.attachments.list.byCase(first.caseId).map((a) => a.name)).toEqual(['poc.html']);

    const digest = await store.storeDigest();
    const again = await ops.createCase({ records: records([]), files: [], now: NOW });
    expect(again.ok).toBe(false);
    expect(await store.storeDigest()).toBe(digest);
  });

  it('keeps the PURL and CWE typed at intake on the case, where the next report finds it', async () => {
    const store = await freshStore();
    const ops = bindOperations(intakeOperations, depsOf(store));
    const typed = records([], {
      identifiers: ['pkg:npm/example-cms@4.2.0', 'not-an-identifier'],
      cves: [],
      cwes: ['CWE-89'],
    });
    expect((await ops.createCase({ records: typed, files: [], now: NOW })).ok).toBe(true);
    const [kept] = store.repos.vulnerabilities.byCase(typed.caseId);
    expect(kept?.affected.map((a) => a.identifier)).toEqual(['pkg:npm/example-cms@4.2.0']);
    expect(kept?.cwe).toBe('CWE-89');
    const next = { identifiers: ['pkg:npm/example-cms@4.2.0'], cves: [], cwes: [] };
    expect(findDuplicates(store, next, '').map((c) => [c.ref, c.suggested])).toEqual([
      ['AL-2026-0001', 'duplicate'],
    ]);
  });

  it('refuses, writing nothing, a blank reporter name or a report received after it is recorded', async () => {
    const store = await freshStore();
    const ops = bindOperations(intakeOperations, depsOf(store));
    const digest = await store.storeDigest();
    const nameless = records([]);
    const report = nameless.report;
    if (report === null) throw new Error('a finder report');
    const blank = {
      ...nameless,
      report: { ...report, reporter: { ...report.reporter, name: ' ' } },
    };
    const refused = await ops.createCase({ records: blank, files: [], now: NOW });
    expect(refused).toMatchObject({ ok: false, error: { code: 'reporter-name-blank' } });
    const future = records([]);
    future.commands = future.commands.map((c) =>
      c.type === 'report.received'
        ? { ...c, payload: { ...c.payload, receivedAt: '2030-01-01T00:00:00.000Z' } }
        : c,
    );
    const late = await ops.createCase({ records: future, files: [], now: NOW });
    expect(late).toMatchObject({ ok: false, error: { code: 'received-in-future' } });
    expect(await store.storeDigest()).toBe(digest);
  });
});
