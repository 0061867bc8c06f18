import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { withCaseHistory } from '../../shared/advisory/case-history';
import { SSVC_V2_TEST } from '../../shared/advisory/csaf21-ssvc';
import { renderAdvisory, renderFiles } from '../../shared/advisory/render';
import { vexCaseDraft } from '../../shared/advisory/testing/vex-case';
import { validateCsaf21Document } from '../../shared/advisory/validate-export';
import type { AdvisoryDraft } from '../../shared/model/advisory-draft';
import type { SsvcSelectionList } from '../../shared/model';
import { decideSsvc } from '../../shared/workflow/ssvc';
import { ADVISORY_FIXTURES, loadAdvisoryFixture } from './testing/advisory-fixtures';

/**
 * Issue 28 item 3: CSAF 2.1 carries the case's SSVC coordinator decisions as
 * `metrics[].content.ssvc_v2`, SelectionList 2.0.0 documents. csaf-validator-lib 2.0.10
 * knows only `ssvc_v1`, so every exported document is also checked here against the
 * official CSAF 2.1 JSON schema shipped in shared/advisory/schemas/csaf-2.1 (with the
 * SelectionList 2.0.0 schema it refers to, and FIRST's CVSS schemas as the library ships
 * them), and the app's own check (`validateCsaf21Document`) refuses a broken SelectionList.
 */
const lib = (file: string): Promise<{ default: object }> =>
  import(`@secvisogram/csaf-validator-lib/${file}`) as Promise<{ default: object }>;
const json = (file: string): object => JSON.parse(readFileSync(file, 'utf8')) as object;

let official: (doc: unknown) => { valid: boolean; errors: unknown };
beforeAll(async () => {
  // Scores are decimals (9.3 is a multiple of 0.1), not binary floats: Ajv's precision option.
  const ajv = new Ajv2020({ strict: false, allErrors: true, multipleOfPrecision: 6 });
  addFormats(ajv);
  const schemas: [object, string][] = [
    [(await lib('schemas/cvss-v2.0.js')).default, 'https://www.first.org/cvss/cvss-v2.0.json'],
    [(await lib('schemas/cvss-v3.0.js')).default, 'https://www.first.org/cvss/cvss-v3.0.json'],
    [(await lib('schemas/cvss-v3.1.js')).default, 'https://www.first.org/cvss/cvss-v3.1.json'],
    [
      (await lib('csaf_2_1/csafAjv/cvss-v4.0.js')).default,
      'https://www.first.org/cvss/cvss-v4.0.json',
    ],
    [
      (await lib('csaf_2_1/csafAjv/format-assertion.js')).default,
      'https://json-schema.org/draft/2020-12/meta/format-assertion',
    ],
  ];
  for (const [schema, id] of schemas) ajv.addSchema(schema, id);
  ajv.addSchema(json('shared/advisory/schemas/csaf-2.1/meta.json'));
  ajv.addSchema(json('shared/advisory/schemas/csaf-2.1/extension-content.json'));
  // The snapshot lacks the extension metaschema; extension-content.json uses it only for an
  // extension's `$schema` URL, and Airlock writes no extensions: a URI stands in for it.
  ajv.addSchema({
    $id: 'https://docs.oasis-open.org/csaf/csaf/v2.1/schema/extension-metaschema.json',
    $defs: { content_schema_t: { type: 'string', format: 'uri' } },
  });
  ajv.addSchema(json('shared/workflow/ssvc/SelectionList_2_0_0.schema.json'));
  const validate = ajv.compile(json('shared/advisory/schemas/csaf-2.1/csaf.json'));
  official = (doc) => ({ valid: validate(doc), errors: validate.errors });
  await validateCsaf21Document({ document: {} });
}, 120_000);

const NOW = '2026-12-01T00:00:00.000Z';
const decided = (model: string, input: Record<string, string>): SsvcSelectionList => {
  const r = decideSsvc(model, input, { now: NOW, targetIds: ['JVNVU#99887766'] });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.selections;
};
const ssvc = () => [
  decided('coordinator-triage', {
    RP: 'Y',
    SCON: 'N',
    RC: 'C',
    SC: 'M',
    SE: 'A',
    U: 'E',
    PSI: 'S',
  }),
  decided('coordinator-publish', { SINV: 'FR', E: 'P', PVA: 'A' }),
];

type Doc = { vulnerabilities?: { metrics?: { content: Record<string, unknown> }[] }[] };
const csaf21 = (draft: AdvisoryDraft, lang: 'en' | 'ja' = 'en'): Doc => {
  const r = renderFiles(draft, { format: 'csaf21', lang, ssvc: ssvc() });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return JSON.parse(r.value[0]!.content) as Doc;
};

const expectBoth = async (doc: Doc, what: string) => {
  const report = await validateCsaf21Document(doc);
  expect(report.errors, what).toEqual([]);
  const schema = official(doc);
  expect(schema.errors, what).toBeNull();
  expect(schema.valid).toBe(true);
};

describe('SSVC in CSAF 2.1', () => {
  it('the generated case carries both decisions on every vulnerability, valid by both checks', async () => {
    const doc = csaf21(vexCaseDraft());
    for (const v of doc.vulnerabilities ?? []) {
      const lists = (v.metrics ?? []).flatMap((m) =>
        m.content.ssvc_v2 ? [m.content.ssvc_v2] : [],
      );
      expect(lists).toEqual(ssvc());
    }
    await expectBoth(doc, 'generated');
    await expectBoth(csaf21(vexCaseDraft(), 'ja'), 'generated ja');
  });

  for (const name of ADVISORY_FIXTURES) {
    it(`${name}: with the decisions, valid by csaf-validator-lib and the official 2.1 schema`, async () => {
      const draft = await loadAdvisoryFixture(name);
      const r = renderAdvisory(draft, { format: 'csaf21', ssvc: ssvc() });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      await expectBoth(JSON.parse(r.value.files[0]!.content) as Doc, name);
    });
  }

  it('an AMBER draft shared before its disclosure date and the published advisory both pass', async () => {
    const base = vexCaseDraft();
    const embargoed: AdvisoryDraft = {
      ...base,
      case: { ...base.case, tlp: 'AMBER' },
      dates: { initialRelease: '2026-12-24T06:00:00Z' },
    };
    await expectBoth(csaf21(embargoed), 'embargoed');
    const published = withCaseHistory(
      { ...embargoed, status: 'final' },
      {
        revisions: [
          {
            number: '1',
            date: '2026-12-24T06:00:00.000Z',
            summary: { ja: '初版公開', en: 'Initial release' },
            eventId: 'e1' as never,
          },
        ],
        withdrawal: null,
      },
    );
    await expectBoth(csaf21(published), 'published');
  });

  it('a broken SelectionList is refused by the app, naming where, and by the schema', async () => {
    const doc = csaf21(vexCaseDraft());
    const content = doc.vulnerabilities?.[0]?.metrics?.find((m) => m.content.ssvc_v2)?.content;
    if (!content) throw new Error('no ssvc_v2');
    content.ssvc_v2 = { ...(content.ssvc_v2 as object), selections: [] };
    const report = await validateCsaf21Document(doc);
    expect(report.valid).toBe(false);
    expect(report.errors.map((e) => e.test)).toEqual([SSVC_V2_TEST]);
    expect(report.errors[0]?.instancePath).toMatch(
      /^\/vulnerabilities\/0\/metrics\/\d\/content\/ssvc_v2\/selections$/,
    );
    expect(official(doc).valid).toBe(false);
  });
});
