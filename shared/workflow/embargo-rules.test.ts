// The embargo rules of issue 23: no publication inside an active embargo without its early
// end, no embargo instant that is not after the event stating it, wherever the events come
// from (a command now, a partner's timeline, a case document).
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../model';
import { CASE_DOCUMENT_FORMAT, type CaseDocument } from '../model/case-document';
import { planAppend } from './append';
import { foldCaseDocument } from './case-document';
import { involvementRecord } from './case-records';
import { embargoStatus } from './embargo-status';
import { EMBARGO_BREACH_CODES, isEmbargoBreach } from './errors';
import {
  confirmsCaseRef,
  earlyPublicationCommands,
  TERMINATION_CAUSES,
  terminationCommands,
} from './policy-commands';
import type { CaseProjection } from './projection';
import { acceptedSoftwareCase, TEST_CASE_ID, timeline } from './testing/test-events';
import { foldEvents, type CaseCommand } from './timeline';
import {
  agree,
  AGREED,
  ms,
  propose,
  publishAt,
  revise,
  withEmbargo,
} from './testing/embargo-events';

const codes = (p: CaseProjection) => p.rejected.map((r) => r.error.code);

describe('publication inside an active embargo', () => {
  it('is refused before the agreed instant, naming the instant; the case stays unpublished', () => {
    const events = withEmbargo(publishAt('2026-05-17T00:00:00.000Z'));
    const p = foldEvents(events);
    expect(p.rejected).toEqual([
      expect.objectContaining({
        eventId: events.at(-1)?.id,
        type: 'published',
        error: expect.objectContaining({ code: 'embargo-active' }) as unknown,
      }),
    ]);
    expect(p.rejected[0]?.error.message).toContain(AGREED);
    expect(p.case?.dates.published).toBeNull();
    expect(p.case?.states.embargo).toBe('active');
    expect(p.case?.states.flags.publicAware).toBeNull();
  });

  it('is refused one millisecond before the instant and allowed at it and after it', () => {
    expect(codes(foldEvents(withEmbargo(publishAt(ms(AGREED, -1)))))).toEqual(['embargo-active']);
    for (const at of [AGREED, ms(AGREED, 3_600_000)]) {
      const p = foldEvents(withEmbargo(publishAt(at)));
      expect(p.rejected).toEqual([]);
      expect(p.case?.dates.published).toBe(at);
      expect(p.case?.states.embargo).toBe('exited');
      expect(p.embargo.exit).toEqual({ at, reason: 'published' });
    }
  });

  it('is refused while a revision is pending too (EM revise), against the agreed instant', () => {
    const p = foldEvents(
      withEmbargo(
        propose('2026-05-10T00:00:00.000Z', '2026-06-01T01:00:00.000Z'),
        publishAt('2026-06-02T00:00:00.000Z'),
      ),
    );
    expect(p.case?.states.embargo).toBe('revise');
    expect(codes(p)).toEqual(['embargo-active']);
  });

  it('follows a revision: the new agreed instant is the one that holds', () => {
    const earlier = '2026-06-01T01:00:00.000Z';
    const p = foldEvents(
      withEmbargo(revise('2026-05-10T00:00:00.000Z', earlier), publishAt(earlier)),
    );
    expect(p.rejected).toEqual([]);
    expect(p.case?.dates.published).toBe(earlier);
  });

  it('is allowed after the early end: terminated (with its reason), or the flaw became public', () => {
    const ended = foldEvents(
      withEmbargo(
        {
          type: 'embargo.terminated',
          at: '2026-05-17T00:00:00.000Z',
          payload: { reason: 'Vendor shipped 4.2 with an advisory' },
        },
        { type: 'flag.set', at: '2026-05-17T00:00:00.001Z', payload: { flag: 'publicAware' } },
        publishAt('2026-05-17T00:00:00.002Z'),
      ),
    );
    expect(ended.rejected).toEqual([]);
    expect(ended.embargo.exit).toEqual({ at: '2026-05-17T00:00:00.000Z', reason: 'terminated' });
    expect(ended.case?.dates.published).toBe('2026-05-17T00:00:00.002Z');
    const leaked = foldEvents(
      withEmbargo(
        { type: 'flag.set', at: '2026-05-17T00:00:00.000Z', payload: { flag: 'exploitPublic' } },
        publishAt('2026-05-17T00:00:00.001Z'),
      ),
    );
    expect(leaked.rejected).toEqual([]);
    expect(leaked.embargo.exit?.reason).toBe('public-awareness');
  });

  it('is not held by a proposal nobody agreed to', () => {
    const ev = timeline(TEST_CASE_ID, 200);
    const p = foldEvents([
      ...acceptedSoftwareCase(),
      ev(propose('2026-05-01T00:00:00.000Z')),
      ev(publishAt('2026-05-17T00:00:00.000Z')),
    ]);
    expect(p.rejected).toEqual([]);
    expect(p.case?.states.embargo).toBe('none');
  });
});

describe('an embargo instant must be after the event stating it', () => {
  it.each([
    ['proposed', propose],
    ['agreed', agree],
  ] as const)('refuses %s for an instant at or before the event, naming the instant', (_, make) => {
    const ev = timeline(TEST_CASE_ID, 200);
    const base = acceptedSoftwareCase();
    const opening = make === agree ? [ev(propose('2026-05-01T00:00:00.000Z'))] : [];
    const at = '2026-05-02T00:00:00.000Z';
    for (const date of [at, ms(at, -1), '2026-04-01T00:00:00.000Z']) {
      const p = foldEvents([...base, ...opening, ev(make(at, date))]);
      expect(codes(p)).toEqual(['embargo-instant-not-future']);
      expect(p.rejected[0]?.error.message).toContain(date);
      expect(p.case?.states.embargo).toBe(make === agree ? 'proposed' : 'none');
      expect(p.case?.dates.agreedPublication).toBeNull();
    }
    // One millisecond after the event is in the future: accepted.
    const next = foldEvents([...base, ...opening, ev(make(at, ms(at, 1)))]);
    expect(next.rejected).toEqual([]);
  });

  it('refuses a revision to a past instant and keeps the agreed one', () => {
    const p = foldEvents(
      withEmbargo(revise('2026-05-10T00:00:00.000Z', '2026-05-09T00:00:00.000Z')),
    );
    expect(codes(p)).toEqual(['embargo-instant-not-future']);
    expect(p.case?.dates.agreedPublication).toBe(AGREED);
  });

  it('keeps an embargo agreed earlier elsewhere as history: compared with the event, not the clock', () => {
    // A partner's bundle read in 2027: agreed in May 2026 for July 2026, then published.
    const p = foldEvents(withEmbargo(publishAt(AGREED)));
    expect(p.rejected).toEqual([]);
    expect(p.embargo.agreedAt).toBe('2026-05-02T00:00:00.000Z');
    expect(embargoStatus(p, '2027-01-01T00:00:00.000Z')).toEqual({
      kind: 'exited',
      reason: 'published',
      at: AGREED,
    });
  });
});

describe('the early-end path as the screen writes it', () => {
  const history = withEmbargo();
  const kase = foldEvents(history).case;
  if (kase === null) throw new Error('no case');
  const by = { actor: 'analyst', now: '2026-05-17T00:00:00.000Z' };
  const publication: Extract<CaseCommand, { type: 'published' }> = {
    type: 'published',
    payload: { advisoryId: 'JVN#12345678', url: '' },
  };

  it('publishing alone is refused by planAppend, naming the event', () => {
    const r = planAppend(history, { caseId: TEST_CASE_ID, commands: [publication], by });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('embargo-active');
  });

  it('every cause ends the embargo, records its flags and publishes, in one append', () => {
    for (const cause of TERMINATION_CAUSES) {
      const commands = earlyPublicationCommands(
        kase,
        cause,
        '  Vendor released 4.2  ',
        publication,
      );
      expect(commands[0]).toEqual({
        type: 'embargo.terminated',
        payload: { reason: 'Vendor released 4.2' },
      });
      expect(commands.at(-1)).toBe(publication);
      const r = planAppend(history, { caseId: TEST_CASE_ID, commands, by });
      if (!r.ok) throw new Error(r.error.message);
      const after = r.value.projection;
      expect(after.case?.dates.published).not.toBeNull();
      expect(after.embargo.exit?.reason).toBe('terminated');
    }
    const vendor = earlyPublicationCommands(kase, 'vendor-released', 'r', publication);
    expect(vendor.map((c) => (c.type === 'flag.set' ? c.payload.flag : c.type))).toEqual([
      'embargo.terminated',
      'fixReady',
      'publicAware',
      'published',
    ]);
  });

  it('does not set a flag the case already has', () => {
    const flagged = {
      ...kase,
      states: { ...kase.states, flags: { ...kase.states.flags, fixReady: AGREED } },
    };
    expect(terminationCommands(flagged, 'vendor-released', 'r').map((c) => c.type)).toEqual([
      'embargo.terminated',
      'flag.set',
    ]);
  });

  it('is confirmed only by the case reference typed exactly', () => {
    expect(confirmsCaseRef(kase, ' AL-2026-0042 ')).toBe(true);
    expect(confirmsCaseRef(kase, 'AL-2026-004')).toBe(false);
    expect(confirmsCaseRef(kase, 'al-2026-0042')).toBe(false);
  });
});

describe('imports and case documents refuse a breach whole', () => {
  it('planAppend keeps other refusals of an import aside but refuses a breach, naming it', () => {
    const history = withEmbargo();
    const ev = timeline(TEST_CASE_ID, 300);
    const breach = ev(publishAt('2026-05-17T00:00:00.000Z'));
    const keep = planAppend(history, { caseId: TEST_CASE_ID, events: [breach], rejected: 'keep' });
    expect(keep).toEqual({
      ok: false,
      error: { code: 'embargo-active', message: expect.any(String) as unknown, eventId: breach.id },
    });
    const cmd = planAppend(history, {
      caseId: TEST_CASE_ID,
      commands: [{ type: 'published', payload: { advisoryId: null, url: '' } }],
      by: { actor: 'a', now: '2026-05-17T00:00:00.000Z' },
      rejected: 'keep',
    });
    expect(!cmd.ok && cmd.error.code).toBe('embargo-active');
    // A refusal that is no breach is still kept aside in `keep` mode.
    const other = ev({
      type: 'published',
      at: '2026-07-02T00:00:00.000Z',
      payload: { advisoryId: null, url: '' },
    });
    const twice = planAppend([...history, ev(publishAt(AGREED))], {
      caseId: TEST_CASE_ID,
      events: [other],
      rejected: 'keep',
    });
    expect(twice.ok && codes(twice.value.projection)).toEqual(['already-published']);
  });

  it('foldCaseDocument refuses a document that publishes inside the embargo or agrees a past instant', () => {
    const docOf = (events: CaseEvent[]): CaseDocument => {
      const good = foldEvents(withEmbargo());
      if (good.case === null) throw new Error('no case');
      return {
        format: CASE_DOCUMENT_FORMAT,
        case: good.case,
        events,
        involvements: good.involvements.map(involvementRecord),
        contacts: [],
      };
    };
    const early = withEmbargo(publishAt('2026-05-17T00:00:00.000Z'));
    expect(foldCaseDocument(docOf(early))).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'case-events-refused',
        eventId: early.at(-1)?.id,
        reason: 'embargo-active',
      }) as unknown,
    });
    const ev = timeline(TEST_CASE_ID, 200);
    const past = [
      ...acceptedSoftwareCase(),
      ev(propose('2026-05-01T00:00:00.000Z', '2026-05-20T00:00:00.000Z')),
      ev(agree('2026-05-21T00:00:00.000Z', '2026-05-20T00:00:00.000Z')),
    ];
    const r = foldCaseDocument(docOf(past));
    expect(!r.ok && r.error).toMatchObject({
      eventId: past.at(-1)?.id,
      reason: 'embargo-instant-not-future',
    });
    expect(!r.ok && r.error.message).toContain(past.at(-1)?.id);
  });

  it('names exactly the breach codes', () => {
    expect(EMBARGO_BREACH_CODES).toEqual(['embargo-active', 'embargo-instant-not-future']);
    expect(isEmbargoBreach('already-published')).toBe(false);
  });
});
