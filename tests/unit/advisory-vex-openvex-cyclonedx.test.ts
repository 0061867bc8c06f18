import { readFile } from 'node:fs/promises';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import iri from 'ajv-formats-draft2019/formats/iri';
import { beforeAll, describe, expect, it } from 'vitest';
import { CYCLONEDX_JUSTIFICATION } from '../../shared/advisory/cyclonedx';
import { productIdOfIri } from '../../shared/advisory/openvex';
import { renderAdvisory } from '../../shared/advisory/render';
import { sampleAlertDraft } from '../../shared/advisory/testing/sample-alert-draft';
import { vexCaseDraft } from '../../shared/advisory/testing/vex-case';
import {
  validateCycloneDxDocument,
  validateExportFile,
  validateOpenVexDocument,
} from '../../shared/advisory/validate-export';
import { vexKey, vexModel } from '../../shared/advisory/vex-model';
import type { AdvisoryDraft } from '../../shared/model/advisory-draft';
import { ADVISORY_FIXTURES, loadAdvisoryFixture } from './testing/advisory-fixtures';

/**
 * Issue 28, items 1b and 1c: OpenVEX 0.2.0 and CycloneDX 1.6 VEX from the vendor matrix,
 * for every advisory fixture and the generated 40-product / 12-vendor case. Each is checked
 * by its own independent validator here — OpenVEX by its official JSON schema compiled by
 * Ajv in this test, CycloneDX by @cyclonedx/cyclonedx-library's JSON validator — as well as
 * by the precompiled validators the app and the CLI run, and read back: every (vulnerability,
 * product) keeps its status and justification.
 */
type Status = { status: string; justification: string | null };
const GENERATED = 'generated 40 products / 12 vendors';

const expected = (draft: AdvisoryDraft) =>
  new Map(
    vexModel(draft).statements.map((s) => [
      vexKey(s),
      { status: s.status, justification: s.justification },
    ]),
  );

const fromOpenVex: Record<string, string> = {
  affected: 'known_affected',
  not_affected: 'known_not_affected',
  fixed: 'fixed',
  under_investigation: 'under_investigation',
};
const fromCycloneDx: Record<string, string> = {
  exploitable: 'known_affected',
  not_affected: 'known_not_affected',
  resolved: 'fixed',
  in_triage: 'under_investigation',
};
const justificationOf = Object.fromEntries(
  Object.entries(CYCLONEDX_JUSTIFICATION).map(([csaf, cdx]) => [cdx, csaf]),
);

type OpenVex = {
  statements: {
    vulnerability: { name: string };
    products: { '@id': string; identifiers?: Record<string, string> }[];
    status: string;
    justification?: string;
    timestamp: string;
  }[];
};
type CycloneDx = {
  components: { 'bom-ref': string; purl?: string; cpe?: string }[];
  vulnerabilities: {
    id: string;
    analysis: { state: string; justification?: string };
    affects: { ref: string }[];
  }[];
};

const readOpenVex = (doc: OpenVex) => {
  const out = new Map<string, Status>();
  for (const s of doc.statements) {
    for (const p of s.products) {
      out.set(
        vexKey({ vulnerabilityName: s.vulnerability.name, productId: productIdOfIri(p['@id']) }),
        {
          status: fromOpenVex[s.status] ?? s.status,
          justification: s.justification ?? null,
        },
      );
    }
  }
  return out;
};

const readCycloneDx = (doc: CycloneDx) => {
  const out = new Map<string, Status>();
  for (const v of doc.vulnerabilities) {
    for (const a of v.affects) {
      out.set(vexKey({ vulnerabilityName: v.id, productId: a.ref }), {
        status: fromCycloneDx[v.analysis.state] ?? v.analysis.state,
        justification: v.analysis.justification
          ? (justificationOf[v.analysis.justification] ?? v.analysis.justification)
          : null,
      });
    }
  }
  return out;
};

const rendered = (draft: AdvisoryDraft, format: 'openvex' | 'cyclonedx', lang: 'en' | 'ja') => {
  const r = renderAdvisory(draft, { format, lang });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const file = r.value.files[0]!;
  return { name: file.name, text: file.content, doc: JSON.parse(file.content) as unknown };
};

describe('OpenVEX and CycloneDX VEX from the vendor matrix', () => {
  const drafts = new Map<string, AdvisoryDraft>();
  let openVexSchema: (doc: unknown) => boolean;
  const cdx = new Validation.JsonStrictValidator(Spec.Version.v1dot6);
  beforeAll(async () => {
    for (const name of ADVISORY_FIXTURES) drafts.set(name, await loadAdvisoryFixture(name));
    drafts.set(GENERATED, vexCaseDraft());
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addFormat('iri', iri);
    const schema = JSON.parse(
      await readFile('shared/advisory/schemas/openvex/openvex_json_schema.json', 'utf8'),
    ) as object;
    openVexSchema = ajv.compile(schema);
  }, 60_000);

  for (const name of [...ADVISORY_FIXTURES, GENERATED]) {
    it(`${name}: OpenVEX passes the official schema and keeps every status and justification`, async () => {
      const draft = drafts.get(name)!;
      for (const lang of ['en', 'ja'] as const) {
        const { doc, name: file } = rendered(draft, 'openvex', lang);
        expect(file).toMatch(/\.openvex\.json$/);
        expect(openVexSchema(doc), `${name} ${lang}`).toBe(true);
        expect((await validateOpenVexDocument(doc)).errors).toEqual([]);
        expect(readOpenVex(doc as OpenVex)).toEqual(expected(draft));
      }
    });

    it(`${name}: CycloneDX passes the library's validator and keeps every status and justification`, async () => {
      const draft = drafts.get(name)!;
      for (const lang of ['en', 'ja'] as const) {
        const { doc, text, name: file } = rendered(draft, 'cyclonedx', lang);
        expect(file).toMatch(/\.cdx\.json$/);
        expect(await cdx.validate(text), `${name} ${lang}`).toBeNull();
        expect((await validateCycloneDxDocument(doc)).errors).toEqual([]);
        expect(readCycloneDx(doc as CycloneDx)).toEqual(expected(draft));
      }
    });
  }

  it('carries each product’s PURL and CPE and the vendor’s own timestamp', () => {
    const draft = vexCaseDraft();
    const open = rendered(draft, 'openvex', 'en').doc as OpenVex;
    const cyclone = rendered(draft, 'cyclonedx', 'en').doc as CycloneDx;
    const product = draft.products[1]!; // a PURL-less product with a CPE
    const id = `CSAFPID-${product.versions[0]!.id}`;
    const cpe = product.identifiers?.find((i) => i.startsWith('cpe:'));
    expect(cpe).toBeDefined();
    expect(cyclone.components.find((c) => c['bom-ref'] === id)?.cpe).toBe(cpe);
    const statement = open.statements.find((s) => s.products[0]?.['@id'].endsWith(`/${id}`));
    expect(statement?.products[0]?.identifiers).toEqual({ cpe23: cpe });
    const vendor = draft.vendors.find((v) => v.id === product.vendorId)!;
    expect(statement?.timestamp).toBe(vendor.updatedAt ?? `${vendor.dateUpdated}T00:00:00+09:00`);
  });

  it('shows every vendor that never answered, never drops it', () => {
    const draft = vexCaseDraft();
    const open = rendered(draft, 'openvex', 'ja').doc as OpenVex;
    const cyclone = rendered(draft, 'cyclonedx', 'ja').doc as CycloneDx;
    for (const v of draft.vendors.filter((x) =>
      ['not-contacted', 'contacted', 'unreachable'].includes(x.status),
    )) {
      const id = `CSAFPID-${v.id}-all-v`;
      const mine = open.statements.filter((s) => s.products[0]?.['@id'].endsWith(`/${id}`));
      expect(mine.map((s) => s.status)).toEqual(['under_investigation', 'under_investigation']);
      expect(cyclone.components.some((c) => c['bom-ref'] === id)).toBe(true);
    }
  });

  it('refuses broken documents naming the place, and a technical alert', async () => {
    const draft = vexCaseDraft();
    const open = rendered(draft, 'openvex', 'en').doc as { statements: { status: string }[] };
    open.statements[0]!.status = 'maybe';
    const report = await validateExportFile('openvex', JSON.stringify(open));
    expect(report?.valid).toBe(false);
    expect(report?.errors.map((e) => e.instancePath)).toContain('/statements/0/status');
    const cyclone = rendered(draft, 'cyclonedx', 'en').doc as { version: unknown };
    cyclone.version = 'one';
    const cdxReport = await validateExportFile('cyclonedx', JSON.stringify(cyclone));
    expect(cdxReport?.errors.map((e) => e.instancePath)).toEqual(['/version']);
    expect((await validateExportFile('cyclonedx', 'not json'))?.valid).toBe(false);
    for (const format of ['openvex', 'cyclonedx'] as const) {
      const r = renderAdvisory(sampleAlertDraft(), { format });
      expect(r.ok ? null : r.error.code).toBe('vex-needs-vulnerabilities');
    }
  });
});
