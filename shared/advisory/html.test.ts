import { describe, it, expect } from 'vitest';
import type { AdvisoryDraft } from '../model/advisory-draft';
import { ADVISORY_HTML_CSP } from './html';
import { renderFiles } from './render';
import { sampleDraft } from './testing/sample-draft';

const render = (draft: AdvisoryDraft, format: 'html' | 'md') => {
  const r = renderFiles(draft, { format });
  if (!r.ok) throw new Error(r.error.message);
  const [ja, en] = r.value;
  if (!ja || !en) throw new Error('expected ja and en files');
  return { ja: ja.content, en: en.content };
};

const all = (text: string, re: RegExp): string[] => [...text.matchAll(re)].map((m) => m[1] ?? m[0]);

/** The language-independent facts of an HTML advisory, read from its markup. */
const htmlFacts = (html: string) => ({
  ids: all(html, /(JVN(?:VU|TA)?#\d{8}|CVE-\d{4}-\d{4,})/g),
  vectors: all(html, /class="cvss-vector">([^<]+)</g),
  scores: all(html, /class="cvss-score" value="([^"]+)"/g),
  dates: all(html, /<time datetime="([^"]+)"/g),
  products: all(html, /data-product-id="([^"]+)" data-status="([^"]+)"/g),
  vendorStatus: all(html, /data-vendor-status="([^"]+)"/g),
});

/** The same facts from the Markdown export. */
const mdFacts = (md: string) => ({
  ids: all(md, /(JVN(?:VU|TA)?#\d{8}|CVE-\d{4}-\d{4,})/g),
  vectors: all(md, /`(CVSS:[^`]+)`/g),
  scores: all(md, /: (\d+\.\d) \((?:NONE|LOW|MEDIUM|HIGH|CRITICAL)\)/g),
  dates: all(md, /(\d{4}-\d{2}-\d{2})/g),
  tableRows: md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---')).length,
});

const released = (): AdvisoryDraft => {
  const d = sampleDraft();
  d.status = 'final';
  d.revisions = [
    {
      number: '1',
      date: '2026-11-24T03:00:00Z',
      summary: { ja: '初版公開', en: 'Initial release' },
    },
    {
      number: '2',
      date: '2026-11-25T16:00:00Z',
      summary: { ja: '参考情報を追加', en: 'Added a reference' },
    },
  ];
  d.dates = { initialRelease: '2026-11-24T03:00:00Z', currentRelease: '2026-11-25T16:00:00Z' };
  return d;
};

describe('JVN-style HTML', () => {
  it('is self-contained: CSP meta, lang, inline style, no script and nothing fetched', () => {
    const { ja, en } = render(released(), 'html');
    for (const [lang, html] of [
      ['ja', ja],
      ['en', en],
    ] as const) {
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(
        `<meta http-equiv="Content-Security-Policy" content="${ADVISORY_HTML_CSP}">`,
      );
      expect(ADVISORY_HTML_CSP).toBe(
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
      );
      expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|<base|@import|url\(/i);
      expect(html).not.toMatch(/\ssrc=/i);
      expect(html).toContain('<style>');
    }
  });

  it('neutralises HTML planted in a text field', () => {
    const d = released();
    d.description.en =
      'See <img src="https://tracker.example/p.gif"> and <script>alert(1)</script>';
    const { en } = render(d, 'html');
    expect(en).not.toMatch(/<img|<script>alert/i);
    expect(en).toContain('&lt;script&gt;');
  });

  it('carries the same facts in ja and en (IDs, CVSS, dates, products, vendor status)', () => {
    const { ja, en } = render(released(), 'html');
    const jaFacts = htmlFacts(ja);
    expect(jaFacts).toEqual(htmlFacts(en));
    expect(jaFacts.ids).toContain('JVN#87654321');
    expect(jaFacts.ids).toContain('CVE-2026-12345');
    expect(jaFacts.scores).toEqual(['6.1', '5.3']);
    // 2026-11-25T16:00Z is already 11-26 in Tokyo: dates are JST calendar dates.
    expect(jaFacts.dates).toEqual(
      expect.arrayContaining(['2026-11-24', '2026-11-26', '2026-11-20']),
    );
    expect(jaFacts.products).toEqual(['p1-v1', 'p1-v2']);
  });

  it('labels an unreleased draft as such in both languages', () => {
    const { ja, en } = render(sampleDraft(), 'html');
    expect(ja).toContain('下書き（未公開）');
    expect(en).toContain('DRAFT (not published)');
    expect(render(released(), 'html').en).not.toContain('DRAFT');
  });

  it('follows the JVN order of sections', () => {
    const { en } = render(released(), 'html');
    const order = [
      'Overview',
      'Affected Products',
      'Description',
      'Impact',
      'Solution',
      'Vendor Status',
      'References',
      'Credit',
      'CVSS Severity',
      'Revision History',
    ];
    const positions = order.map((h) => en.indexOf(`<h2>${h}</h2>`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe('Markdown export', () => {
  it('carries the same facts in ja and en', () => {
    const { ja, en } = render(released(), 'md');
    expect(mdFacts(ja)).toEqual(mdFacts(en));
    expect(mdFacts(ja).vectors).toEqual([
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N',
      'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:N/VI:N/VA:N/SC:L/SI:L/SA:N',
    ]);
  });

  it('keeps a planted pipe or tag from breaking a table or becoming HTML', () => {
    const d = released();
    d.vendors[0]!.statement.en = 'a | b <iframe>';
    const { en } = render(d, 'md');
    expect(en).toContain('a \\| b &lt;iframe>');
  });
});
