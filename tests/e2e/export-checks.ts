// Independent checks of exported advisories for e2e tests: csaf-validator-lib itself (its
// schema and mandatory tests, from node_modules, not the app's copy) and the official CVE
// JSON 5 schema shipped in shared/advisory/schemas, compiled with Ajv.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const CVE_SCHEMA = fileURLToPath(
  new URL('../../shared/advisory/schemas/cve/CVE_Record_Format_bundled.json', import.meta.url),
);

type Validate = (
  tests: unknown[],
  doc: unknown,
) => Promise<{ isValid: boolean; tests: { name: string; isValid: boolean }[] }>;

/** The names of csaf-validator-lib's tests (schema and mandatory) the document fails. */
export const csafVerdict = async (doc: unknown): Promise<string[]> => {
  const validateModule = '@secvisogram/csaf-validator-lib/validate.js';
  const basicModule = '@secvisogram/csaf-validator-lib/basic.js';
  const validate = ((await import(validateModule)) as { default: Validate }).default;
  const basic = (await import(basicModule)) as Record<string, unknown>;
  const result = await validate(Object.values(basic), doc);
  return result.tests.filter((t) => !t.isValid).map((t) => t.name);
};

/** Whether a CVE record validates against the official CVE JSON 5 schema, and its errors. */
export const cveSchemaValid = (record: unknown): { valid: boolean; errors: unknown } => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(CVE_SCHEMA, 'utf8')) as object);
  return { valid: validate(record), errors: validate.errors };
};
