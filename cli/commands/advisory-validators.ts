import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createCveValidator, type SchemaError } from '../../shared/advisory/cve-validate';

/**
 * Offline validators for exported advisories (Node only: both compile with `new Function`).
 * CSAF: @secvisogram/csaf-validator-lib, schema + mandatory tests (`basic.js`) through its
 * `validate.js`. The informative tests that need the network (6.3.6, 6.3.7) or hunspell
 * (6.3.8) are not run and are listed as skipped. CVE: the official bundled schema, which
 * lives outside the repository at `../shared/schemas/cve/` (resolved from the repo root).
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

// `../shared/schemas` beside the repository root, found from this file so that the CLI
// works from any working directory.
export const CVE_SCHEMA_PATH = fileURLToPath(
  new URL('../../../shared/schemas/cve/CVE_Record_Format_bundled.json', import.meta.url),
);

let cveValidator: Promise<ReturnType<typeof createCveValidator>> | null = null;

export async function validateCve(record: unknown): Promise<ValidationReport> {
  cveValidator ??= readFile(CVE_SCHEMA_PATH, 'utf8').then((text) =>
    createCveValidator(JSON.parse(text) as object),
  );
  const result = (await cveValidator)(record);
  return { valid: result.valid, errors: result.errors, warnings: [], skipped: [] };
}
