import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../model';
import { computeDeadlines } from './deadlines';
import { jpcertProfile } from './policy-jpcert';
import {
  overrideCommand,
  profileChangeCommands,
  terminationCommands,
  tlpChangeCommands,
  tlpDirection,
} from './policy-commands';
import type { CaseProjection } from './projection';
import { applyEvent } from './reducer';
import { acceptedCaseEvents, findDeadline } from './testing/test-events';
import { buildEvent, foldEvents, type CaseCommand } from './timeline';

const accepted = () =>
  foldEvents(acceptedCaseEvents('2026-04-20T01:00:00.000Z', '2026-04-28T00:30:00.000Z'));

/** Runs commands through the reducer as the case screen does; fails the test on a refusal. */
const run = (p: CaseProjection, commands: readonly CaseCommand[], now: string) => {
  let projection = p;
  const events: CaseEvent[] = [];
  for (const cmd of commands) {
    const event = buildEvent(projection, cmd, { actor: 'analyst', now });
    const r = applyEvent(projection, event);
    if (!r.ok) throw new Error(`${cmd.type}: ${r.error.message}`);
    events.push(event);
    projection = r.value;
  }
  return { projection, events };
};

describe('policy commands', () => {
  it('orders TLP levels from CLEAR to RED', () => {
    expect(tlpDirection('AMBER', 'GREEN')).toBe('down');
    expect(tlpDirection('AMBER', 'AMBER+STRICT')).toBe('up');
    expect(tlpDirection('RED', 'RED')).toBe('same');
    expect(tlpDirection('CLEAR', 'RED')).toBe('up');
  });

  it('a TLP change records the new level and a note naming both levels and the reason', () => {
    const p = accepted();
    const kase = p.case;
    if (kase === null) throw new Error('no case');
    const { projection, events } = run(
      p,
      tlpChangeCommands(kase, 'CLEAR', ' for publication '),
      '2026-06-01T00:00:00.000Z',
    );
    expect(projection.case?.tlp).toBe('CLEAR');
    expect(events.map((e) => e.type)).toEqual(['case.updated', 'note.added']);
    const note = events[1];
    expect(note?.type === 'note.added' && note.payload.text).toBe(
      'TLP AMBER → CLEAR: for publication',
    );
  });

  it('a profile change switches the deadlines the case is measured against', () => {
    const p = accepted();
    const kase = p.case;
    if (kase === null) throw new Error('no case');
    const { projection } = run(
      p,
      profileChangeCommands(kase, 'zdi', 'partner case'),
      '2026-05-01T00:00:00.000Z',
    );
    expect(projection.case?.policyProfile).toBe('zdi');
  });

  it('terminating an active embargo because it is public ends it as terminated, then sets the flag', () => {
    const agreed = run(
      accepted(),
      [
        {
          type: 'embargo.proposed',
          payload: { date: '2026-06-12T01:00:00.000Z', zone: 'Asia/Tokyo', proposedBy: 'vendor' },
        },
        {
          type: 'embargo.agreed',
          payload: { date: '2026-06-12T01:00:00.000Z', zone: 'Asia/Tokyo' },
        },
      ],
      '2026-05-01T00:00:00.000Z',
    ).projection;
    const kase = agreed.case;
    if (kase === null) throw new Error('no case');
    const commands = terminationCommands(kase, 'public', 'posted on a public forum');
    expect(commands.map((c) => c.type)).toEqual(['embargo.terminated', 'flag.set']);
    const { projection } = run(agreed, commands, '2026-05-02T00:00:00.000Z');
    expect(projection.case?.states.embargo).toBe('exited');
    expect(projection.embargo.exit?.reason).toBe('terminated');
    expect(projection.case?.states.flags.publicAware).not.toBeNull();
  });

  it('an override moves the deadline to the end of the stated day in the profile zone', () => {
    const cmd = overrideCommand(
      'jpcert.publication-target',
      '2026-07-31',
      'Asia/Tokyo',
      ' vendor needs a release ',
    );
    expect(cmd).toEqual({
      type: 'deadline.overridden',
      payload: {
        ruleId: 'jpcert.publication-target',
        due: '2026-07-31T14:59:59.999Z',
        reason: 'vendor needs a release',
      },
    });
    const { projection } = run(accepted(), [cmd], '2026-05-01T00:00:00.000Z');
    const d = findDeadline(
      computeDeadlines(projection, jpcertProfile, '2026-05-02T00:00:00.000Z').deadlines,
      'jpcert.publication-target',
    );
    expect(d.dueDate).toBe('2026-07-31');
    expect(d.override?.reason).toBe('vendor needs a release');
  });

  it('a waiver is an override without a due instant, and meets the deadline as waived', () => {
    const cmd = overrideCommand('jpcert.publication-target', null, 'Asia/Tokyo', 'no release');
    expect(cmd.payload).toEqual({
      ruleId: 'jpcert.publication-target',
      due: null,
      reason: 'no release',
    });
    const { projection } = run(accepted(), [cmd], '2026-05-01T00:00:00.000Z');
    const d = findDeadline(
      computeDeadlines(projection, jpcertProfile, '2026-09-02T00:00:00.000Z').deadlines,
      'jpcert.publication-target',
    );
    expect(d).toMatchObject({ state: 'met', metBy: 'waived' });
  });
});
