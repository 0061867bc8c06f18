import { beforeAll, describe, expect, it } from 'vitest';
import { finalizeDraft, publishDraft, withdrawDraft } from '../../shared/advisory/lifecycle';
import { renderAdvisory, renderFiles } from '../../shared/advisory/render';
import { vexCaseDraft } from '../../shared/advisory/testing/vex-case';
import { validateCsaf21Document } from '../../shared/advisory/validate-export';
import type { AdvisoryDraft } from '../../shared/model/advisory-draft';
import { ADVISORY_FIXTURES, loadAdvisoryFixture } from './testing/advisory-fixtures';

/**
 * Issue 28, item 2: CSAF 2.1 beside 2.0, checked by csaf-validator-lib's csaf_2_1 set (its
 * strict 2.1 schema and every 2.1 mandatory test) — for every fixture, the generated case,
 * an embargoed AMBER draft shared before its disclosure date, the same case published, and
 * a withdrawn and a superseded advisory.
 */
type Doc = {
  $schema: string;
  document: {
    category: string;
    csaf_version: string;
    distribution: {
      tlp: { label: string };
      sharing_group?: { id: string; name: string };
      text?: string;
    };
    tracking: { status: string; revision_history: { number: string; summary: string }[] };
    notes?: { title?: string; category: string }[];
  };
  product_tree?: unknown;
  vulnerabilities?: {
    disclosure_date?: string;
    cwes?: { id: string; version: string }[];
    metrics?: { content: Record<string, unknown> }[];
    product_status: Record<string, string[]>;
  }[];
};

const doc = (draft: AdvisoryDraft, lang: 'en' | 'ja' = 'en'): Doc => {
  // The guard refuses a non-CLEAR draft without an override; the document itself is the test.
  const r = renderFiles(draft, { format: 'csaf21', lang });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return JSON.parse(r.value[0]!.content) as Doc;
};

const expectValid = async (d: Doc, what: string) => {
  const report = await validateCsaf21Document(d);
  expect(report.errors, what).toEqual([]);
  expect(report.valid).toBe(true);
};

const embargoed = (): AdvisoryDraft => ({
  ...vexCaseDraft(),
  case: { ...vexCaseDraft().case, tlp: 'AMBER' },
  dates: { initialRelease: '2026-12-24T06:00:00Z' },
  updatedAt: '2026-11-20T01:00:00Z',
});

describe('CSAF 2.1', () => {
  beforeAll(async () => {
    await validateCsaf21Document({ document: {} });
  }, 120_000);

  for (const name of [...ADVISORY_FIXTURES]) {
    it(`${name}: passes the csaf_2_1 tests in en and ja`, async () => {
      const draft = await loadAdvisoryFixture(name);
      for (const lang of ['en', 'ja'] as const) {
        const r = renderAdvisory(draft, { format: 'csaf21', lang });
        if (!r.ok) throw new Error(JSON.stringify(r.error));
        const d = JSON.parse(r.value.files[0]!.content) as Doc;
        expect(d.$schema).toBe('https://docs.oasis-open.org/csaf/csaf/v2.1/schema/csaf.json');
        expect(d.document.csaf_version).toBe('2.1');
        await expectValid(d, `${name} ${lang}`);
      }
    });
  }

  it('an AMBER draft shared before a future disclosure date passes, with a sharing group', async () => {
    const draft = embargoed();
    const d = doc(draft);
    await expectValid(d, 'embargoed draft');
    expect(d.document.distribution.tlp.label).toBe('AMBER');
    expect(d.document.distribution.sharing_group?.id).toBe(draft.case.id);
    expect(d.document.tracking.status).toBe('draft');
    for (const v of d.vulnerabilities ?? []) {
      expect(v.disclosure_date).toBe('2026-12-24T06:00:00Z');
      expect(v.metrics?.[0]?.content).toHaveProperty('cvss_v3');
    }
    expect(d.vulnerabilities?.[0]?.metrics?.[0]?.content).toHaveProperty('cvss_v4');
    expect(d.vulnerabilities?.[0]?.cwes?.[0]).toMatchObject({ id: 'CWE-79', version: '4.17' });
    // The vendors that never answered: their products' status is unknown.
    const silent = draft.vendors.filter((v) =>
      ['not-contacted', 'contacted', 'unreachable'].includes(v.status),
    );
    expect(silent).toHaveLength(3);
    expect(d.vulnerabilities?.[0]?.product_status.unknown).toEqual(
      silent.map((v) => `CSAFPID-${v.id}-all-v`),
    );
    expect(doc(draft, 'ja').document.distribution.sharing_group?.name).toContain('製品開発者');
  });

  it('an AMBER draft says in the file that it is a pre-disclosure copy for its recipients only', async () => {
    const says =
      'Pre-disclosure copy under TLP:AMBER (status: draft), for the named recipients only: do not publish or forward it before publication. Its publication is planned for 2026-12-24 15:00 JST.';
    const d = doc(embargoed());
    expect(d.document.distribution.text).toBe(says);
    expect(d.document.notes?.[0]).toEqual({
      category: 'general',
      title: 'Pre-disclosure copy',
      text: says,
    });
    await expectValid(d, 'pre-disclosure note');
    const ja = doc(embargoed(), 'ja');
    expect(ja.document.distribution.text).toContain('公表前の共有版です（TLP:AMBER');
    expect(ja.document.notes?.[0]?.title).toBe('公表前の共有版');
    await expectValid(ja, 'pre-disclosure note ja');
    // Published, it is the advisory itself: no such note, nor in CSAF 2.0 of the draft.
    const final = finalizeDraft(embargoed(), '2026-12-20T00:00:00Z');
    if (!final.ok) throw new Error(final.error.message);
    const published = publishDraft(final.value, '2026-12-24T06:00:00Z');
    if (!published.ok) throw new Error(published.error.message);
    expect(doc(published.value).document.notes?.map((n) => n.title)).not.toContain(
      'Pre-disclosure copy',
    );
    const csaf20 = renderFiles(embargoed(), { format: 'csaf', lang: 'en' });
    expect(csaf20.ok && csaf20.value[0]!.content).not.toContain('Pre-disclosure copy');
  });

  it('the same case after publication is TLP:CLEAR with a new revision entry', async () => {
    const final = finalizeDraft(embargoed(), '2026-12-20T00:00:00Z');
    if (!final.ok) throw new Error(final.error.message);
    const published = publishDraft(final.value, '2026-12-24T06:00:00Z');
    if (!published.ok) throw new Error(published.error.message);
    const d = doc(published.value);
    await expectValid(d, 'published');
    expect(d.document.distribution.tlp.label).toBe('CLEAR');
    expect(d.document.distribution.sharing_group).toBeUndefined();
    expect(d.document.tracking.status).toBe('final');
    expect(d.document.tracking.revision_history.map((r) => r.number)).toEqual(['1']);
    expect(doc(embargoed()).document.tracking.revision_history.map((r) => r.number)).toEqual(['0']);
    const r = renderAdvisory(published.value, { format: 'csaf21' });
    expect(r.ok).toBe(true);
  });

  it('a withdrawn advisory exports as csaf_withdrawn and passes; a superseded one too', async () => {
    const final = finalizeDraft(vexCaseDraft(), '2026-12-20T00:00:00Z');
    if (!final.ok) throw new Error(final.error.message);
    const published = publishDraft(final.value, '2026-12-24T06:00:00Z');
    if (!published.ok) throw new Error(published.error.message);
    const reason = {
      ja: '報告された脆弱性は再現できませんでした。',
      en: 'The reported vulnerability could not be reproduced.',
    };
    const withdrawn = withdrawDraft(published.value, '2027-01-10T00:00:00Z', reason);
    if (!withdrawn.ok) throw new Error(withdrawn.error.message);
    const d = doc(withdrawn.value);
    await expectValid(d, 'withdrawn');
    expect(d.document.category).toBe('csaf_withdrawn');
    expect(d.product_tree).toBeUndefined();
    expect(d.document.notes).toEqual([
      { category: 'description', title: 'Reasoning for Withdrawal', text: reason.en },
    ]);
    expect(d.document.tracking.revision_history.map((r) => r.summary)).toEqual([
      'Initial release',
      'Advisory withdrawn',
    ]);
    const superseded = withdrawDraft(published.value, '2027-01-10T00:00:00Z', reason, {
      advisoryId: 'JVNVU#99887767',
      url: 'https://jvn.jp/vu/JVNVU99887767/',
    });
    if (!superseded.ok) throw new Error(superseded.error.message);
    const s = doc(superseded.value, 'ja');
    await expectValid(s, 'superseded');
    expect(s.document.category).toBe('csaf_superseded');
  });

  it('refuses a document the 2.1 tests reject, naming the test', async () => {
    const d = doc(embargoed()) as Doc & { document: { distribution: { tlp: { label: string } } } };
    d.document.distribution.tlp.label = 'WHITE';
    const report = await validateCsaf21Document(d);
    expect(report.valid).toBe(false);
    expect(report.errors.map((e) => e.test)).toContain('csaf_2_1_strict');
    // Only csaf_withdrawn / csaf_superseded are exempt from the 2.0 test's reserved prefix.
    const bogus = doc(embargoed());
    bogus.document.category = 'csaf_bogus';
    const refused = await validateCsaf21Document(bogus);
    expect(refused.errors.map((e) => e.test)).toContain('mandatoryTest_6_1_26');
  });
});
