// Types for the generated csaf-validator-lib bundle (scripts/gen-csaf-validator.mjs).
type CsafMessage = {
  instancePath: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
};
type CsafTestResult = {
  name: string;
  isValid: boolean;
  errors: CsafMessage[];
  warnings: CsafMessage[];
  infos: CsafMessage[];
};
type CsafTest = ((doc: unknown) => unknown) & { name: string };
declare const lib: {
  /** csaf-validator-lib's `basic.js`: the strict schema test and every mandatory test. */
  basic: Record<string, CsafTest>;
  /** csaf-validator-lib's `optionalTests.js`: the CSAF 2.0 optional tests (6.2.x). */
  optional: Record<string, CsafTest>;
  /** csaf-validator-lib's `csaf_2_1/basic.js`: the strict CSAF 2.1 schema test and every 2.1
   *  mandatory test. */
  basic21: Record<string, CsafTest>;
  /** csaf-validator-lib's `validate.js`. */
  validate: (
    tests: CsafTest[],
    doc: unknown,
  ) => Promise<{ isValid: boolean; tests: CsafTestResult[] }>;
};
export = lib;
