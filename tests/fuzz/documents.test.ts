// Case documents and advisory drafts an attacker edited (wrong types, missing fields, huge
// or deeply nested values, Markdown bombs, damaged JSON text), and CSAF / CVE files to
// validate, through `airlock case validate|show` and `airlock advisory render|validate`
// (the same parse, fold, render, leak guard and validation as the app's export panel).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportTally, runs, samples } from './kit';
import { deepText, jsonText, mutatedJson } from './mutate';
import { corpusDir, corpusFile, loadKeys } from './seeds';
import { targets, warmValidators, type Targets } from './targets';

let t: Targets;
beforeAll(async () => {
  t = targets(await loadKeys());
  await warmValidators();
});
reportTally('documents');
const dec = new TextDecoder();
const json = (bytes: Uint8Array): unknown => JSON.parse(dec.decode(bytes));

const caseSeed = json(corpusFile('cases/sample-case.json'));
const draftsDir = path.join(corpusDir, '..', '..', 'fixtures', 'advisories');
const drafts = readdirSync(draftsDir)
  .filter((n) => n.endsWith('.json'))
  .map((n) => JSON.parse(readFileSync(path.join(draftsDir, n), 'utf8')) as unknown);
const exports = {
  csaf: json(corpusFile('advisories/csaf.json')),
  cve: json(corpusFile('advisories/cve.json')),
};

/** Whole documents that are not documents: top-level null, scalars, deep nesting. */
const notDocuments = fc.constantFrom(
  'null',
  '[]',
  '{}',
  '"text"',
  '0',
  'true',
  '',
  '\uFEFF{}',
  deepText(100_000),
  `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
);

describe('fuzz: documents', () => {
  it('the seeds pass (the set-up is sound)', async () => {
    const enc = new TextEncoder();
    const seedCase = enc.encode(JSON.stringify(caseSeed));
    expect((await t.caseDocument('seed-case', seedCase)).map((o) => o.kind)).toEqual([
      'accepted',
      'accepted',
    ]);
    for (const format of ['csaf', 'cve'] as const) {
      const data = enc.encode(JSON.stringify(exports[format]));
      expect((await t.validate(`seed-${format}`, data, format)).map((o) => o.kind)).toEqual([
        'accepted',
      ]);
    }
  });

  it('case documents', async () => {
    const inputs = samples(
      fc.oneof(
        { weight: 12, arbitrary: jsonText(mutatedJson([caseSeed])) },
        { weight: 1, arbitrary: notDocuments.map((t) => new TextEncoder().encode(t)) },
      ),
      2931,
      runs(220, 22),
    );
    for (const data of inputs) await t.caseDocument('case', data);
  }, 3_600_000);

  it('advisory drafts rendered to every format', async () => {
    const inputs = samples(
      fc.tuple(
        fc.oneof(
          { weight: 12, arbitrary: jsonText(mutatedJson(drafts)) },
          { weight: 1, arbitrary: notDocuments.map((t) => new TextEncoder().encode(t)) },
        ),
        fc.constantFrom('csaf', 'cve', 'html', 'md'),
        fc.constantFrom('en', 'ja'),
      ),
      2932,
      runs(260, 26),
    );
    for (const [data, format, lang] of inputs) await t.draft(`draft-${format}`, data, format, lang);
  }, 3_600_000);

  it('CSAF and CVE files to validate', async () => {
    const inputs = samples(
      fc.oneof(
        fc.tuple(
          fc.constant('csaf' as const),
          fc.oneof(
            { weight: 12, arbitrary: jsonText(mutatedJson([exports.csaf])) },
            { weight: 1, arbitrary: notDocuments.map((t) => new TextEncoder().encode(t)) },
          ),
        ),
        fc.tuple(
          fc.constant('cve' as const),
          fc.oneof(
            { weight: 12, arbitrary: jsonText(mutatedJson([exports.cve])) },
            { weight: 1, arbitrary: notDocuments.map((t) => new TextEncoder().encode(t)) },
          ),
        ),
      ),
      2933,
      runs(160, 16),
    );
    for (const [format, data] of inputs) await t.validate(`validate-${format}`, data, format);
  }, 3_600_000);
});
