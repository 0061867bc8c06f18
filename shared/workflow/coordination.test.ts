// Hand-over and co-coordination (issue 27 item 4): who owns a case, whose each event is,
// and what a former owner or a co-coordinator may no longer record, for a click (planAppend
// with commands), a bundle being imported (planAppend with `from`) and a merged timeline.
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../model';
import { planAppend } from './append';
import type { CaseCommand } from './timeline';
import {
  attributeEvents,
  coordinationRefusal,
  foldCoordination,
  localRefusal,
  LOCAL_ORG,
} from './coordination';
import { isCoordinationRefusal } from './errors';
import { mergeEvents } from './merge';
import {
  accepted,
  caseOfA,
  coCoordinatorAdded,
  embargoAgreed,
  embargoProposed,
  embargoTerminated,
  finderMessage,
  imported,
  noteAdded,
  ORG_A,
  ORG_B,
  ORG_C,
  TEST_CASE_ID,
  transferred,
  vendorMessage,
} from './testing/coordination-events';

const MAY = (d: number, h = 0) =>
  `2026-05-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00.000Z`;
const LATER = '2026-09-01T01:00:00.000Z';
const by = (now: string) => ({ actor: 'analyst', now });

/** A's vault after handing the case to B. */
const aAfterTransfer = (): CaseEvent[] => [...caseOfA(), transferred(MAY(2), ORG_A, ORG_B)];

/** B's vault after importing A's transfer bundle (and recording its acceptance). */
const bAfterImport = (): { events: CaseEvent[]; fromA: CaseEvent[] } => {
  const fromA = aAfterTransfer();
  return {
    fromA,
    events: [...fromA, imported(MAY(3), ORG_A, fromA, ORG_B), accepted(MAY(3, 1), ORG_A, ORG_B)],
  };
};

describe('attribution: whose each event is', () => {
  it('is this vault for events no import lists, the sender for those an import added', () => {
    const { events, fromA } = bAfterImport();
    const { orgs } = attributeEvents(events);
    for (const e of fromA) expect(orgs.get(e.id)).toBe(ORG_A);
    expect(orgs.get(events.at(-1)?.id ?? '')).toBe(LOCAL_ORG);
    expect(orgs.get(events.at(-2)?.id ?? '')).toBe(LOCAL_ORG);
  });

  it('keeps a relayed event its first sender, and gives a bundle being imported its signer', () => {
    const ofC = [noteAdded(MAY(1, 5))];
    // A imported C's note, then sends everything to B: B still sees the note as C's.
    const aTimeline = [...caseOfA(), ...ofC, imported(MAY(1, 6), ORG_C, ofC)];
    const ids = new Set<string>(aTimeline.map((e) => e.id));
    const { orgs } = attributeEvents(aTimeline, { ids, from: ORG_A });
    expect(orgs.get(ofC[0]?.id ?? '')).toBe(ORG_C);
    expect(orgs.get(aTimeline[0]?.id ?? '')).toBe(ORG_A);
    // Once B has imported it, B's own record lists the note too: the earlier listing wins.
    const atB = [...aTimeline, imported(MAY(2), ORG_A, aTimeline, ORG_B)];
    expect(attributeEvents(atB).orgs.get(ofC[0]?.id ?? '')).toBe(ORG_C);
  });

  it('knows its own events come back under its own key, and still refuses the former owner', () => {
    // A hands the case to B; B adds a note and sends everything back; A imports it.
    const { events: atB } = bAfterImport();
    const note = noteAdded(MAY(4));
    const fromB = [...atB.slice(aAfterTransfer().length), note];
    const atA = [...aAfterTransfer(), ...fromB, imported(MAY(5), ORG_B, fromB, ORG_A)];
    const { orgs, own } = attributeEvents(atA);
    expect(own(ORG_A.toLowerCase())).toBe(LOCAL_ORG);
    expect(own(ORG_B)).toBe(ORG_B);
    expect(orgs.get(atA[0]?.id ?? '')).toBe(LOCAL_ORG);
    expect(orgs.get(note.id)).toBe(ORG_B);
    expect(coordinationRefusal(atA, [vendorMessage(MAY(6))])?.code).toBe(
      'coordination-transferred',
    );
  });
});

describe('coordination refusal codes', () => {
  it('are the ones a bundle import refuses whole', () => {
    expect(isCoordinationRefusal('coordination-transferred')).toBe(true);
    expect(isCoordinationRefusal('coordination-unchanged')).toBe(true);
    expect(isCoordinationRefusal('embargo-active')).toBe(false);
  });
});

describe('older records', () => {
  it("reads an import from before v5 (no list) and a case without its creation event as this vault's", () => {
    const events = caseOfA();
    const legacy = imported(MAY(3), ORG_A, events);
    const payload: Record<string, unknown> = { ...legacy.payload };
    delete payload.events;
    const old = { ...legacy, payload };
    const { orgs, state } = foldCoordination([...events, old as CaseEvent]);
    expect(orgs.get(events[0]?.id ?? '')).toBe(LOCAL_ORG);
    expect(state.owner).toBe(LOCAL_ORG);
    expect(foldCoordination(events.slice(1)).state.creator).toBe(LOCAL_ORG);
  });
});

describe('the owner', () => {
  it('is the creating organisation until a hand-over; a plain share restricts nobody', () => {
    const events = caseOfA();
    const { state, refusals } = foldCoordination(events);
    expect(state).toMatchObject({ creator: LOCAL_ORG, owner: LOCAL_ORG, localRole: 'owner' });
    expect(refusals).toEqual([]);
    // B imported A's case without a hand-over: A owns it, B may still write to vendors.
    const atB = [...events, imported(MAY(3), ORG_A, events)];
    const shared = foldCoordination(atB);
    expect(shared.state).toMatchObject({ owner: ORG_A, localRole: 'participant' });
    expect(coordinationRefusal(atB, [vendorMessage(MAY(4))])).toBeUndefined();
  });

  it('passes to the recipient of a hand-over, on both sides', () => {
    const atA = foldCoordination(aAfterTransfer()).state;
    expect(atA).toMatchObject({
      owner: ORG_B,
      formerOwners: [LOCAL_ORG],
      localRole: 'former-owner',
    });
    expect(atA.transfers).toMatchObject([{ from: LOCAL_ORG, to: ORG_B, toName: 'Org B' }]);
    const atB = foldCoordination(bAfterImport().events).state;
    expect(atB).toMatchObject({ creator: ORG_A, owner: LOCAL_ORG, formerOwners: [ORG_A] });
    expect(atB.localRole).toBe('owner');
    expect(atB.names.get(LOCAL_ORG)).toBe('Org B');
  });

  it('comes back to a former owner handed the case again', () => {
    const { events } = bAfterImport();
    const back = transferred(MAY(6), ORG_B, ORG_A);
    const { state } = foldCoordination([...events, back]);
    expect(state).toMatchObject({
      owner: ORG_A,
      formerOwners: [LOCAL_ORG],
      localRole: 'former-owner',
    });
  });
});

describe('the former owner (a click on its own vault)', () => {
  const plan = (commands: readonly CaseCommand[]) =>
    planAppend(aAfterTransfer(), { caseId: TEST_CASE_ID, commands, by: by(MAY(4)) });

  it('is refused a message to a vendor and any embargo change, naming the new owner', () => {
    const message = plan([
      {
        type: 'message.sent',
        payload: {
          messageId: '00000000-0000-4000-8000-0000000000f1' as never,
          to: 'vendor',
          involvementId: null,
          purpose: 'reminder',
        },
      },
    ]);
    expect(message).toMatchObject({ ok: false, error: { code: 'coordination-transferred' } });
    expect(!message.ok && message.error.message).toContain('Org B');
    const embargo = plan([
      {
        type: 'embargo.proposed',
        payload: { date: LATER, zone: 'UTC', proposedBy: 'coordinator' },
      },
    ]);
    expect(embargo).toMatchObject({ ok: false, error: { code: 'coordination-transferred' } });
  });

  it('still records notes and writes to the finder', () => {
    expect(plan([{ type: 'note.added', payload: { text: 'n', internal: true } }]).ok).toBe(true);
    expect(coordinationRefusal(aAfterTransfer(), [finderMessage(MAY(4))])).toBeUndefined();
  });

  it('cannot hand the case over again or add a co-coordinator', () => {
    const again = coordinationRefusal(aAfterTransfer(), [transferred(MAY(4), ORG_A, ORG_C)]);
    expect(again?.code).toBe('coordination-not-owner');
    const co = coordinationRefusal(aAfterTransfer(), [coCoordinatorAdded(MAY(4), ORG_A, ORG_C)]);
    expect(co?.code).toBe('coordination-not-owner');
  });
});

describe('the new owner and a later bundle from the former owner', () => {
  it('the new owner writes to vendors and changes the embargo', () => {
    const { events } = bAfterImport();
    expect(coordinationRefusal(events, [vendorMessage(MAY(4))])).toBeUndefined();
    expect(coordinationRefusal(events, [embargoProposed(MAY(4), LATER)])).toBeUndefined();
  });

  it("refuses the former owner's later vendor message or embargo change at import", () => {
    const { events } = bAfterImport();
    for (const late of [vendorMessage(MAY(5)), embargoProposed(MAY(5), LATER)]) {
      const planned = planAppend(events, {
        caseId: TEST_CASE_ID,
        events: [late],
        rejected: 'keep',
        from: ORG_A,
      });
      expect(planned).toMatchObject({
        ok: false,
        error: { code: 'coordination-transferred', eventId: late.id },
      });
    }
    // A note from the former owner still merges.
    const note = planAppend(events, {
      caseId: TEST_CASE_ID,
      events: [noteAdded(MAY(5))],
      rejected: 'keep',
      from: ORG_A,
    });
    expect(note.ok).toBe(true);
  });

  it("keeps the former owner's events from before the hand-over", () => {
    const fromA = caseOfA();
    const early = vendorMessage(MAY(1, 12));
    const atB = [...fromA, transferred(MAY(2), ORG_A, ORG_B)];
    const atBWithImport = [...atB, imported(MAY(3), ORG_A, atB)];
    expect(coordinationRefusal(atBWithImport, [early], ORG_A)).toBeUndefined();
  });

  it('refuses a hand-over to the organisation that owns the case already', () => {
    const { events } = bAfterImport();
    expect(coordinationRefusal(events, [transferred(MAY(4), ORG_B, ORG_B)])?.code).toBe(
      'coordination-unchanged',
    );
  });
});

describe('co-coordination: both keep working and merge each other', () => {
  const addC = coCoordinatorAdded(MAY(2), ORG_A, ORG_C);
  const atA = [...caseOfA(), addC];
  const sentToC = [...atA];
  const atC = [
    ...sentToC,
    imported(MAY(3), ORG_A, sentToC, ORG_C),
    accepted(MAY(3, 1), ORG_A, ORG_C, 'co-coordinator'),
  ];

  it('the co-coordinator writes to vendors and proposes a date, but may not agree or end the embargo', () => {
    expect(foldCoordination(atC).state).toMatchObject({
      owner: ORG_A,
      localRole: 'co-coordinator',
    });
    expect(coordinationRefusal(atC, [vendorMessage(MAY(4))])).toBeUndefined();
    const proposal = embargoProposed(MAY(4), LATER);
    expect(coordinationRefusal(atC, [proposal])).toBeUndefined();
    const agreed = embargoAgreed(MAY(4, 1));
    const embargo = coordinationRefusal([...atC, proposal], [agreed]);
    expect(embargo?.code).toBe('coordination-embargo-owner');
    expect(embargo?.message).toContain('only the case owner');
  });

  it("the owner merges the co-coordinator's proposal and may agree it", () => {
    const proposal = embargoProposed(MAY(4), LATER);
    const planned = planAppend(atA, {
      caseId: TEST_CASE_ID,
      events: [...atC.slice(atA.length), proposal],
      rejected: 'keep',
      from: ORG_C,
    });
    expect(planned.ok).toBe(true);
    const added = [...atC.slice(atA.length), proposal];
    const merged = [...atA, ...added, imported(MAY(4, 5), ORG_C, added, ORG_A)];
    expect(foldCoordination(merged).state.localRole).toBe('owner');
    expect(coordinationRefusal(merged, [embargoAgreed(MAY(5))])).toBeUndefined();
  });

  it("attributes each side's events to its organisation after merging both ways", () => {
    const ofC = [vendorMessage(MAY(4)), noteAdded(MAY(4, 1))];
    const cTimeline = [...atC, ...ofC];
    const ofA = [noteAdded(MAY(4, 2))];
    // A merges C's bundle; C merges A's.
    const intoA = mergeEvents([...atA, ...ofA], cTimeline).added;
    const aMerged = [...atA, ...ofA, ...intoA, imported(MAY(6), ORG_C, intoA, ORG_A)];
    expect(coordinationRefusal([...atA, ...ofA], intoA, ORG_C)).toBeUndefined();
    const intoC = mergeEvents(cTimeline, [...atA, ...ofA]).added;
    const cMerged = [...cTimeline, ...intoC, imported(MAY(6, 1), ORG_A, intoC, ORG_C)];
    const a = foldCoordination(aMerged).orgs;
    const c = foldCoordination(cMerged).orgs;
    for (const e of ofC) expect([a.get(e.id), c.get(e.id)]).toEqual([ORG_C, LOCAL_ORG]);
    for (const e of ofA) expect([a.get(e.id), c.get(e.id)]).toEqual([LOCAL_ORG, ORG_A]);
    expect([a.get(addC.id), c.get(addC.id)]).toEqual([LOCAL_ORG, ORG_A]);
  });

  it("refuses the co-coordinator's embargo change when the owner merges it, with the reason", () => {
    const change = embargoTerminated(MAY(4));
    const planned = planAppend(atA, {
      caseId: TEST_CASE_ID,
      events: [...atC.slice(atA.length), change],
      rejected: 'keep',
      from: ORG_C,
    });
    expect(planned).toMatchObject({
      ok: false,
      error: { code: 'coordination-embargo-owner', eventId: change.id },
    });
    expect(!planned.ok && planned.error.message).toContain('Org C');
  });

  it('adds a co-coordinator once; a co-coordinator handed the case is its owner', () => {
    expect(coordinationRefusal(atA, [coCoordinatorAdded(MAY(4), ORG_A, ORG_C)])?.code).toBe(
      'coordination-unchanged',
    );
    const { state } = foldCoordination([...atA, transferred(MAY(4), ORG_A, ORG_C)]);
    expect(state).toMatchObject({ owner: ORG_C, coCoordinators: [] });
  });

  it('a co-coordinator cannot add another one', () => {
    expect(coordinationRefusal(atC, [coCoordinatorAdded(MAY(4), ORG_C, ORG_B)])?.code).toBe(
      'coordination-not-owner',
    );
  });
});

describe('asking before acting (localRefusal: the composer, the embargo forms, the CLI)', () => {
  it('a case never shared folds to our own, restricting nothing', () => {
    const fold = foldCoordination(caseOfA());
    expect(fold.state).toMatchObject({ owner: LOCAL_ORG, creator: LOCAL_ORG, localRole: 'owner' });
    expect([...fold.orgs.values()].every((o) => o === LOCAL_ORG)).toBe(true);
    expect(localRefusal(fold.state, 'vendor-message')).toBeNull();
    expect(localRefusal(fold.state, 'embargo')).toBeNull();
  });

  it('refuses the former owner both, naming the new owner; the new owner neither', () => {
    const atA = foldCoordination(aAfterTransfer()).state;
    expect(localRefusal(atA, 'vendor-message')).toMatchObject({
      code: 'coordination-transferred',
      message: expect.stringContaining('Org B') as string,
    });
    expect(localRefusal(atA, 'embargo')?.code).toBe('coordination-transferred');
    const atB = foldCoordination(bAfterImport().events).state;
    expect(localRefusal(atB, 'vendor-message')).toBeNull();
    expect(localRefusal(atB, 'embargo')).toBeNull();
  });

  it('refuses a co-coordinator the embargo only', () => {
    const addC = coCoordinatorAdded(MAY(2), ORG_A, ORG_C);
    const sent = [...caseOfA(), addC];
    const atC = foldCoordination([
      ...sent,
      imported(MAY(3), ORG_A, sent, ORG_C),
      accepted(MAY(3, 1), ORG_A, ORG_C, 'co-coordinator'),
    ]).state;
    expect(localRefusal(atC, 'vendor-message')).toBeNull();
    expect(localRefusal(atC, 'embargo')?.code).toBe('coordination-embargo-owner');
    expect(localRefusal(atC, 'embargo-proposal')).toBeNull();
  });
});
