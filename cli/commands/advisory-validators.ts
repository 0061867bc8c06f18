import { createCveValidator, type SchemaError } from '../../shared/advisory/cve-validate';

/**
 * Offline validators for exported advisories (Node only: both compile with `new Function`).
 * CSAF: @secvisogram/csaf-validator-lib, schema + mandatory tests (`basic.js`) through its
 * `validate.js`. The informative tests that need the network (6.3.6, 6.3.7) or hunspell
 * (6.3.8) are not run and are listed as skipped. CVE: the official bundled schema, shipped
 * in the repository (shared/advisory/schemas) and bundled into the CLI with it.
 */
export type ValidationError = SchemaError & { test?: string };
export type ValidationReport = {
  valid: boolean;
  errors: ValidationError[];
  warnings: ValidationError[];
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

type Message = { message?: string; instancePath: string };
type TestResult = { name: string; isValid: boolean; errors: Message[]; warnings: Message[] };
type ValidateFn = (
  tests: unknown[],
  doc: unknown,
) => Promise<{ isValid: boolean; tests: TestResult[] }>;

let csafSuite: Promise<{ validate: ValidateFn; tests: unknown[] }> | null = null;

// Module names in variables: the library ships no type declarations, and loading it
// takes seconds, so it is imported once and only when a CSAF file is validated.
const loadCsafSuite = (): Promise<{ validate: ValidateFn; tests: unknown[] }> => {
  csafSuite ??= (async () => {
    const validateModule = '@secvisogram/csaf-validator-lib/validate.js';
    const basicModule = '@secvisogram/csaf-validator-lib/basic.js';
    const v = (await import(validateModule)) as { default: ValidateFn };
    const basic = (await import(basicModule)) as Record<string, unknown>;
    return { validate: v.default, tests: Object.values(basic) };
  })();
  return csafSuite;
};

const toErrors = (test: string, list: Message[]): ValidationError[] =>
  list.map((m) => ({ test, instancePath: m.instancePath, message: m.message ?? 'invalid' }));

export async function validateCsaf(doc: unknown): Promise<ValidationReport> {
  const { validate, tests } = await loadCsafSuite();
  const result = await validate(tests, doc);
  return {
    valid: result.isValid,
    errors: result.tests.flatMap((t) => toErrors(t.name, t.errors)),
    warnings: result.tests.flatMap((t) => toErrors(t.name, t.warnings)),
    skipped: CSAF_SKIPPED_TESTS,
  };
}

let cveValidator: ReturnType<typeof createCveValidator> | null = null;

export async function validateCve(record: unknown): Promise<ValidationReport> {
  // The schema is 128 KB: loaded with the verb that needs it, not at CLI start-up.
  const { default: schema } = await import(
    '../../shared/advisory/schemas/cve/CVE_Record_Format_bundled.json',
    { with: { type: 'json' } }
  );
  cveValidator ??= createCveValidator(schema);
  const result = cveValidator(record);
  return { valid: result.valid, errors: result.errors, warnings: [], skipped: [] };
}
