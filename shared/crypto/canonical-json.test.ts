import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { canonicalHash, canonicalJson, sameJson, sha256Hex } from './canonical-json';

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

describe('sameJson', () => {
  it('is true exactly when the canonical JSON is the same', () => {
    // Values that differ a little (a key, an item, undefined against null or absent).
    const value = fc.letrec((tie) => ({
      leaf: fc.constantFrom(null, undefined, 0, -0, 1, '', 'a', true, false),
      node: fc.oneof(
        { depthSize: 'small' },
        tie('leaf'),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('a', 'b', '1'), tie('node'), { maxKeys: 3 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameJson(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
        expect(sameJson(a, structuredClone(a))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores key order and undefined properties, and tells null from absent', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1, u: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: null }, { a: undefined })).toBe(false);
    expect(sameJson({ a: null }, {})).toBe(false);
    expect(sameJson([undefined], [null])).toBe(true);
    expect(sameJson([1], { 0: 1 })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
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
