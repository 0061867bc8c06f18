import { describe, expect, it } from 'vitest';
import type { CaseEvent, InvolvementId, IsoInstant } from '../model';
import {
  contactAttempts,
  guardCommand,
  namePublicationChecks,
  type GuardContext,
} from './case-guards';
import { JPCERT_SOURCES, jpcertProfile } from './policy-jpcert';
import { certCcProfile } from './policy-profiles';
import {
  acceptedCaseEvents,
  involvementIds,
  timeline,
  type EventSpec,
} from './testing/test-events';
import { foldEvents, type CaseCommand } from './timeline';

const inv = involvementIds[0] as InvolvementId;
const rule = jpcertProfile.namePublication;
if (rule === undefined) throw new Error('the JPCERT/CC profile publishes names (IPA *8)');

const attempt = (at: IsoInstant): EventSpec => ({
  type: 'vendor.contact-attempted',
  at,
  payload: { involvementId: inv, channel: 'postal' },
});
const unreachable: EventSpec = {
  type: 'vendor.unreachable',
  at: '2026-06-01T00:00:00.000Z',
  payload: { involvementId: inv, reason: 'no reply' },
};
const committee = (decision: 'publish' | 'do-not-publish', isCommittee = true): EventSpec => ({
  type: 'release.decided',
  at: '2026-06-02T00:00:00.000Z',
  payload: { decision, committee: isCommittee, reason: 'minutes of the meeting' },
});

/** First attempt 2026-04-28, then `extra`; checked at `now`. */
const ctx = (extra: EventSpec[], now: IsoInstant = '2026-06-10T00:00:00.000Z'): GuardContext => {
  const events: CaseEvent[] = acceptedCaseEvents(
    '2026-04-20T01:00:00.000Z',
    '2026-04-28T00:30:00.000Z',
    'software',
    extra,
  );
  return { projection: foldEvents(events), events, profile: jpcertProfile, now };
};
const publishName = { type: 'vendor.name-published', payload: { involvementId: inv } } as const;
const complete = [
  attempt('2026-05-08T00:00:00.000Z'),
  attempt('2026-05-20T00:00:00.000Z'),
  unreachable,
  committee('publish'),
];

describe(`publishing an unreachable developer's name (IPA *8: "${JPCERT_SOURCES.unreachable.sentence}")`, () => {
  it('is allowed once the attempts, the waiting period and the committee are all there', () => {
    const c = ctx(complete);
    expect(namePublicationChecks(c, rule, inv).every((x) => x.met)).toBe(true);
    expect(guardCommand(c, publishName)).toEqual({ ok: true, value: null });
  });

  it(`needs ${rule.minAttempts} recorded attempts (messages to the vendor count too)`, () => {
    const two = ctx([attempt('2026-05-08T00:00:00.000Z'), unreachable, committee('publish')]);
    const r = guardCommand(two, publishName);
    expect(r.ok ? null : r.error.code).toBe('name-publication-attempts');
    const check = namePublicationChecks(two, rule, inv).find((x) => x.id === 'attempts');
    expect(check).toMatchObject({ met: false, required: 3, actual: 2 });
    const withMessage = ctx([
      attempt('2026-05-08T00:00:00.000Z'),
      {
        type: 'message.sent',
        at: '2026-05-09T00:00:00.000Z',
        payload: {
          messageId: '00000000-0000-4000-8000-00000000beef' as never,
          to: 'vendor',
          involvementId: inv,
          purpose: 'reminder',
        },
      },
      unreachable,
      committee('publish'),
    ]);
    expect(contactAttempts(withMessage.events, withMessage.projection, inv)).toBe(3);
    expect(guardCommand(withMessage, publishName).ok).toBe(true);
  });

  it(`waits ${rule.waitDays} days after the first attempt`, () => {
    const early = ctx(complete, '2026-05-27T00:00:00.000Z');
    const r = guardCommand(early, publishName);
    expect(r.ok ? null : r.error.code).toBe('name-publication-waiting');
    expect(
      namePublicationChecks(early, rule, inv).find((x) => x.id === 'waiting-period'),
    ).toMatchObject({ met: false, required: 30, actual: 28 });
  });

  it('needs the Release Decision Committee to have decided to publish', () => {
    for (const spec of [[], [committee('do-not-publish')], [committee('publish', false)]]) {
      const c = ctx([
        attempt('2026-05-08T00:00:00.000Z'),
        attempt('2026-05-20T00:00:00.000Z'),
        unreachable,
        ...spec,
      ]);
      const r = guardCommand(c, publishName);
      expect(r.ok ? null : r.error.code).toBe('name-publication-no-committee');
    }
  });

  it('does not count attempts the engine refused', () => {
    const c = ctx(complete);
    const refused = timeline(
      undefined,
      700,
    )({
      type: 'vendor.contact-attempted',
      at: '2026-05-21T00:00:00.000Z',
      payload: { involvementId: involvementIds[2] as InvolvementId, channel: 'email' },
    });
    expect(
      contactAttempts([...c.events, refused], c.projection, involvementIds[2] as InvolvementId),
    ).toBe(1);
    const p = foldEvents([...c.events, refused]);
    expect(p.rejected.map((r) => r.eventId)).toContain(refused.id);
    expect(contactAttempts([...c.events, refused], p, involvementIds[2] as InvolvementId)).toBe(0);
  });

  it('is refused under a profile without the rule', () => {
    const r = guardCommand({ ...ctx(complete), profile: certCcProfile }, publishName);
    expect(r.ok ? null : r.error.code).toBe('name-publication-not-allowed');
  });
});

describe('other command guards', () => {
  it('a deadline override must name a deadline of the profile', () => {
    const c = ctx([]);
    const cmd = (ruleId: string) =>
      ({ type: 'deadline.overridden', payload: { ruleId, due: null, reason: 'r' } }) as const;
    expect(guardCommand(c, cmd('jpcert.publication-target')).ok).toBe(true);
    const r = guardCommand(c, cmd('cert.publication'));
    expect(r.ok ? null : r.error.code).toBe('unknown-deadline-rule');
  });

  it('a case update must change something and name a known profile', () => {
    const c = ctx([]);
    const update = (payload: { tlp?: 'AMBER' | 'GREEN'; policyProfile?: string }) =>
      guardCommand(c, { type: 'case.updated', payload });
    expect(update({ tlp: 'GREEN' }).ok).toBe(true);
    const same = update({ tlp: 'AMBER' });
    expect(same.ok ? null : same.error.code).toBe('nothing-changed');
    expect(update({ policyProfile: 'zdi' }).ok).toBe(true);
    const unknown = update({ policyProfile: 'made-up' });
    expect(unknown.ok ? null : unknown.error.code).toBe('unknown-policy-profile');
  });
});

describe('commands without a policy guard', () => {
  it('a note is left to the reducer; an update of other fields or to the same profile is judged by what changes', () => {
    const c = ctx([]);
    expect(
      guardCommand(c, { type: 'note.added', payload: { text: 'called', internal: true } }),
    ).toEqual({ ok: true, value: null });
    const kase = c.projection.case;
    if (kase === null) throw new Error('the case exists');
    const same = guardCommand(c, {
      type: 'case.updated',
      payload: { policyProfile: kase.policyProfile },
    });
    expect(same.ok ? null : same.error).toEqual({
      code: 'nothing-changed',
      message: 'Nothing would change',
    });
    const update = (payload: Extract<CaseCommand, { type: 'case.updated' }>['payload']) => {
      const r = guardCommand(c, { type: 'case.updated', payload });
      return r.ok ? 'ok' : r.error.code;
    };
    // The vendor-safe summary form saved as it stands changes nothing; each field counts.
    const asIs = { vendorSummary: kase.vendorSummary, titleShareable: kase.titleShareable };
    expect(update(asIs)).toBe('nothing-changed');
    expect(update({ ...asIs, vendorSummary: 'An authentication bypass in a camera' })).toBe('ok');
    expect(update({ ...asIs, titleShareable: !kase.titleShareable })).toBe('ok');
    expect(update({ title: kase.title, advisoryId: kase.advisoryId })).toBe('nothing-changed');
    expect(update({ title: `${kase.title} (2)` })).toBe('ok');
    expect(update({ tags: [...kase.tags] })).toBe('nothing-changed');
    expect(update({ tags: [...kase.tags, 'camera'] })).toBe('ok');
    const noCase = guardCommand(
      { ...c, projection: { ...c.projection, case: null } },
      { type: 'case.updated', payload: { tlp: 'AMBER' } },
    );
    expect(noCase.ok).toBe(true);
  });
});
