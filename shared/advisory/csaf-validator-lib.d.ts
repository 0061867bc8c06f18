// The parts of @secvisogram/csaf-validator-lib that shared/ imports directly (the library
// ships JavaScript with JSDoc only). The validator itself is imported through the generated
// bundle in ./generated (scripts/gen-csaf-validator.mjs).
declare module '@secvisogram/csaf-validator-lib/cwe.js' {
  /** MITRE's CWE catalogue as the library's mandatory test 6.1.11 checks it. */
  export const weaknesses: readonly { id: string; name: string }[];
}

declare module '@secvisogram/csaf-validator-lib/lib/cwec/4.17.js' {
  const catalogue: { date: string; weaknesses: readonly { id: string; name: string }[] };
  // eslint-disable-next-line import-x/no-default-export -- the library's module exports only this
  export default catalogue;
}
