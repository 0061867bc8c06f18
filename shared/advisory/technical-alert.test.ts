import { describe, expect, it } from 'vitest';
import { parseAdvisoryDraft } from '../model/advisory-draft';
import { sampleVulnerability } from '../model/testing/fixtures';
import { draftFromCase } from './draft-from-case';
import { advisoryPrefixFor, jvnUrl, newAdvisoryId } from './ids';
import { missingTranslations } from './public-fields';
import { renderAdvisory, renderFiles } from './render';
import { sampleAlertDraft, sampleAlertDraftInput } from './testing/sample-alert-draft';
import { sampleDraft } from './testing/sample-draft';

type Csaf = {
  document: {
    category: string;
    notes: { category: string; title: string; text: string }[];
    references: { category: string; url: string; summary: string }[];
    tracking: { id: string };
  };
  product_tree?: {
    full_product_names: { product_id: string; product_identification_helper: object }[];
  };
  vulnerabilities?: unknown;
};

const files = (
  draft = sampleAlertDraft(),
  format: 'html' | 'md' | 'csaf' = 'html',
  lang?: 'ja' | 'en',
) => {
  const r = renderAdvisory(draft, lang ? { format, lang } : { format });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.files;
};
const csaf = (lang: 'ja' | 'en', draft = sampleAlertDraft()): Csaf =>
  JSON.parse(files(draft, 'csaf', lang)[0]?.content ?? '{}') as Csaf;

describe('technical alert: JVNTA# identifiers', () => {
  it('allocates JVNTA# for a technical alert whatever the default prefix', () => {
    expect(advisoryPrefixFor('technical-alert', 'JVNVU')).toBe('JVNTA');
    expect(advisoryPrefixFor('software', 'JVNVU')).toBe('JVNVU');
    expect(advisoryPrefixFor('website', 'JVN')).toBe('JVN');
    expect(newAdvisoryId('JVNTA', () => 0.5)).toBe('JVNTA#50000000');
    expect(newAdvisoryId('JVNTA')).toMatch(/^JVNTA#\d{8}$/);
    expect(jvnUrl('JVNTA#50000000', 'en')).toBe('https://jvn.jp/en/ta/JVNTA50000000/');
  });

  it('a technical alert drafted under another prefix is refused, naming the id', () => {
    const input = sampleAlertDraftInput();
    const r = draftFromCase({
      ...input,
      case: { ...input.case, advisoryId: null },
      advisoryId: 'JVN#12345678',
    });
    expect(r.ok ? [] : r.error.issues).toEqual([
      'advisoryId: a technical alert is published as JVNTA#',
    ]);
  });
});

describe('technical alert: the draft from its case', () => {
  it('takes the class as title and the content as sections, without vulnerabilities', () => {
    const input = sampleAlertDraftInput();
    const r = draftFromCase({ ...input, vulnerabilities: [sampleVulnerability()] });
    if (!r.ok) throw new Error(r.error.issues.join());
    const d = r.value;
    expect(d.case.kind).toBe('technical-alert');
    expect(d.advisoryId).toBe('JVNTA#12345678');
    expect(d.title.en).toBe('Improper certificate validation in embedded TLS libraries');
    expect(d.overview.ja).toContain('証明書を検証していません');
    expect(d.vulnerabilities).toEqual([]);
    expect(d.technicalAlert).toEqual({
      cwes: [{ id: 'CWE-295', name: 'Improper Certificate Validation' }],
      productFamilies: [
        {
          id: 'f1',
          name: { ja: 'XYZ SDK を用いた家庭用ルータ', en: 'Home routers built on the XYZ SDK' },
          identifiers: ['cpe:2.3:a:xyz:sdk:*:*:*:*:*:*:*:*'],
        },
        { id: 'f2', name: { ja: '', en: 'IoT cameras' }, identifiers: [] },
      ],
      mitigations: [
        { ja: '証明書検証を有効にしてください。', en: 'Enable certificate validation.' },
      ],
    });
    expect(d.references).toEqual([
      { url: 'https://example.org/research/tls-validation', title: { ja: '', en: '' } },
    ]);
    expect(parseAdvisoryDraft(d)).toEqual({ ok: true, value: d });
  });

  it('the draft record keeps the kind and the alert block together, under JVNTA#', () => {
    const issues = (d: unknown) => {
      const r = parseAdvisoryDraft(d);
      return r.ok ? [] : r.error.issues;
    };
    const alert = sampleAlertDraft();
    expect(issues({ ...alert, advisoryId: 'JVNVU#12345678' })).toEqual([
      'advisoryId: a technical alert is published as JVNTA#',
    ]);
    expect(issues({ ...sampleDraft(), technicalAlert: alert.technicalAlert })).toContain(
      'technicalAlert: present exactly for a technical-alert case',
    );
    const bare: Record<string, unknown> = { ...alert };
    delete bare.technicalAlert;
    expect(issues(bare)).toEqual(['technicalAlert: present exactly for a technical-alert case']);
    expect(issues({ ...alert, vulnerabilities: sampleDraft().vulnerabilities })).toEqual([
      'vulnerabilities: a technical alert lists no vulnerabilities',
    ]);
  });

  it('lists the family written in one language only as a missing translation', () => {
    const missing = missingTranslations(sampleAlertDraft()).map((m) => m.field);
    expect(missing).toContain('technicalAlert.productFamilies[1].name');
    expect(missing).not.toContain('solution');
  });
});

describe('technical alert: HTML and Markdown in both languages', () => {
  it('prints the JVN technical-alert sections in each language', () => {
    const [ja, en] = files();
    expect(ja?.name).toBe('jvnta_12345678-ja.html');
    expect(en?.content).toContain('JVNTA#12345678</span> — Technical Alert');
    for (const heading of [
      'Overview',
      'Affected Product Families',
      'Description',
      'Impact',
      'Mitigations and Workarounds',
      'References',
      'Related CWE',
    ]) {
      expect(en?.content).toContain(`<h2>${heading}</h2>`);
    }
    for (const heading of [
      '概要',
      '影響を受ける製品群',
      '詳細情報',
      '想定される影響',
      '対策方法・回避策',
      '参考情報',
      '関連する CWE',
    ]) {
      expect(ja?.content).toContain(`<h2>${heading}</h2>`);
    }
    expect(ja?.content).toContain('注意喚起（技術情報）');
    expect(ja?.content).toContain('XYZ SDK を用いた家庭用ルータ');
    // A family written only in English prints in English on the Japanese page too.
    expect(ja?.content).toContain('<li>IoT cameras</li>');
    for (const page of [ja, en]) {
      expect(page?.content).toContain(
        '<code class="product-identifier">cpe:2.3:a:xyz:sdk:*:*:*:*:*:*:*:*</code>',
      );
      expect(page?.content).toContain('href="https://cwe.mitre.org/data/definitions/295.html"');
    }
    expect(en?.content.indexOf('Affected Product Families')).toBeLessThan(
      en?.content.indexOf('<h2>Description') ?? 0,
    );
  });

  it('writes the same sections as Markdown', () => {
    const [ja, en] = files(sampleAlertDraft(), 'md');
    expect(en?.content).toContain('- JVN ID: JVNTA#12345678 (Technical Alert)');
    expect(en?.content).toContain(
      '## Affected Product Families\n\n- Home routers built on the XYZ SDK\n  - `cpe:2.3:a:xyz:sdk:*:*:*:*:*:*:*:*`\n- IoT cameras',
    );
    expect(en?.content).toContain(
      '## Mitigations and Workarounds\n\n- Enable certificate validation.',
    );
    expect(en?.content).toContain(
      '## Related CWE\n\n- [CWE-295](<https://cwe.mitre.org/data/definitions/295.html>): Improper Certificate Validation',
    );
    expect(ja?.content).toContain('## 対策方法・回避策\n\n- 証明書検証を有効にしてください。');
  });
});

describe('technical alert: CSAF informational advisory', () => {
  it('has no vulnerabilities, the required notes and external references', () => {
    for (const lang of ['ja', 'en'] as const) {
      const doc = csaf(lang);
      expect(doc.document.category).toBe('csaf_informational_advisory');
      expect(doc.vulnerabilities).toBeUndefined();
      expect(doc.document.tracking.id).toBe('JVNTA#12345678');
      expect(doc.document.notes.map((n) => n.category)).toEqual([
        'summary',
        'details',
        'general',
        'general',
        'general',
        'general',
      ]);
      expect(doc.document.references.map((r) => [r.category, r.url])).toEqual([
        [
          'self',
          lang === 'ja'
            ? 'https://jvn.jp/ta/JVNTA12345678/'
            : 'https://jvn.jp/en/ta/JVNTA12345678/',
        ],
        ['external', 'https://example.org/research/tls-validation'],
        ['external', 'https://cwe.mitre.org/data/definitions/295.html'],
      ]);
      expect(doc.product_tree?.full_product_names).toEqual([
        expect.objectContaining({
          product_id: 'CSAFPID-f1-1',
          product_identification_helper: { cpe: 'cpe:2.3:a:xyz:sdk:*:*:*:*:*:*:*:*' },
        }),
      ]);
    }
    expect(csaf('en').document.notes[2]?.text).toBe(
      '- Home routers built on the XYZ SDK (cpe:2.3:a:xyz:sdk:*:*:*:*:*:*:*:*)\n- IoT cameras',
    );
  });

  it('names a PURL as a purl and leaves out the product tree when nothing has an identifier', () => {
    const d = sampleAlertDraft();
    const alert = d.technicalAlert;
    if (!alert) throw new Error('fixture');
    alert.productFamilies = [
      { id: 'f1', name: { ja: '', en: 'libfoo users' }, identifiers: ['pkg:npm/libfoo@1.0.0'] },
    ];
    expect(
      csaf('en', d).product_tree?.full_product_names[0]?.product_identification_helper,
    ).toEqual({ purl: 'pkg:npm/libfoo@1.0.0' });
    alert.productFamilies = [{ id: 'f1', name: { ja: '', en: 'libfoo users' }, identifiers: [] }];
    expect(csaf('en', d).product_tree).toBeUndefined();
  });

  it('refuses without an external reference or without any note, saying what to add', () => {
    const d = sampleAlertDraft();
    d.references = [];
    if (d.technicalAlert) d.technicalAlert.cwes = [];
    expect(renderFiles(d, { format: 'csaf', lang: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'csaf-needs-reference' },
    });
    const silent = sampleAlertDraft();
    for (const key of ['overview', 'description', 'impact'] as const)
      silent[key] = { ja: '', en: '' };
    if (silent.technicalAlert) {
      silent.technicalAlert = { cwes: [], productFamilies: [], mitigations: [] };
    }
    expect(renderFiles(silent, { format: 'csaf', lang: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'csaf-needs-note' },
    });
  });
});

describe('technical alert: CVE export and the leak guard', () => {
  it('refuses a CVE record with its reason', () => {
    const r = renderAdvisory(sampleAlertDraft(), { format: 'cve' });
    expect(r).toMatchObject({ ok: false, error: { code: 'technical-alert' } });
    expect(r.ok ? '' : r.error.message).toMatch(/class of vulnerability/);
  });

  it('guards the alert’s own fields: an internal note in a mitigation is refused, named', () => {
    const d = sampleAlertDraft();
    const m = d.technicalAlert?.mitigations[0];
    if (!m) throw new Error('fixture');
    m.en += ' Heard about the SDK default from a vendor PSIRT call, not to be published.';
    for (const format of ['html', 'md', 'csaf'] as const) {
      const r = renderAdvisory(d, { format, lang: 'en' });
      expect(r.ok, format).toBe(false);
      if (r.ok || r.error.code !== 'leak-guard') continue;
      expect(r.error.findings[0]).toMatchObject({
        code: 'internal-note',
        field: 'technicalAlert.mitigations[0].en',
      });
    }
  });

  it('passes a clean alert in every public format', () => {
    for (const format of ['html', 'md', 'csaf'] as const) {
      expect(renderAdvisory(sampleAlertDraft(), { format }).ok, format).toBe(true);
    }
  });
});
