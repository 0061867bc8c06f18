import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProductIdentifier, type Contact, type ContactId } from '../model';
import { sampleContact } from '../model/testing/fixtures';
import {
  identifierMatches,
  matchIdentifiers,
  suggestVendors,
  type MatchReason,
} from './vendor-suggestions';

const parsed = (s: string) => {
  const r = parseProductIdentifier(s);
  if (!r.ok) throw new Error(`${s}: ${r.error.message}`);
  return r.value;
};
const match = (contact: string, affected: string, range = ''): MatchReason | null =>
  matchIdentifiers(parsed(contact), parsed(affected), range);

let n = 0;
const contact = (products: string[], over: Partial<Contact> = {}): Contact => {
  n += 1;
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` as ContactId;
  return { ...sampleContact(), id, products, ...over };
};

describe('matching one identifier', () => {
  it('PURL: same package is exact, whatever the qualifiers, subpath or case of the type', () => {
    expect(match('pkg:npm/left-pad', 'pkg:NPM/left-pad@1.3.0?arch=x86#lib')).toBe('exact');
    expect(match('pkg:npm/left-pad@1.3.0', 'pkg:npm/left-pad@1.3.0')).toBe('exact');
    expect(match('pkg:github/Package-URL/purl-spec', 'pkg:github/package-url/PURL-SPEC')).toBe(
      'exact',
    );
  });

  it('PURL: another version, or inside / outside the affected range', () => {
    expect(match('pkg:npm/left-pad@1.2.0', 'pkg:npm/left-pad@1.3.0')).toBe('other-version');
    expect(match('pkg:deb/debian/curl@7.88.1', 'pkg:deb/debian/curl', '< 8.0')).toBe('in-range');
    expect(match('pkg:deb/debian/curl@8.1.0', 'pkg:deb/debian/curl', '< 8.0')).toBe(
      'other-version',
    );
  });

  it('PURL: the same release written with fewer zeros, or in a series range, is no other version', () => {
    expect(match('pkg:npm/left-pad@2.0', 'pkg:npm/left-pad@2.0.0')).toBe('exact');
    expect(match('pkg:npm/left-pad@2.0', 'pkg:npm/left-pad', '>=2.0.0')).toBe('in-range');
    expect(match('pkg:npm/left-pad@2.5.1', 'pkg:npm/left-pad', '2.x')).toBe('in-range');
    expect(match('pkg:npm/left-pad@3.0.0', 'pkg:npm/left-pad', '2.x')).toBe('other-version');
    expect(match('pkg:npm/left-pad@1.0.0-beta', 'pkg:npm/left-pad', '>=1.0')).toBe('other-version');
  });

  it('PURL: another type, namespace or name never matches', () => {
    expect(match('pkg:pypi/left-pad', 'pkg:npm/left-pad')).toBeNull();
    expect(match('pkg:npm/%40acme/left-pad', 'pkg:npm/left-pad')).toBeNull();
    expect(match('pkg:deb/ubuntu/curl', 'pkg:deb/debian/curl')).toBeNull();
    expect(match('pkg:npm/left-pad', 'cpe:2.3:a:left-pad:left-pad:*:*:*:*:*:*:*:*')).toBeNull();
  });

  it('CPE: a covering name is exact; same vendor and product otherwise', () => {
    const any = 'cpe:2.3:a:example:widget:*:*:*:*:*:*:*:*';
    expect(match(any, 'cpe:2.3:a:Example:Widget:2.0:*:*:*:*:*:*:*')).toBe('exact');
    expect(
      match(
        'cpe:2.3:a:example:widget:1.0:*:*:*:*:*:*:*',
        any.replace('*:*:*:*:*:*:*:*', '2.0:*:*:*:*:*:*:*'),
      ),
    ).toBe('cpe-vendor-product');
    expect(match('cpe:2.3:a:example:widget:1.0:*:*:*:*:*:*:*', any, '<= 1.5')).toBe('in-range');
    expect(match(any, 'cpe:2.3:a:example:gadget:*:*:*:*:*:*:*:*')).toBeNull();
    expect(match('cpe:2.3:a:*:*:*:*:*:*:*:*:*:*', any)).toBeNull();
  });
});

describe('suggestVendors', () => {
  it('suggests the matching contacts, strongest first, and not the ones already on the case', () => {
    const exact = contact(['pkg:npm/left-pad']);
    const older = contact(['pkg:npm/left-pad@0.9.0']);
    const other = contact(['pkg:npm/right-pad']);
    const involved = contact(['pkg:npm/left-pad']);
    const finder = contact(['pkg:npm/left-pad'], { kind: 'finder' });
    const out = suggestVendors(
      [{ identifier: 'pkg:npm/left-pad', versions: '>= 1.0' }],
      [older, other, exact, involved, finder],
      new Set([involved.id]),
    );
    expect(out.map((s) => [s.contactId, s.best])).toEqual([
      [exact.id, 'exact'],
      [older.id, 'other-version'],
    ]);
    expect(out[0]?.matches[0]).toEqual({
      contactIdentifier: 'pkg:npm/left-pad',
      caseIdentifier: 'pkg:npm/left-pad',
      reason: 'exact',
    });
  });

  it('suggests nobody for a case without identifiers', () => {
    expect(suggestVendors([], [contact(['pkg:npm/a'])], new Set())).toEqual([]);
  });
});

// Names the PURL spec lower-cases for these types (npm, github, deb): any casing is one package.
const lowerCased = fc.constantFrom('npm', 'github', 'deb');
const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
const flipCase = (s: string, mask: number) =>
  [...s].map((c, i) => ((mask >> (i % 30)) & 1 ? c.toUpperCase() : c)).join('');
const qualifiers = fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/), word, {
  maxKeys: 3,
});
const withQualifiers = (purl: string, q: Record<string, string>) => {
  const qs = Object.entries(q).map(([k, v]) => `${k}=${v}`);
  return qs.length === 0 ? purl : `${purl}?${qs.join('&')}`;
};

describe('properties of PURL matching', () => {
  it('the case of the type, namespace and name of a lower-cased type never matters; qualifiers are ignored', () => {
    fc.assert(
      fc.property(lowerCased, word, word, fc.nat(), qualifiers, (type, ns, name, mask, q) => {
        const base = `pkg:${type}/${ns}/${name}`;
        const variant = withQualifiers(
          `pkg:${flipCase(type, mask)}/${flipCase(ns, mask >> 3)}/${flipCase(name, mask >> 5)}`,
          q,
        );
        expect(match(base, variant)).toBe('exact');
        expect(match(variant, base)).toBe('exact');
      }),
    );
  });

  it('a different type or name never matches', () => {
    fc.assert(
      fc.property(lowerCased, lowerCased, word, word, word, (t1, t2, ns, a, b) => {
        fc.pre(t1 !== t2 || a !== b);
        expect(match(`pkg:${t1}/${ns}/${a}`, `pkg:${t2}/${ns}/${b}`)).toBeNull();
      }),
    );
  });

  it('a suggestion only ever cites an identifier its contact holds', () => {
    const identifier = fc
      .tuple(lowerCased, word, word)
      .map(([t, ns, nm]) => `pkg:${t}/${ns}/${nm}`);
    fc.assert(
      fc.property(
        fc.array(fc.array(identifier, { maxLength: 3 }), { maxLength: 5 }),
        fc.array(identifier, { maxLength: 3 }),
        (catalogues, affected) => {
          const contacts = catalogues.map((products) => contact(products));
          const out = suggestVendors(
            affected.map((identifier) => ({ identifier, versions: '' })),
            contacts,
            new Set(),
          );
          for (const s of out) {
            const owner = contacts.find((c) => c.id === s.contactId);
            for (const m of s.matches) expect(owner?.products).toContain(m.contactIdentifier);
          }
        },
      ),
    );
  });
});

describe('matching and suggesting: edge cases', () => {
  it('PURL: a range the code does not understand falls back to an exact package match', () => {
    expect(match('pkg:npm/left-pad@1.2.0', 'pkg:npm/left-pad', 'all versions')).toBe('exact');
    expect(match('pkg:npm/left-pad@1.2.0', 'pkg:npm/left-pad', '')).toBe('exact');
  });

  it('PURL: a package in another namespace is not suggested', () => {
    expect(match('pkg:maven/org.acme/lib', 'pkg:maven/org.other/lib')).toBeNull();
    expect(match('pkg:npm/%40acme/left-pad', 'pkg:npm/%40other/left-pad')).toBeNull();
    const acme = contact(['pkg:npm/%40acme/left-pad']);
    expect(
      suggestVendors(
        [{ identifier: 'pkg:npm/%40other/left-pad', versions: '' }],
        [acme],
        new Set(),
      ),
    ).toEqual([]);
  });

  it('CPE: a version outside the range, or no usable range, is only a vendor/product match', () => {
    const v = 'cpe:2.3:a:example:widget:1.0:*:*:*:*:*:*:*';
    const any = 'cpe:2.3:a:example:widget:*:*:*:*:*:*:*:*';
    expect(match(v, any, '>= 2.0')).toBe('cpe-vendor-product');
    expect(match(v, any, '   ')).toBe('cpe-vendor-product');
    expect(match(v, any, 'latest')).toBe('cpe-vendor-product');
    expect(match('cpe:2.3:a:example:widget:-:*:*:*:*:*:*:*', any, '<= 1.5')).toBe(
      'cpe-vendor-product',
    );
    expect(match('cpe:2.3:a:example:-:*:*:*:*:*:*:*:*', any)).toBeNull();
    expect(match('cpe:2.3:a:other:widget:*:*:*:*:*:*:*:*', any)).toBeNull();
  });

  it('a CPE never matches a PURL, in either direction', () => {
    expect(match('cpe:2.3:a:left-pad:left-pad:*:*:*:*:*:*:*:*', 'pkg:npm/left-pad')).toBeNull();
  });

  it('ignores identifiers that do not parse, on the case and on the contact', () => {
    const c = contact(['not an identifier', 'pkg:npm/left-pad@1.5.0']);
    expect(suggestVendors([{ identifier: 'garbage', versions: '' }], [c], new Set())).toEqual([]);
    const out = suggestVendors(
      [
        { identifier: 'garbage', versions: '' },
        { identifier: 'pkg:npm/left-pad', versions: '>=1.0 <2.0' },
      ],
      [c],
      new Set(),
    );
    expect(out).toEqual([
      {
        contactId: c.id,
        best: 'in-range',
        matches: [
          {
            contactIdentifier: 'pkg:npm/left-pad@1.5.0',
            caseIdentifier: 'pkg:npm/left-pad',
            reason: 'in-range',
          },
        ],
      },
    ]);
  });

  it('orders a contact matches strongest first and ties between contacts by id', () => {
    const b = contact(['pkg:npm/left-pad@3.0.0', 'pkg:npm/left-pad']);
    const a = contact(['pkg:npm/left-pad']);
    const out = suggestVendors(
      [{ identifier: 'pkg:npm/left-pad', versions: '< 2.0' }],
      [b, a],
      new Set(),
    );
    expect(out.map((s) => s.contactId)).toEqual([b.id, a.id].sort());
    expect(out.find((s) => s.contactId === b.id)?.matches.map((m) => m.reason)).toEqual([
      'exact',
      'other-version',
    ]);
  });

  it('matches one holder’s identifiers as the suggestions do (the advisory joins vendors by it)', () => {
    const own = ['not an identifier', 'pkg:generic/widgetcms@3.0.0', 'pkg:generic/widgetcms'];
    const affected = [
      { identifier: 'pkg:generic/widgetcms', versions: '< 3.2.2' },
      { identifier: 'also not one', versions: '' },
    ];
    expect(identifierMatches(own, affected).map((m) => [m.contactIdentifier, m.reason])).toEqual([
      ['pkg:generic/widgetcms', 'exact'],
      ['pkg:generic/widgetcms@3.0.0', 'in-range'],
    ]);
    expect(identifierMatches(own, [{ identifier: 'pkg:generic/gadgetlib', versions: '' }])).toEqual(
      [],
    );
  });
});
