// Properties of the vendor-confidentiality text matching: a vendor name is found however
// it is written, and every hit points back into the analyst's own text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameCore, normaliseText } from './confidentiality-text';
import { B, contact, input, partner, vendorA } from './testing/confidentiality-fixtures';
import { confidentialityContext, scanText } from './vendor-confidentiality';

describe('vendor confidentiality: normalisation properties', () => {
  const latin = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{3,9}( [A-Za-z0-9]{2,9}){0,2}$/);

  const fullWidth = (s: string) =>
    [...s]
      .map((c) => (c === ' ' ? '\u3000' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)))
      .join('');

  it('a vendor name is found in any case, full width and with any separators, in any sentence', () => {
    fc.assert(
      fc.property(
        latin,
        fc.constantFrom<(s: string) => string>(
          (s) => s.toUpperCase(),
          (s) => s.toLowerCase(),
          fullWidth,
          (s) => s.replace(/ /g, '-'),
          (s) => s.replace(/ /g, '  _ '),
        ),
        fc.string({ maxLength: 20 }),
        fc.string({ maxLength: 20 }),
        (name, variant, before, after) => {
          const ctx = confidentialityContext(
            input({
              kase: { title: 't', titleShareable: true },
              contacts: [vendorA, contact(B, { name: { ja: '', en: name } }), partner],
              affected: [],
              reporter: null,
            }),
          );
          const text = `${before} ${variant(name)} ${after}`;
          const hits = scanText(ctx, text, { kind: 'subject' });
          expect(hits.length).toBeGreaterThan(0);
          // The reported text is a piece of what was written.
          for (const h of hits) expect(text).toContain(h.text);
        },
      ),
    );
  });

  it('the normalised map points back inside the original text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const n = normaliseText(s);
        expect(n.start).toHaveLength(n.norm.length);
        for (let i = 0; i < n.norm.length; i += 1) {
          expect(n.start[i]).toBeLessThan(n.end[i]!);
          expect(n.end[i]).toBeLessThanOrEqual(s.length);
        }
      }),
    );
  });

  it('name cores drop only trailing or leading legal forms', () => {
    expect(nameCore('Beta Systems Co., Ltd.')).toBe('beta systems');
    expect(nameCore('株式会社ベータ')).toBe('ベータ');
    expect(nameCore('ベータ㈱')).toBe('ベータ');
    expect(nameCore('Inc Tools')).toBe('inc tools');
  });
});
