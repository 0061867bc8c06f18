import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { validateCsafDocument } from '../../shared/advisory/validate-export';
import { renderAdvisory } from '../../shared/advisory/render';
import { parseAdvisoryDraft } from '../../shared/model/advisory-draft';

/**
 * The app and the CLI validate CSAF with the generated bundle of csaf-validator-lib
 * (scripts/gen-csaf-validator.mjs), so it must be the installed library's version, contain
 * no dynamic code (the renderer's CSP), and give the library's own verdicts.
 */
type Lib = {
  validate: (
    tests: unknown[],
    doc: unknown,
  ) => Promise<{ isValid: boolean; tests: { name: string; isValid: boolean }[] }>;
  tests: unknown[];
};
const library = async (): Promise<Lib> => {
  // Module names in variables: the library ships no type declarations for these.
  const validateModule = '@secvisogram/csaf-validator-lib/validate.js';
  const basicModule = '@secvisogram/csaf-validator-lib/basic.js';
  const v = (await import(validateModule)) as { default: Lib['validate'] };
  const basic = (await import(basicModule)) as Record<string, unknown>;
  return { validate: v.default, tests: Object.values(basic) };
};

const fixtureCsaf = async (name: string): Promise<Record<string, unknown>> => {
  const text = await readFile(`tests/fixtures/advisories/${name}.json`, 'utf8');
  const draft = parseAdvisoryDraft(JSON.parse(text));
  if (!draft.ok) throw new Error(draft.error.message);
  const r = renderAdvisory(draft.value, { format: 'csaf' });
  if (!r.ok) throw new Error(r.error.message);
  return JSON.parse(r.value.files[0]?.content ?? '{}') as Record<string, unknown>;
};

describe('generated csaf-validator-lib bundle', () => {
  it('is built from the installed library and has no eval or Function constructor', async () => {
    const code = await readFile('shared/advisory/generated/csaf-validator.cjs', 'utf8');
    const pkg = JSON.parse(
      await readFile('node_modules/@secvisogram/csaf-validator-lib/package.json', 'utf8'),
    ) as { version: string };
    expect(code.split('\n')[0]).toContain(`csaf-validator-lib ${pkg.version} `);
    expect(code).not.toMatch(/new Function|\beval\(/);
  });

  it('gives the library’s verdict, test by test, on valid and broken documents', async () => {
    const lib = await library();
    const valid = await fixtureCsaf('multi-vendor-unreachable');
    const broken = structuredClone(valid) as {
      product_tree: unknown;
      vulnerabilities: { cwe?: { id: string; name: string } }[];
    };
    broken.product_tree = { branches: [] };
    for (const v of broken.vulnerabilities) v.cwe = { id: 'CWE-290', name: 'CWE-290' };
    for (const doc of [valid, broken]) {
      const ours = await validateCsafDocument(doc);
      const theirs = await lib.validate(lib.tests, doc);
      expect(ours.valid).toBe(theirs.isValid);
      const failed = (list: { test: string }[]) => [...new Set(list.map((e) => e.test))].sort();
      expect(failed(ours.errors)).toEqual(
        theirs.tests
          .filter((t) => !t.isValid)
          .map((t) => t.name)
          .sort(),
      );
    }
    expect((await validateCsafDocument(broken)).valid).toBe(false);
  });
});
