import type { AdvisoryFormat } from './render';
import { splitSsvcV2 } from './csaf21-ssvc';

/**
 * The one check every exported CSAF document and CVE record passes before it is written,
 * used by the advisory screen and by `airlock advisory validate`/`render` alike.
 * CSAF: @secvisogram/csaf-validator-lib, the strict schema and every mandatory test (its
 * `basic.js`), and its optional tests (6.2.x), whose findings are warnings; CVE: the CVE Record Format 5.1.1 schemas, the record's and the CNA published container's
 * (shared/advisory/schemas/cve-5.1.1).
 * Both run as code generated at build time (scripts/gen-csaf-validator.mjs,
 * scripts/gen-cve-validator.mjs): Ajv compiles schemas with `new Function`, which the
 * renderer's CSP forbids, so the generated modules hold them precompiled and need neither
 * eval nor Node. They are large, so each is imported only when a document is checked.
 * The informative tests that need the network (6.3.6, 6.3.7) or hunspell (6.3.8) are not
 * part of `basic.js` and are listed as skipped.
 */
export type ExportCheck = {
  /** The csaf-validator-lib test (`mandatoryTest_6_1_24`, `csaf_2_0_strict`) or `cve_5_1_1_schema`. */
  test: string;
  /** JSON pointer into the document: `/vulnerabilities/0/cwe/name`. */
  instancePath: string;
  message: string;
  /** The schema keyword that failed (`required`, `minItems`, …) for schema tests. */
  keyword?: string;
  params?: Record<string, unknown>;
};
export type ExportValidation = {
  valid: boolean;
  errors: ExportCheck[];
  warnings: ExportCheck[];
  skipped: { test: string; reason: string }[];
};

export const CSAF_SKIPPED_TESTS = [
  {
    test: 'informativeTest_6_3_6',
    reason: 'needs the network (resolves non-self-referencing URLs)',
  },
  { test: 'informativeTest_6_3_7', reason: 'needs the network (resolves self-referencing URLs)' },
  { test: 'informativeTest_6_3_8', reason: 'needs hunspell (spell check)' },
];

export const CVE_SCHEMA_TEST = 'cve_5_1_1_schema';
export const CVE_CNA_SCHEMA_TEST = 'cve_5_1_1_cna_container_schema';

type Message = {
  instancePath: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
};

const toChecks = (test: string, list: readonly Message[]): ExportCheck[] =>
  list.map((m) => ({
    test,
    instancePath: m.instancePath || '/',
    message: m.message ?? 'invalid',
    ...(m.keyword ? { keyword: m.keyword } : {}),
    ...(m.params && Object.keys(m.params).length ? { params: m.params } : {}),
  }));

const isObject = (doc: unknown): boolean =>
  typeof doc === 'object' && doc !== null && !Array.isArray(doc);

// Total on any input: the library's tests read `doc.document` and would throw on null.
const notAnObject = (test: string, skipped: ExportValidation['skipped']): ExportValidation => ({
  valid: false,
  errors: [{ test, instancePath: '/', message: 'must be an object', keyword: 'type' }],
  warnings: [],
  skipped,
});

const UNCHECKABLE =
  'could not be checked: the document does not have the shape this test reads (see the schema errors)';

export async function validateCsafDocument(doc: unknown): Promise<ExportValidation> {
  if (!isObject(doc)) return notAnObject('csaf_2_0_strict', CSAF_SKIPPED_TESTS);
  const { basic, optional, validate } = (await import('./generated/csaf-validator.cjs')).default;
  // One test at a time: the library's mandatory tests assume the schema's shape and throw
  // on a document that breaks it (a `null` product: found by tests/fuzz, issue 29); such a
  // test is reported as not checkable instead of failing the whole validation.
  const results = [];
  for (const test of Object.values(basic)) {
    try {
      results.push(...(await validate([test], doc)).tests);
    } catch {
      results.push({
        name: test.name,
        isValid: false,
        errors: [{ instancePath: '/', message: UNCHECKABLE }],
        warnings: [],
        infos: [],
      });
    }
  }
  // The optional tests (6.2.x) never make a document invalid: what they find is a warning.
  const advice = [];
  for (const test of Object.values(optional)) {
    try {
      advice.push(...(await validate([test], doc)).tests);
    } catch {
      // Like a mandatory test, an optional one may throw on a document of the wrong shape;
      // the schema's errors already say what is wrong with it.
    }
  }
  return {
    valid: results.every((t) => t.isValid),
    errors: results.flatMap((t) => toChecks(t.name, t.errors)),
    warnings: [
      ...results.flatMap((t) => toChecks(t.name, t.warnings)),
      ...advice.flatMap((t) => toChecks(t.name, [...t.errors, ...t.warnings])),
    ],
    skipped: CSAF_SKIPPED_TESTS,
  };
}

/**
 * csaf-validator-lib 2.0.10 runs the CSAF 2.0 test 6.1.26 in its 2.1 set, whose list of
 * profiles lacks 2.1's `csaf_withdrawn` and `csaf_superseded`, so it calls their `csaf_`
 * prefix reserved while the same set checks those profiles (6.1.27.14–19). That one refusal
 * is dropped for those two categories; every other error stands.
 */
const CSAF_21_PROFILES = new Set(['csaf_withdrawn', 'csaf_superseded']);
const csaf20OnlyRefusal = (doc: unknown, e: ExportCheck): boolean =>
  e.test === 'mandatoryTest_6_1_26' &&
  e.instancePath === '/document/category' &&
  e.message === 'reserved prefix used' &&
  CSAF_21_PROFILES.has(categoryOf(doc));
const categoryOf = (doc: unknown): string => {
  const category = (doc as { document?: { category?: unknown } }).document?.category;
  return typeof category === 'string' ? category : '';
};

/** CSAF 2.1: csaf-validator-lib's `csaf_2_1` set (its strict 2.1 schema and every 2.1
 *  mandatory test), from the same generated bundle. */
export async function validateCsaf21Document(doc: unknown): Promise<ExportValidation> {
  if (!isObject(doc)) return notAnObject('csaf_2_1_strict', CSAF_SKIPPED_TESTS);
  const { basic21, validate } = (await import('./generated/csaf-validator.cjs')).default;
  // SSVC as the 2.1 draft has it (ssvc_v2), which the library does not know yet: checked
  // apart, the rest of the document by the library's csaf_2_1 set.
  const { rest, checks } = splitSsvcV2(doc as Record<string, unknown>);
  const result = await validate(Object.values(basic21), rest);
  const errors = [
    ...result.tests
      .flatMap((t) => toChecks(t.name, t.errors))
      .filter((e) => !csaf20OnlyRefusal(doc, e)),
    ...checks,
  ];
  return {
    valid: errors.length === 0,
    errors,
    warnings: result.tests.flatMap((t) => toChecks(t.name, t.warnings)),
    skipped: CSAF_SKIPPED_TESTS,
  };
}

export const OPENVEX_SCHEMA_TEST = 'openvex_0_2_0_schema';
export const CYCLONEDX_SCHEMA_TEST = 'cyclonedx_1_6_schema';

/** OpenVEX 0.2.0: the official JSON schema (shared/advisory/schemas/openvex), precompiled. */
export async function validateOpenVexDocument(doc: unknown): Promise<ExportValidation> {
  if (!isObject(doc)) return notAnObject(OPENVEX_SCHEMA_TEST, []);
  const validate = (await import('./generated/openvex-validator.cjs')).default;
  return schemaVerdict(OPENVEX_SCHEMA_TEST, validate(doc), validate.errors);
}

/** CycloneDX 1.6: the JSON schema @cyclonedx/cyclonedx-library validates with, precompiled
 *  with the library's formats (the library itself reads its schema files with Node's fs). */
export async function validateCycloneDxDocument(doc: unknown): Promise<ExportValidation> {
  if (!isObject(doc)) return notAnObject(CYCLONEDX_SCHEMA_TEST, []);
  const validate = (await import('./generated/cyclonedx-validator.cjs')).default;
  return schemaVerdict(CYCLONEDX_SCHEMA_TEST, validate(doc), validate.errors);
}

const schemaVerdict = (
  test: string,
  valid: boolean,
  errors: readonly Message[] | null | undefined,
): ExportValidation => ({
  valid,
  errors: valid ? [] : toChecks(test, errors ?? []),
  warnings: [],
  skipped: [],
});

/** A CVE record against the 5.1.1 record schema (shared/advisory/schemas/cve-5.1.1), and its
 *  CNA container against the CNA published container schema (what cvelib checks before
 *  publishing it), so a record that passes is one `cve publish` would take the container of. */
export async function validateCveRecord(record: unknown): Promise<ExportValidation> {
  if (!isObject(record)) return notAnObject(CVE_SCHEMA_TEST, []);
  const { record: validate } = (await import('./generated/cve-validator.cjs')).default;
  const own = schemaVerdict(CVE_SCHEMA_TEST, validate(record), validate.errors);
  const cna = (record as { containers?: { cna?: unknown } }).containers?.cna;
  if (!isObject(cna)) return own;
  const inner = await validateCveCnaContainer(cna);
  const errors = inner.errors.map((e) => ({
    ...e,
    instancePath: `/containers/cna${e.instancePath === '/' ? '' : e.instancePath}`,
  }));
  return { ...own, valid: own.valid && inner.valid, errors: [...own.errors, ...errors] };
}

/** A CNA container (what `cve publish --cve-json-file` sends) against the 5.1.1 CNA published
 *  container schema cvelib validates it with. */
export async function validateCveCnaContainer(container: unknown): Promise<ExportValidation> {
  if (!isObject(container)) return notAnObject(CVE_CNA_SCHEMA_TEST, []);
  const { cnaContainer: validate } = (await import('./generated/cve-validator.cjs')).default;
  return schemaVerdict(CVE_CNA_SCHEMA_TEST, validate(container), validate.errors);
}

/** Each format's validator and the name of its schema test (HTML and Markdown have none). */
const EXPORT_CHECKS: Record<
  AdvisoryFormat,
  { test: string; validate: (doc: unknown) => Promise<ExportValidation> } | null
> = {
  csaf: { test: 'csaf_2_0_strict', validate: validateCsafDocument },
  'csaf-vex': { test: 'csaf_2_0_strict', validate: validateCsafDocument },
  csaf21: { test: 'csaf_2_1_strict', validate: validateCsaf21Document },
  cve: { test: CVE_SCHEMA_TEST, validate: validateCveRecord },
  'cve-cna': { test: CVE_CNA_SCHEMA_TEST, validate: validateCveCnaContainer },
  openvex: { test: OPENVEX_SCHEMA_TEST, validate: validateOpenVexDocument },
  cyclonedx: { test: CYCLONEDX_SCHEMA_TEST, validate: validateCycloneDxDocument },
  html: null,
  md: null,
};

/** One exported file's text, checked by its format (HTML and Markdown have no schema). */
export async function validateExportFile(
  format: AdvisoryFormat,
  content: string,
): Promise<ExportValidation | null> {
  const check = EXPORT_CHECKS[format];
  if (check === null) return null;
  let doc: unknown;
  try {
    doc = JSON.parse(content) as unknown;
  } catch {
    return notAnObject(check.test, []);
  }
  return check.validate(doc);
}
