import { describe, expect, it } from 'vitest';
import { decodeText } from './charset';
import { detectShape } from './detect';
import { proposeCases } from './match';

const cases = [
  {
    caseId: 'c1',
    ref: 'AL-2026-0042',
    vendorFingerprints: ['AAAA BBBB CCCC DDDD EEEE  FFFF 0000 1111 2222 3333'],
  },
  {
    caseId: 'c2',
    ref: 'AL-2026-0004',
    vendorFingerprints: ['9999999999999999999999999999999999999999'],
  },
  { caseId: 'c3', ref: 'AL-2026-0420', vendorFingerprints: [] },
];

describe('proposeCases', () => {
  it('ranks a ref in the subject above the sender key, and does not match a ref prefix', () => {
    const result = proposeCases(
      {
        subject: 'Re: [al-2026-0042] fix',
        text: 'see AL-2026-00420 and AL-2026-0004',
        signerFingerprints: ['9999999999999999999999999999999999999999'],
      },
      cases,
    );
    expect(result.map((c) => [c.caseId, c.reasons])).toEqual([
      ['c1', ['ref-in-subject']],
      ['c2', ['ref-in-text', 'sender-key']],
    ]);
  });

  it('matches by the sender key alone, with any fingerprint spacing or case', () => {
    const result = proposeCases(
      { text: 'no ref here', signerFingerprints: ['aaaabbbbccccddddeeeeffff0000111122223333'] },
      cases,
    );
    expect(result.map((c) => c.caseId)).toEqual(['c1']);
  });

  it('proposes nothing when nothing matches', () => {
    expect(proposeCases({ text: 'hello', signerFingerprints: [] }, cases)).toEqual([]);
  });
});

describe('decodeText and detectShape', () => {
  it('decodes ISO-2022-JP by its escapes and UTF-8 otherwise; binary is not text', () => {
    expect(
      decodeText(Uint8Array.from([0x1b, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c, 0x1b, 0x28, 0x42])),
    ).toBe('日本');
    expect(decodeText(new TextEncoder().encode('日本'))).toBe('日本');
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x00]))).toBeNull();
  });

  it('tells messages, signatures, keys and e-mails apart by content', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(detectShape(enc('-----BEGIN PGP MESSAGE-----\n'))).toBe('armored-message');
    expect(detectShape(enc('Hi\n-----BEGIN PGP SIGNED MESSAGE-----\n'))).toBe('clearsigned');
    expect(detectShape(enc('-----BEGIN PGP SIGNATURE-----\n'))).toBe('armored-signature');
    expect(detectShape(enc('-----BEGIN PGP PUBLIC KEY BLOCK-----\n'))).toBe('key');
    expect(detectShape(enc('From: a@b\r\nSubject: x\r\n\r\nbody'))).toBe('mime');
    expect(detectShape(Uint8Array.from([0x85, 0x01]))).toBe('binary-message');
    expect(detectShape(Uint8Array.from([0xc1, 0x01]))).toBe('binary-message');
    expect(detectShape(Uint8Array.from([0x89, 0x01]))).toBe('binary-signature');
    expect(detectShape(Uint8Array.from([0x99, 0x01]))).toBe('key');
    expect(detectShape(enc('plain'))).toBe('unknown');
  });
});
