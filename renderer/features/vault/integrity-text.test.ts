import { describe, expect, it } from 'vitest';
import { integrityLines } from './integrity-text';

const sound = {
  ok: true,
  links: { ok: true },
  anchor: { status: 'ok' },
  mirror: 'absent',
} as const;

describe('unlock warning lines', () => {
  it('says nothing for a sound or not-yet-anchored log', () => {
    expect(integrityLines(null)).toEqual([]);
    expect(integrityLines(sound)).toEqual([]);
    expect(integrityLines({ ...sound, anchor: { status: 'unanchored' } })).toEqual([]);
  });

  it('names the missing entries, a broken link and a rollback', () => {
    expect(
      integrityLines({
        ok: false,
        links: { ok: false, seq: 3 },
        anchor: { status: 'tail-missing', anchoredSeq: 9, headSeq: 6 },
        mirror: 'rolled-back',
      }),
    ).toEqual([
      { key: 'links', values: { seq: 3 } },
      { key: 'tail-missing', values: { anchored: 9, head: 6 } },
      { key: 'rolled-back', values: {} },
    ]);
  });
});
