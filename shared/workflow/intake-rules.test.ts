// A new analyst typed a title of spaces, a reporter name of spaces and a received date three
// years ahead, and the case was created. The rule is the engine's: the screen, a bundle from
// a partner and a case document given to the CLI meet it; a case stored earlier still folds.
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../model';
import { planImport } from '../exchange/bundle/plan';
import { sampleCase, sampleDocument } from '../exchange/bundle/testing/sample-case';
import { planAppend } from './append';
import { foldCaseDocument } from './case-document';
import {
  documentIntakeRefusal,
  intakeEventRefusal,
  isIntakeRefusal,
  receivedDayInFuture,
  reporterRefusal,
} from './intake-rules';
import { created, TEST_CASE_ID, testUuid, timeline } from './testing/test-events';
import { foldEvents } from './timeline';

const AT = '2026-12-07T20:01:00.000Z'; // 2026-12-08 05:01 JST

const newCase = (title: string, receivedAt: string): CaseEvent[] => {
  const ev = timeline();
  const c = created(AT);
  return [
    ev({ ...c, payload: { ...c.payload, title } } as typeof c),
    ev({
      type: 'report.received',
      at: '2026-12-07T20:01:00.001Z',
      payload: { reportId: testUuid(1) as never, receivedAt },
    }),
  ];
};

describe('a new case must say what it is, who reported it and when', () => {
  it('refuses a blank title (spaces, full-width spaces) and a report received after it was recorded', () => {
    const [blank] = newCase('    ', '2026-12-07T00:00:00.000Z');
    const [ideographic] = newCase('\u3000 \t', '2026-12-07T00:00:00.000Z');
    expect(intakeEventRefusal(blank as CaseEvent)?.code).toBe('case-title-blank');
    expect(intakeEventRefusal(ideographic as CaseEvent)?.code).toBe('case-title-blank');
    const [, future] = newCase('Router RCE', '2030-01-01T00:00:00.000Z');
    expect(intakeEventRefusal(future as CaseEvent)).toMatchObject({ code: 'received-in-future' });
    const [ok, received] = newCase('Router RCE', '2026-12-07T20:01:00.000Z');
    expect(intakeEventRefusal(ok as CaseEvent)).toBeNull();
    // Received at the very instant it is recorded (intake "today") is not in the future.
    expect(intakeEventRefusal(received as CaseEvent)).toBeNull();
  });

  it('refuses a retitle to spaces, not a case update that leaves the title alone', () => {
    const ev = timeline(TEST_CASE_ID, 5);
    const retitle = (title?: string): CaseEvent =>
      ev({
        type: 'case.updated',
        at: AT,
        payload: title === undefined ? { tlp: 'RED' } : { title },
      });
    expect(intakeEventRefusal(retitle(' '))?.code).toBe('case-title-blank');
    expect(intakeEventRefusal(retitle('New title'))).toBeNull();
    expect(intakeEventRefusal(retitle())).toBeNull();
  });

  it('the received day is compared with today in the profile zone, from a given now', () => {
    // 2026-12-07 20:01 UTC is already 2026-12-08 in Tokyo.
    expect(receivedDayInFuture('2026-12-08', AT, 'Asia/Tokyo')).toBe(false);
    expect(receivedDayInFuture('2026-12-09', AT, 'Asia/Tokyo')).toBe(true);
    expect(receivedDayInFuture('2026-12-08', AT, 'UTC')).toBe(true);
    expect(receivedDayInFuture('2030-01-01', AT, 'Asia/Tokyo')).toBe(true);
  });

  it('refuses a blank reporter name', () => {
    expect(reporterRefusal({ name: '   ' })?.code).toBe('reporter-name-blank');
    expect(reporterRefusal({ name: ' 山田 太郎 ' })).toBeNull();
    expect(isIntakeRefusal('reporter-name-blank')).toBe(true);
    expect(isIntakeRefusal('embargo-active')).toBe(false);
  });

  it('planAppend refuses such events in either mode; a timeline stored before still folds', () => {
    for (const events of [
      newCase('    ', '2026-12-07T00:00:00.000Z'),
      newCase('Router RCE', '2030-01-01T00:00:00.000Z'),
    ]) {
      for (const rejected of ['refuse', 'keep'] as const) {
        const plan = planAppend([], { caseId: TEST_CASE_ID, events, rejected });
        expect(plan.ok).toBe(false);
        expect(!plan.ok && isIntakeRefusal(plan.error.code)).toBe(true);
      }
    }
    const stored = newCase('    ', '2030-01-01T00:00:00.000Z');
    expect(foldEvents(stored).case?.title).toBe('    ');
    const note = timeline(
      TEST_CASE_ID,
      9,
    )({
      type: 'note.added',
      at: '2026-12-08T00:00:00.000Z',
      payload: { text: 'Retitle this case', internal: true },
    });
    expect(planAppend(stored, { caseId: TEST_CASE_ID, events: [note] }).ok).toBe(true);
  });

  it('a case document (CLI) and a partner bundle with a blank title or reporter are refused, naming why', async () => {
    const doc = sampleDocument();
    expect(documentIntakeRefusal(doc)).toBeNull();
    expect(foldCaseDocument(doc).ok).toBe(true);
    const report = doc.report;
    if (report === undefined) throw new Error('sample has a report');
    const noName = { ...doc, report: { ...report, reporter: { ...report.reporter, name: ' ' } } };
    expect(foldCaseDocument(noName)).toMatchObject({
      ok: false,
      error: { code: 'case-record-refused', reason: 'reporter-name-blank' },
    });
    const untitled = { ...doc, case: { ...doc.case, title: '  ' } };
    expect(documentIntakeRefusal(untitled)?.code).toBe('case-title-blank');
    expect(documentIntakeRefusal({ case: doc.case })).toBeNull();

    const bundle = await sampleCase();
    const lookup = { isBundleImported: () => false, existingEvents: () => undefined };
    const signer = { status: 'valid' as const, fingerprint: 'A'.repeat(40) };
    const manifest = { bundleId: 'b-1' } as Parameters<typeof planImport>[0];
    expect((await planImport(manifest, [bundle], signer, lookup)).ok).toBe(true);
    const refusedName = await planImport(
      manifest,
      [{ ...bundle, document: noName }],
      signer,
      lookup,
    );
    expect(refusedName).toMatchObject({ ok: false, error: { code: 'case-events-refused' } });
    expect(!refusedName.ok && refusedName.error.message).toContain('reporter-name-blank');
    // A partner's timeline whose report arrives after it was recorded is refused whole.
    const events = bundle.document.events.map((e) =>
      e.type === 'report.received'
        ? { ...e, payload: { ...e.payload, receivedAt: '2030-01-01T00:00:00Z' } }
        : e,
    );
    const future = await planImport(
      manifest,
      [{ ...bundle, document: { ...bundle.document, events } }],
      signer,
      lookup,
    );
    expect(future).toMatchObject({ ok: false, error: { code: 'case-events-refused' } });
    expect(!future.ok && future.error.message).toContain('received-in-future');
  });
});
