import { describe, expect, it } from 'vitest';
import { sampleVulnerability } from '../model/testing/fixtures';
import { parseProductIdentifier, productNamesOf } from '../model/product-identifier';
import type { ContactId } from '../model/ids';
import type { AffectedProduct } from '../model/vulnerability';
import type { AdvisoryDraft } from '../model/advisory-draft';
import { caseProductsNotTaken, draftFromCase, type DraftFromCaseInput } from './draft-from-case';
import { checkExportProducts } from './product-versions';
import { renderFiles } from './render';
import { sampleDraftInput } from './testing/sample-draft-input';
import { takeFromCase } from './take-from-case';
import { validateExportFile } from './validate-export';

/** A line as the Vulnerabilities tab stores it: no contact, a vendor derived from the PURL. */
const line = (text: string): AffectedProduct => {
  const [identifier = '', ...versions] = text.split(' ');
  const parsed = parseProductIdentifier(identifier);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return {
    ...productNamesOf(parsed.value),
    versions: versions.join(' '),
    contactId: null,
    identifier,
  };
};

const vendor = (contactId: string, en: string, ja: string, products: string[]) => {
  const inv = sampleDraftInput().involvements[0]!;
  return {
    ...inv,
    contactId,
    contactName: { en, ja },
    contactProducts: products,
    products: [],
    clearedForPublication: true,
  };
};

type CaseVuln = DraftFromCaseInput['vulnerabilities'][number];

const SQLI: CaseVuln = {
  ...sampleVulnerability(),
  title: { en: 'SQL injection in admin panel', ja: '管理画面における SQL インジェクション' },
  cwe: 'CWE-89',
  cve: { id: 'CVE-2026-12345', state: 'reserved' },
  affected: [line('pkg:generic/widgetcms < 3.2.2'), line('pkg:generic/gadgetlib <= 1.0')],
};

/** Finding F-H: Widget Corp and Gadget Inc on the case, their PURLs typed on the vulnerability. */
const fhInput = (vulnerabilities: CaseVuln[] = [SQLI]): DraftFromCaseInput => ({
  ...sampleDraftInput(),
  publisher: {
    ...sampleDraftInput().publisher,
    cveOrgId: 'b3476cb9-2e3d-41a6-98d0-0f47421a65b6',
  },
  involvements: [
    vendor('c-widget', 'Widget Corp', 'ウィジェット社', ['pkg:generic/widgetcms']),
    vendor('c-gadget', 'Gadget Inc', 'ガジェット社', ['pkg:generic/gadgetlib']),
  ],
  vulnerabilities,
});

const draftOf = (input: DraftFromCaseInput): AdvisoryDraft => {
  const r = draftFromCase(input);
  if (!r.ok) throw new Error(r.error.issues.join('\n'));
  return r.value;
};

describe('affected products typed as PURLs join the case vendor that registers them (F-H)', () => {
  it('puts each line under the vendor whose contact registers its PURL, versions machine-readable', () => {
    const d = draftOf(fhInput());
    expect(d.products).toEqual([
      expect.objectContaining({
        vendorId: 'v1',
        name: { en: 'widgetcms', ja: 'widgetcms' },
        identifiers: ['pkg:generic/widgetcms'],
        versions: [expect.objectContaining({ version: 'vers:generic/<3.2.2', range: true })],
      }),
      expect.objectContaining({
        vendorId: 'v2',
        name: { en: 'gadgetlib', ja: 'gadgetlib' },
        versions: [expect.objectContaining({ version: 'vers:generic/<=1.0', range: true })],
      }),
    ]);
    expect(d.vendors.map((v) => v.name.en)).toEqual(['Widget Corp', 'Gadget Inc']);
    expect(caseProductsNotTaken(fhInput())).toEqual([]);
    expect(checkExportProducts(d)).toEqual({ ok: true, value: undefined });
  });

  it('gives a CSAF document and a CVE record the official schemas accept', async () => {
    const d = {
      ...draftOf(fhInput()),
      overview: { en: 'WidgetCMS has SQLi.', ja: 'SQLi があります。' },
    };
    for (const format of ['csaf', 'cve'] as const) {
      const files = renderFiles(d, { format, lang: 'en' });
      if (!files.ok) throw new Error(files.error.message);
      for (const f of files.value) {
        const verdict = await validateExportFile(format, f.content);
        expect(verdict?.errors ?? [], `${format} ${f.name}`).toEqual([]);
        expect(verdict?.valid).toBe(true);
      }
    }
    // The page the preview shows lists each product under its vendor, in both languages.
    const pages = renderFiles(d, { format: 'html' });
    if (!pages.ok) throw new Error(pages.error.message);
    for (const page of pages.value) {
      expect(page.content).toMatch(/Widget Corp|ウィジェット社/);
      expect(page.content).toContain('widgetcms');
      expect(page.content).toContain('gadgetlib');
    }
  });

  it('joins a line registered by two case vendors under each; its contact, when named, wins', () => {
    const input = fhInput([{ ...SQLI, affected: [line('pkg:generic/widgetcms 3.2.1')] }]);
    input.involvements[1]!.contactProducts = ['pkg:generic/widgetcms@3.0.0'];
    expect(draftOf(input).products.map((p) => p.vendorId)).toEqual(['v1', 'v2']);
    const named = { ...line('pkg:generic/widgetcms 3.2.1'), contactId: 'c-gadget' as ContactId };
    input.vulnerabilities = [{ ...SQLI, affected: [named] }];
    expect(draftOf(input).products.map((p) => p.vendorId)).toEqual(['v2']);
  });

  it('still joins by the vendor’s name when no contact registers the identifier', () => {
    const input = fhInput([{ ...SQLI, affected: [line('pkg:npm/gadget-inc/tool 1.0')] }]);
    input.involvements[1]!.contactName = { en: 'gadget-inc', ja: '' };
    expect(draftOf(input).products).toEqual([expect.objectContaining({ vendorId: 'v2' })]);
  });

  it('names each line it cannot take, with the reason and what to do, in en and ja', () => {
    const stray = line('cpe:2.3:a:acme:router_os:2.1:*:*:*:*:*:*:*');
    const input = fhInput([{ ...SQLI, affected: [...SQLI.affected, stray] }]);
    expect(draftOf(input).products).toHaveLength(2);
    const [notTaken, ...more] = caseProductsNotTaken(input);
    expect(more).toEqual([]);
    expect(notTaken).toMatchObject({
      vulnerability: SQLI.title,
      line: 'cpe:2.3:a:acme:router_os:2.1:*:*:*:*:*:*:*',
      reason: 'no-vendor-match',
    });
    expect(notTaken?.text.en).toMatch(/was not taken: no vendor on the case registers cpe:2\.3/);
    expect(notTaken?.text.en).toContain('“acme”');
    expect(notTaken?.text.ja).toMatch(/取り込まれませんでした/);

    const gone = { ...line('pkg:generic/widgetcms 1.0'), contactId: 'c-elsewhere' as ContactId };
    expect(caseProductsNotTaken(fhInput([{ ...SQLI, affected: [gone] }]))).toEqual([
      expect.objectContaining({ reason: 'contact-not-on-case', line: 'pkg:generic/widgetcms 1.0' }),
    ]);
    const alone = { ...fhInput(), involvements: [] };
    const reasons = caseProductsNotTaken(alone).map((n) => n.reason);
    expect(reasons).toEqual(['no-vendor-on-case', 'no-vendor-on-case']);
    expect(caseProductsNotTaken(alone)[0]?.text.en).toMatch(/the case has no vendor yet/);
    const noId = { vendor: 'Nobody', product: 'Thing', versions: '', contactId: null };
    expect(caseProductsNotTaken(fhInput([{ ...SQLI, affected: [noId] }]))[0]?.line).toBe(
      'Nobody Thing',
    );
  });
});

describe('taking the case into a draft made before its vulnerabilities and products (F-H)', () => {
  const early = () => draftOf(fhInput([]));

  it('brings the products and each vulnerability the draft lacks, filling only empty texts', () => {
    const before = { ...early(), overview: { en: 'Mine', ja: '私の' } };
    expect(before.products).toEqual([]);
    expect(before.vulnerabilities).toEqual([]);
    const { draft, addedVulnerabilities } = takeFromCase(before, draftOf(fhInput()));
    expect(addedVulnerabilities).toEqual([SQLI.title]);
    expect(draft.products.map((p) => p.name.en)).toEqual(['widgetcms', 'gadgetlib']);
    expect(draft.vulnerabilities).toEqual([
      expect.objectContaining({ id: 'vuln1', cve: 'CVE-2026-12345', title: SQLI.title }),
    ]);
    expect(draft.vulnerabilities[0]?.cwe?.id).toBe('CWE-89');
    expect(draft.title).toEqual(SQLI.title);
    expect(draft.overview).toEqual({ en: 'Mine', ja: '私の' });
    expect(checkExportProducts(draft)).toEqual({ ok: true, value: undefined });
  });

  it('does not add a vulnerability twice, nor overwrite what the analyst wrote', () => {
    const fresh = draftOf(fhInput());
    const once = takeFromCase(early(), fresh).draft;
    const edited = {
      ...once,
      title: { en: 'Edited', ja: '編集済み' },
      vulnerabilities: [{ ...once.vulnerabilities[0]!, title: { en: 'Renamed', ja: '改名' } }],
    };
    const twice = takeFromCase(edited, fresh);
    expect(twice.addedVulnerabilities).toEqual([]);
    expect(twice.draft.vulnerabilities).toEqual(edited.vulnerabilities);
    expect(twice.draft.title).toEqual({ en: 'Edited', ja: '編集済み' });
    // Without a CVE ID the title tells them apart; a new id never collides with the draft's.
    const noCve: CaseVuln = { ...SQLI, cve: { id: null, state: 'none' } };
    const other: CaseVuln = { ...noCve, title: { en: 'XSS in search', ja: '検索の XSS' } };
    const blankOne = {
      id: 'vuln2',
      title: { en: '', ja: '' },
      description: { en: '', ja: '' },
      cvss: {},
    };
    const mixed = { ...early(), vulnerabilities: [{ ...blankOne }, { ...blankOne, id: 'vuln1' }] };
    const r = takeFromCase(mixed, draftOf(fhInput([noCve, other])));
    expect(r.draft.vulnerabilities.map((v) => v.id)).toEqual(['vuln2', 'vuln1', 'vuln3', 'vuln4']);
    const named = {
      ...mixed,
      vulnerabilities: [{ ...blankOne, title: { en: '', ja: '検索の xss' } }],
    };
    expect(takeFromCase(named, draftOf(fhInput([other]))).addedVulnerabilities).toEqual([]);
  });
});
