// Issue 27 item 3: which cases a new report is offered against, and as what.
import { describe, expect, it } from 'vitest';
import type { CaseId } from '../model';
import {
  candidateFromRecords,
  DUPLICATES_SHOWN,
  findDuplicateCandidates,
  parseReportKeys,
  rankDuplicates,
  type CandidateCase,
} from './duplicate-match';

const c = (n: number, over: Partial<CandidateCase>): CandidateCase => ({
  caseId: `00000000-0000-4000-8000-00000000000${n}` as CaseId,
  ref: `AL-2026-000${n}`,
  title: `case ${n}`,
  closed: false,
  identifiers: [],
  cves: [],
  cwes: [],
  words: '',
  ...over,
});

const report = { identifiers: ['pkg:npm/%40acme/widget@1.2.0'], cves: [], cwes: ['CWE-79'] };

describe('rankDuplicates', () => {
  it('offers a case on the same PURL (normalised, in range) as a duplicate, open or closed', () => {
    const cases = [
      c(1, {
        identifiers: [{ identifier: 'pkg:npm/@acme/widget', versions: '< 1.3.0' }],
        closed: true,
      }),
      c(2, { identifiers: [{ identifier: 'pkg:npm/other@1.0.0', versions: '' }] }),
    ];
    const [first, ...rest] = rankDuplicates(report, cases);
    expect(first).toMatchObject({ ref: 'AL-2026-0001', closed: true, suggested: 'duplicate' });
    expect(first?.reasons).toEqual([
      { kind: 'product', match: 'exact', identifier: 'pkg:npm/@acme/widget' },
    ]);
    expect(rest).toEqual([]);
  });

  it('the same CVE is a duplicate; the same product with another CWE only related', () => {
    const cases = [
      c(1, {
        identifiers: [{ identifier: 'pkg:npm/@acme/widget@1.2.0', versions: '' }],
        cwes: ['CWE-89'],
      }),
      c(2, { cves: ['cve-2026-1234'] }),
    ];
    const ranked = rankDuplicates({ ...report, cves: ['CVE-2026-1234'] }, cases);
    expect(ranked.map((r) => [r.ref, r.suggested])).toEqual([
      ['AL-2026-0002', 'duplicate'],
      ['AL-2026-0001', 'related'],
    ]);
  });

  it('weights an in-range, other-version and CPE vendor/product match below an exact one', () => {
    const cpe = 'cpe:2.3:a:acme:widget:1.0:*:*:*:*:*:*:*';
    const ranked = rankDuplicates({ identifiers: [cpe, 'pkg:pypi/tool@2.0'], cves: [], cwes: [] }, [
      c(1, {
        identifiers: [{ identifier: 'cpe:2.3:a:acme:widget:2.0:*:*:*:*:*:*:*', versions: '' }],
      }),
      c(2, { identifiers: [{ identifier: 'pkg:pypi/tool@1.0', versions: '' }] }),
      c(3, { identifiers: [{ identifier: 'not a purl', versions: '' }] }),
    ]);
    expect(ranked.map((r) => [r.ref, r.suggested, r.reasons[0]])).toEqual([
      [
        'AL-2026-0001',
        'related',
        {
          kind: 'product',
          match: 'cpe-vendor-product',
          identifier: 'cpe:2.3:a:acme:widget:2.0:*:*:*:*:*:*:*',
        },
      ],
      [
        'AL-2026-0002',
        'related',
        { kind: 'product', match: 'other-version', identifier: 'pkg:pypi/tool@1.0' },
      ],
    ]);
  });

  it('keeps the best product match of several identifiers', () => {
    const [r] = rankDuplicates(report, [
      c(1, {
        identifiers: [
          { identifier: 'pkg:npm/%40acme/widget@0.9.0', versions: '' },
          { identifier: 'pkg:npm/%40acme/widget@1.2.0', versions: '' },
        ],
      }),
    ]);
    expect(r?.reasons[0]).toMatchObject({
      match: 'exact',
      identifier: 'pkg:npm/%40acme/widget@1.2.0',
    });
  });

  it('a shared CWE alone offers nothing; wording counts only as an absolute similarity', () => {
    const ranked = rankDuplicates(
      { identifiers: ['bad'], cves: [], cwes: ['CWE-79'] },
      [
        c(1, { cwes: ['CWE-79'], words: 'Stored XSS in Foo CMS comments Foo CMS' }),
        c(2, { words: 'Open redirect in Bar shop' }),
        c(3, { cwes: ['CWE-79'] }),
      ],
      'Stored XSS in Foo CMS comments Foo CMS',
    );
    expect(ranked).toEqual([
      expect.objectContaining({
        ref: 'AL-2026-0001',
        suggested: 'related',
        score: 30,
        reasons: [
          { kind: 'cwe', id: 'CWE-79' },
          { kind: 'text', similarity: 1 },
        ],
      }),
    ]);
    expect(rankDuplicates(report, [c(1, {})])).toEqual([]);
  });

  it('does not offer an unrelated case, however few cases there are (QA: XSS vs SQLi "100%")', () => {
    const kumo = c(1, {
      title: 'SQL injection in Kumo Router admin',
      words: 'SQL injection in Kumo Router admin Kumo Router',
    });
    const noKeys = { identifiers: [], cves: [], cwes: [] };
    expect(rankDuplicates(noKeys, [kumo], 'XSS in Foo CMS Foo CMS')).toEqual([]);
    // A reworded copy of the same report is offered, with a high similarity shown.
    const [copy] = rankDuplicates(noKeys, [kumo], 'SQL injection in the Kumo Router admin page');
    const text = copy?.reasons.find((r) => r.kind === 'text');
    expect(text?.kind === 'text' && text.similarity).toBeGreaterThanOrEqual(0.8);
    expect(text?.kind === 'text' && text.similarity).toBeLessThanOrEqual(1);
  });

  it('compares Japanese wording by the search bigrams, not its particles', () => {
    const noKeys = { identifiers: [], cves: [], cwes: [] };
    const jp = c(1, { words: 'Kumo ルーター管理画面における SQL インジェクション' });
    expect(rankDuplicates(noKeys, [jp], 'Foo CMS におけるクロスサイトスクリプティング')).toEqual(
      [],
    );
    expect(
      rankDuplicates(noKeys, [jp], 'Kumo ルーターの管理画面における SQL インジェクション'),
    ).toHaveLength(1);
  });

  it('orders equal scores by reference', () => {
    const id = { identifier: 'pkg:npm/%40acme/widget', versions: '' };
    const ranked = rankDuplicates(report, [
      c(2, { identifiers: [id] }),
      c(1, { identifiers: [id] }),
    ]);
    expect(ranked.map((r) => r.ref)).toEqual(['AL-2026-0001', 'AL-2026-0002']);
  });
});

describe('candidateFromRecords', () => {
  it('takes affected identifiers, CVE ids, CWEs and the involved vendors’ products', () => {
    const cand = candidateFromRecords({
      kase: { id: 'c1' as CaseId, ref: 'AL-1', title: 't', states: { report: 'closed' } as never },
      vulnerabilities: [
        {
          affected: [
            {
              vendor: 'v',
              product: 'p',
              versions: '< 2',
              contactId: null,
              identifier: 'pkg:npm/a',
            },
            { vendor: 'v', product: 'q', versions: '', contactId: null },
          ],
          cve: { id: 'CVE-2026-0001', state: 'reserved' },
          cwe: 'CWE-79',
        },
        { affected: [], cve: { id: null, state: 'none' }, cwe: null },
      ],
      involvements: [
        { contactId: 'k1' as never, role: 'developer' },
        { contactId: 'k2' as never, role: 'coordinator' },
        { contactId: 'k3' as never, role: 'developer' },
      ],
      contacts: new Map([
        ['k1', { products: ['pkg:npm/b'] }],
        ['k2', { products: ['pkg:npm/c'] }],
      ]),
    });
    expect(cand).toEqual({
      caseId: 'c1',
      ref: 'AL-1',
      title: 't',
      closed: true,
      identifiers: [
        { identifier: 'pkg:npm/a', versions: '< 2' },
        { identifier: 'pkg:npm/b', versions: '' },
      ],
      cves: ['CVE-2026-0001'],
      cwes: ['CWE-79'],
      words: 't p q',
    });
  });
});

describe('parseReportKeys', () => {
  it('splits on blanks and commas and reads a bare CWE number', () => {
    expect(
      parseReportKeys({
        identifiers: ' pkg:npm/a@1, cpe:2.3:a:b:c:*:*:*:*:*:*:*:*\n',
        cves: 'CVE-2026-0001,CVE-2026-0002',
        cwes: '79, CWE-89',
      }),
    ).toEqual({
      identifiers: ['pkg:npm/a@1', 'cpe:2.3:a:b:c:*:*:*:*:*:*:*:*'],
      cves: ['CVE-2026-0001', 'CVE-2026-0002'],
      cwes: ['CWE-79', 'CWE-89'],
    });
  });
});

describe('findDuplicateCandidates', () => {
  const kase = (n: number, closed = false) => ({
    id: `00000000-0000-4000-8000-00000000000${n}` as CaseId,
    ref: `AL-2026-000${n}`,
    title: `case ${n}`,
    states: { report: closed ? 'closed' : 'accepted' } as never,
  });
  const vulnOn = (identifier: string) => ({
    affected: [{ vendor: 'v', product: 'p', versions: '', contactId: null, identifier }],
    cve: { id: null, state: 'none' as const },
    cwe: null,
  });

  it('matches the stored cases and the index’s text hits, at most the limit', () => {
    const cases = [1, 2, 3, 4, 5, 6, 7].map((n) => kase(n, n === 1));
    const found = findDuplicateCandidates({
      cases,
      vulnerabilitiesOf: (id) => (id === cases[0]?.id ? [vulnOn('pkg:npm/widget')] : []),
      involvementsOf: (id) =>
        id === cases[1]?.id ? [{ contactId: 'c1' as never, role: 'developer' }] : [],
      contacts: [{ id: 'c1', products: ['pkg:npm/widget'] }],
      keys: parseReportKeys({ identifiers: 'pkg:npm/widget@2.0.0', cves: '', cwes: '' }),
      text: 'case',
      textHits: cases.slice(2).map((c) => ({ id: c.id })),
    });
    expect(found).toHaveLength(DUPLICATES_SHOWN);
    expect(found.slice(0, 2).map((c) => [c.ref, c.closed, c.suggested])).toEqual([
      ['AL-2026-0001', true, 'duplicate'],
      ['AL-2026-0002', false, 'duplicate'],
    ]);
    // 'case' against 'case 3': one of two words shared, 1/√2.
    const [text] = found[2]?.reasons ?? [];
    expect(text?.kind === 'text' ? text.similarity : 0).toBeCloseTo(Math.SQRT1_2, 6);
    const one = findDuplicateCandidates({
      cases,
      vulnerabilitiesOf: () => [],
      involvementsOf: () => [],
      contacts: [],
      keys: parseReportKeys({ identifiers: '', cves: '', cwes: '' }),
      text: 'case 7',
      textHits: [{ id: cases[6]?.id ?? '' }],
      limit: 1,
    });
    expect(one.map((c) => c.ref)).toEqual(['AL-2026-0007']);
  });
});
