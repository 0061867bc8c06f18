import { describe, expect, it } from 'vitest';
import { summariseSignatures } from '../messages';
import { pairDetached, replySubject } from './reply-model';

const b = (s: string) => new TextEncoder().encode(s);

describe('reply import model', () => {
  it('pairs a file with its detached signature and leaves other .asc files alone', () => {
    const items = pairDetached([
      { name: 'report.pdf', bytes: b('pdf') },
      { name: 'report.pdf.sig', bytes: b('sig') },
      { name: 'reply.asc', bytes: b('msg') },
    ]);
    expect(items.map((i) => [i.name, i.detachedSignature !== undefined])).toEqual([
      ['report.pdf', true],
      ['reply.asc', false],
    ]);
  });

  it('takes the first non-empty line as subject when there is no e-mail subject', () => {
    expect(replySubject({ subject: null, text: '\n[AL-2026-0001] Re: fix\n\nbody' })).toBe(
      '[AL-2026-0001] Re: fix',
    );
  });

  it('never shows a message without signatures as valid, and one bad signature wins', () => {
    expect(summariseSignatures([], [], [], 'en').verdict).toBe('unsigned');
    const fpr = 'A'.repeat(40);
    expect(
      summariseSignatures(
        [
          { status: 'valid', fingerprint: fpr },
          { status: 'invalid', fingerprint: fpr },
        ],
        [],
        [],
        'en',
      ).verdict,
    ).toBe('invalid');
  });
});
