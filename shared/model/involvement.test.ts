import { describe, it, expect } from 'vitest';
import { sampleInvolvement } from './testing/fixtures';
import { parseInvolvement } from './involvement';

describe('Involvement record', () => {
  it('accepts the sample', () => {
    expect(parseInvolvement(sampleInvolvement()).ok).toBe(true);
  });

  it('known_not_affected requires a VEX justification', () => {
    const inv = sampleInvolvement();
    const product = { product: 'X', versions: '1', status: 'known_not_affected' };
    expect(parseInvolvement({ ...inv, products: [{ ...product, justification: null }] }).ok).toBe(
      false,
    );
    expect(
      parseInvolvement({
        ...inv,
        products: [{ ...product, justification: 'vulnerable_code_not_present' }],
      }).ok,
    ).toBe(true);
  });
});
