import { beforeAll, describe, expect, it } from 'vitest';
import { withCaseHistory } from '../../shared/advisory/case-history';
import { renderFiles, type AdvisoryFormat } from '../../shared/advisory/render';
import { vexCaseDraft } from '../../shared/advisory/testing/vex-case';
import { validateCsaf21Document, validateExportFile } from '../../shared/advisory/validate-export';
import { advisoryDraftSchema, type AdvisoryDraft } from '../../shared/model/advisory-draft';
import type { CaseEvent } from '../../shared/model';
import { advisoryHistory } from '../../shared/workflow/advisory-history';
import {
  acceptedSoftwareCase,
  TEST_CASE_ID,
  testUuid,
  timeline,
  type EventSpec,
} from '../../shared/workflow/testing/test-events';
import { ADVISORY_FIXTURES, loadAdvisoryFixture } from './testing/advisory-fixtures';

/**
 * Issue 28 item 4: the revision history of a published advisory comes from its case events
 * (publication, later changes, withdrawal), through one function (`advisoryHistory` of the
 * fold, applied by `withCaseHistory`), into every format: CSAF 2.0 and 2.1 `revision_history`
 * with `tracking.version` and `current_release_date` consistent (csaf-validator-lib's
 * mandatory tests), the HTML and Markdown 更新履歴 tables in ja and en, OpenVEX
 * `version`/`last_updated` and CycloneDX `version` and each vulnerability's `updated`.
 */
const PUBLISHED = '2026-12-24T06:00:00.000Z';
const UPDATED = '2027-01-05T02:00:00.000Z';
const WITHDRAWN = '2027-02-01T03:00:00.000Z';
const fixed = { ja: '修正版の情報を追記', en: 'Fixed version information added' };
const reasoning = {
  ja: '報告された脆弱性は再現できませんでした。',
  en: 'The reported vulnerability could not be reproduced.',
};

const specs = {
  published: { type: 'published', at: PUBLISHED, payload: { advisoryId: null, url: '' } },
  changed: {
    type: 'advisory.changed',
    at: UPDATED,
    payload: { draftId: testUuid(0xd1) as never, status: 'final', summary: fixed },
  },
  withdrawn: { type: 'advisory.withdrawn', at: WITHDRAWN, payload: { note: reasoning } },
} satisfies Record<string, EventSpec>;

const caseEvents = (...more: EventSpec[]): CaseEvent[] => [
  ...acceptedSoftwareCase(),
  ...more.map(timeline(TEST_CASE_ID, 300)),
];

/** A draft marked final earlier (its hand-kept revision says so), then the case's history. */
const released = (draft: AdvisoryDraft, ...more: EventSpec[]): AdvisoryDraft => {
  const final: AdvisoryDraft = {
    ...draft,
    status: 'final',
    revisions: [{ number: '1', date: '2026-12-20T00:00:00.000Z', summary: fixed }],
  };
  const next = withCaseHistory(final, advisoryHistory(caseEvents(...more)));
  expect(advisoryDraftSchema.safeParse(next).success).toBe(true);
  return next;
};

const render = (draft: AdvisoryDraft, format: AdvisoryFormat, lang?: 'ja' | 'en') => {
  const r = renderFiles(draft, { format, ...(lang ? { lang } : {}) });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
const json = <T>(draft: AdvisoryDraft, format: AdvisoryFormat, lang: 'ja' | 'en' = 'en'): T =>
  JSON.parse(render(draft, format, lang)[0]!.content) as T;

type Tracking = {
  version: string;
  status: string;
  initial_release_date: string;
  current_release_date: string;
  revision_history: { number: string; date: string; summary: string }[];
};
type Csaf = { document: { category: string; tracking: Tracking } };

const expectValid = async (draft: AdvisoryDraft, format: AdvisoryFormat, what: string) => {
  for (const lang of ['en', 'ja'] as const) {
    for (const file of render(draft, format, lang)) {
      const report = await validateExportFile(format, file.content);
      expect(report?.errors, `${what} ${format} ${lang}`).toEqual([]);
      expect(report?.valid).toBe(true);
    }
  }
};

describe('revision history from the case timeline', () => {
  beforeAll(async () => {
    await validateCsaf21Document({ document: {} });
  }, 120_000);

  it('CSAF 2.0 and 2.1: numbered entries, version and dates from the events', async () => {
    const draft = released(vexCaseDraft(), specs.published, specs.changed);
    for (const format of ['csaf', 'csaf21', 'csaf-vex'] as const) {
      const { tracking } = json<Csaf>(draft, format).document;
      expect(tracking.revision_history).toEqual([
        { number: '1', date: PUBLISHED, summary: 'Initial release' },
        { number: '2', date: UPDATED, summary: fixed.en },
      ]);
      expect(tracking.version).toBe('2');
      expect(tracking.status).toBe('final');
      expect(tracking.initial_release_date).toBe(PUBLISHED);
      expect(tracking.current_release_date).toBe(UPDATED);
      const ja = json<Csaf>(draft, format, 'ja').document.tracking.revision_history;
      expect(ja.map((r) => r.summary)).toEqual(['初版公開', fixed.ja]);
      await expectValid(draft, format, 'generated case');
    }
  });

  it('HTML and Markdown print the 更新履歴 / Revision History table in each language', () => {
    const draft = released(vexCaseDraft(), specs.published, specs.changed);
    const [htmlJa, htmlEn] = render(draft, 'html');
    expect(htmlJa?.content).toContain('<h2>更新履歴</h2>');
    expect(htmlJa?.content).toContain(
      '<tr><th>版</th><th>更新日</th><th>更新内容</th></tr></thead><tbody><tr><td>1</td><td><time datetime="2026-12-24">2026-12-24</time></td><td>初版公開</td></tr><tr><td>2</td><td><time datetime="2027-01-05">2027-01-05</time></td><td>修正版の情報を追記</td></tr>',
    );
    expect(htmlEn?.content).toContain('<th>Revision</th><th>Date</th><th>Summary</th>');
    expect(htmlEn?.content).toContain('<td>Fixed version information added</td>');
    const [mdJa, mdEn] = render(draft, 'md');
    expect(mdJa?.content).toContain('| 版 | 更新日 | 更新内容 |');
    expect(mdJa?.content).toContain('| 2 | 2027-01-05 | 修正版の情報を追記 |');
    expect(mdEn?.content).toContain('| 1 | 2026-12-24 | Initial release |');
  });

  it('OpenVEX and CycloneDX carry the version and the last update', async () => {
    const draft = released(vexCaseDraft(), specs.published, specs.changed);
    const openvex = json<{ version: number; timestamp: string; last_updated: string }>(
      draft,
      'openvex',
    );
    expect(openvex).toMatchObject({ version: 2, timestamp: PUBLISHED, last_updated: UPDATED });
    const cdx = json<{
      version: number;
      metadata: { timestamp: string };
      vulnerabilities: { published: string; updated: string }[];
    }>(draft, 'cyclonedx');
    expect(cdx.version).toBe(2);
    expect(cdx.metadata.timestamp).toBe(UPDATED);
    for (const v of cdx.vulnerabilities)
      expect(v).toMatchObject({ published: PUBLISHED, updated: UPDATED });
    await expectValid(draft, 'openvex', 'generated case');
    await expectValid(draft, 'cyclonedx', 'generated case');
  });

  it('a withdrawal in the case exports csaf_withdrawn, its reasoning and the last revision', async () => {
    const draft = released(vexCaseDraft(), specs.published, specs.changed, specs.withdrawn);
    const d = json<Csaf & { document: { notes: { text: string }[] } }>(draft, 'csaf21', 'ja');
    expect(d.document.category).toBe('csaf_withdrawn');
    expect(d.document.notes[0]?.text).toBe(reasoning.ja);
    expect(d.document.tracking.version).toBe('3');
    expect(d.document.tracking.revision_history.at(-1)).toEqual({
      number: '3',
      date: WITHDRAWN,
      summary: 'アドバイザリを取り下げ',
    });
    await expectValid(draft, 'csaf21', 'withdrawn');
    await expectValid(draft, 'csaf', 'withdrawn (CSAF 2.0 keeps the advisory, with the entry)');
  });

  for (const name of ADVISORY_FIXTURES) {
    it(`${name}: published and updated, every JSON format still validates`, async () => {
      const draft = released(await loadAdvisoryFixture(name), specs.published, specs.changed);
      const formats: AdvisoryFormat[] = draft.technicalAlert
        ? ['csaf', 'csaf21']
        : ['csaf', 'csaf21', 'csaf-vex', 'openvex', 'cyclonedx', 'cve'];
      for (const format of formats) await expectValid(draft, format, name);
      expect(json<Csaf>(draft, 'csaf').document.tracking.version).toBe('2');
    });
  }

  it('keeps a draft as it is while the case is unpublished, or the draft is not final', () => {
    const draft = vexCaseDraft();
    const unpublished = advisoryHistory(caseEvents(specs.changed));
    expect(withCaseHistory(draft, unpublished)).toBe(draft);
    const published = advisoryHistory(caseEvents(specs.published));
    expect(withCaseHistory({ ...draft, status: 'draft' }, published).revisions).toEqual([]);
  });
});
