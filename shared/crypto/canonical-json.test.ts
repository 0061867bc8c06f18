import { describe, it, expect } from 'vitest';
import { canonicalHash, canonicalJson, sha256Hex } from './canonical-json';

describe('canonicalJson', () => {
  it('gives the same text whatever the key order, at every depth', () => {
    const a = { b: 1, a: { d: [3, { y: 1, x: 2 }], c: 'é' } };
    const b = { a: { c: 'é', d: [3, { x: 2, y: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"c":"é","d":[3,{"x":2,"y":1}]},"b":1}');
  });

  it('omits undefined properties and refuses values JSON cannot carry faithfully', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ bytes: new Uint8Array(2) })).toThrow(TypeError);
  });
});

describe('sha256Hex', () => {
  it('matches the published SHA-256 test vector', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('hashes equal records equally and different records differently', async () => {
    expect(await canonicalHash({ x: 1, y: 2 })).toBe(await canonicalHash({ y: 2, x: 1 }));
    expect(await canonicalHash({ x: 1 })).not.toBe(await canonicalHash({ x: 2 }));
  });
});
