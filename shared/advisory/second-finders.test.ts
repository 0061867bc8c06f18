// Issue 27 item 3: a second independent finder is credited in the advisory per their consent.
import { describe, expect, it } from 'vitest';
import type { CaseEvent, ReportId } from '../model';
import { sampleEvent } from '../model/testing/fixtures';
import { linkCommands } from '../workflow/finder-step-commands';
import { toCsaf } from './csaf';
import { draftFromCase } from './draft-from-case';
import { secondFinderCredits } from './second-finders';
import { sampleDraftInput } from './testing/sample-draft-input';

const ORIGINAL = { caseId: sampleEvent().caseId, ref: 'AL-2026-0042' };

/** The original case's event when a second report is linked to it as a duplicate. */
const secondReport = (
  n: number,
  reporter: { name: string; creditConsent: boolean; creditName: string | null },
): CaseEvent => {
  const { onOriginal } = linkCommands({
    relation: 'duplicate-of',
    original: ORIGINAL,
    newCase: { caseId: `0d0d0d0d-0000-4000-8000-00000000000${n}` as never, ref: `AL-2026-005${n}` },
    report: { id: `0e0e0e0e-0000-4000-8000-00000000000${n}` as ReportId, reporter },
  });
  const [command] = onOriginal;
  if (command?.type !== 'report.second-received') throw new Error('no second report');
  return {
    ...sampleEvent(),
    id: `0f0f0f0f-0000-4000-8000-00000000000${n}` as never,
    at: `2026-05-0${n}T01:00:00.000Z`,
    type: command.type,
    payload: command.payload,
  };
};

describe('second finders in the advisory credits', () => {
  const consenting = secondReport(2, {
    name: 'Jiro Sato',
    creditConsent: true,
    creditName: 'Lab J',
  });
  const silent = secondReport(3, { name: 'Saburo Ito', creditConsent: false, creditName: null });
  const events = [silent, consenting, consenting, sampleEvent()];

  it('lists only the consenting second finders, once each, in the order they reported', () => {
    const plain = secondReport(4, { name: 'Shiro', creditConsent: true, creditName: null });
    expect(secondFinderCredits([plain, ...events])).toEqual(['Lab J', 'Shiro']);
    expect(secondFinderCredits([silent])).toEqual([]);
  });

  it('credits the second finder after the first, in the draft and in CSAF', () => {
    const r = draftFromCase({ ...sampleDraftInput(), secondFinders: secondFinderCredits(events) });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.credits.map((c) => [c.id, c.name.en])).toEqual([
      ['c1', 'Hanako Yamada'],
      ['c2', 'Lab J'],
    ]);
    const csaf = toCsaf(r.value, 'en');
    if (!csaf.ok) throw new Error(csaf.error.message);
    expect(csaf.value.document['acknowledgments']).toEqual([
      { names: ['Hanako Yamada'], summary: 'finder' },
      { names: ['Lab J'], summary: 'finder' },
    ]);
    expect(JSON.stringify(csaf.value)).not.toContain('Saburo');
  });

  it('a second finder is credited even when the first declined credit', () => {
    const input = sampleDraftInput();
    const report = input.report;
    if (report === null) throw new Error('no report');
    const r = draftFromCase({
      ...input,
      report: { ...report, reporter: { ...report.reporter, creditConsent: false } },
      secondFinders: ['Lab J'],
    });
    expect(r.ok && r.value.credits.map((c) => [c.id, c.name.ja])).toEqual([['c1', 'Lab J']]);
  });
});
