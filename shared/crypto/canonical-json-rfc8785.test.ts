// The canonical JSON of the audit chain, the store digest, bundle hashes and the event
// merge is RFC 8785 (JCS). These are the RFC's own examples: §3.2.2 (a whole value),
// §3.2.3 (property sorting by UTF-16 code units) and Appendix B (number serialisation).
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

const fromIeee = (hex: string): number =>
  new DataView(Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16)).buffer).getFloat64(
    0,
  );

describe('canonicalJson follows RFC 8785', () => {
  it('§3.2.2: serialises the RFC’s sample value exactly', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",' +
        ' "literals": [null, true, false]}',
    ) as unknown;
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('§3.2.3: sorts properties by UTF-16 code units, not code points or locale', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    const keys = Object.keys(JSON.parse(canonicalJson(input)) as object);
    // JSON.parse puts the integer-like key first; compare the serialised order instead.
    const order = [...canonicalJson(input).matchAll(/"([^"]*)":"([^"]*)"/g)].map((m) => m[2]);
    expect(keys).toHaveLength(7);
    expect(order).toEqual([
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ]);
  });

  it('Appendix B: numbers are written as ECMAScript writes them', () => {
    const vectors: [string, string][] = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555554', '333333333.33333325'],
      ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2'],
    ];
    for (const [hex, expected] of vectors) expect(canonicalJson(fromIeee(hex))).toBe(expected);
  });

  it('Appendix B: NaN and Infinity have no JSON form and are refused', () => {
    expect(() => canonicalJson(fromIeee('7fffffffffffffff'))).toThrow(/non-finite/);
    expect(() => canonicalJson(fromIeee('7ff0000000000000'))).toThrow(/non-finite/);
  });

  it('leaves array order alone and writes no whitespace', () => {
    expect(canonicalJson([3, { b: [2, 1], a: 'x y' }, 1])).toBe('[3,{"a":"x y","b":[2,1]},1]');
  });
});
