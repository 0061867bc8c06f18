// Independent checks of exported advisories for e2e tests: csaf-validator-lib itself (its
// schema and mandatory tests, from node_modules, not the app's copy) and the official CVE
// Record Format 5.1.1 schema shipped in shared/advisory/schemas/cve-5.1.1, compiled with Ajv.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const CVE_SCHEMAS = {
  record: 'CVE_JSON_bundled_5.1.1.json',
  'cna-container': 'CVE_JSON_cnaPublishedContainer_5.1.1.json',
} as const;
const cveSchemaFile = (which: keyof typeof CVE_SCHEMAS) =>
  fileURLToPath(
    new URL(`../../shared/advisory/schemas/cve-5.1.1/${CVE_SCHEMAS[which]}`, import.meta.url),
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

/** Whether a CVE record (or a CNA container) validates against the official CVE 5.1.1
 *  record schema (or the CNA published container schema cvelib uses), and its errors. */
export const cveSchemaValid = (
  doc: unknown,
  which: keyof typeof CVE_SCHEMAS = 'record',
): { valid: boolean; errors: unknown } => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(cveSchemaFile(which), 'utf8')) as object);
  return { valid: validate(doc), errors: validate.errors };
};
