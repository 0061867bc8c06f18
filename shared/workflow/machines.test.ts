import { describe, it, expect } from 'vitest';
import { emptyCaseFlags } from '../model';
import {
  EMBARGO_TRANSITIONS,
  REPORT_TRANSITIONS,
  embargoTransition,
  ensureFlag,
  reportPath,
  reportTransition,
  setFlag,
} from './machines';
import { TRIAGE_PATHS } from './reducer';
import { EMBARGO_MOVES, TERMINATE_PATHS } from './reducer-embargo';

describe('report management machine (Vultron RM)', () => {
  it('allows exactly the edges of ARCHITECTURE.md §4', () => {
    expect(reportTransition('start', 'received').ok).toBe(true);
    expect(reportTransition('valid', 'closed')).toMatchObject({
      ok: false,
      error: { code: 'illegal-report-transition' },
    });
    expect(REPORT_TRANSITIONS.closed).toEqual([]);
  });

  it('every path the reducer takes is a chain of legal edges', () => {
    for (const table of [
      TRIAGE_PATHS.accept,
      TRIAGE_PATHS.defer,
      TRIAGE_PATHS.decline,
      TERMINATE_PATHS,
    ]) {
      for (const [from, path] of Object.entries(table)) {
        expect(reportPath(from as never, path).ok).toBe(true);
      }
    }
    expect(reportPath('received', ['accepted']).ok).toBe(false);
  });
});

describe('embargo machine (Vultron EM)', () => {
  it('every embargo move is an edge of the machine', () => {
    for (const targets of Object.values(EMBARGO_MOVES)) {
      for (const [from, to] of Object.entries(targets)) {
        expect(embargoTransition(from as never, to).ok).toBe(true);
      }
    }
  });

  it('nothing leaves Exited, and None cannot become Active without a proposal', () => {
    expect(EMBARGO_TRANSITIONS.exited).toEqual([]);
    expect(embargoTransition('none', 'active').ok).toBe(false);
  });
});

describe('case status flags (Vultron CS)', () => {
  const at = '2026-05-01T00:00:00.000Z';
  it('a deployed fix implies a ready fix and an aware vendor', () => {
    const r = setFlag(emptyCaseFlags(), 'fixDeployed', at);
    expect(r).toMatchObject({
      ok: true,
      value: { fixDeployed: at, fixReady: at, vendorAware: at },
    });
  });

  it('an exploit made public makes the public aware, and implied flags keep their first date', () => {
    const earlier = '2026-04-01T00:00:00.000Z';
    const flags = { ...emptyCaseFlags(), publicAware: earlier };
    expect(setFlag(flags, 'exploitPublic', at)).toMatchObject({
      ok: true,
      value: { publicAware: earlier, exploitPublic: at },
    });
  });

  it('a set flag cannot be set again; ensureFlag leaves it untouched', () => {
    const flags = { ...emptyCaseFlags(), vendorAware: at };
    expect(setFlag(flags, 'vendorAware', '2026-06-01T00:00:00.000Z')).toMatchObject({
      ok: false,
      error: { code: 'flag-already-set' },
    });
    expect(ensureFlag(flags, 'vendorAware', '2026-06-01T00:00:00.000Z')).toBe(flags);
  });
});
