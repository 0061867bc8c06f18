// The CLI and the build-time validators read the CVE schemas shipped in the repository
// (shared/advisory/schemas). The project is also given the official copy beside the
// repository; when it is there, the shipped one must be the same bytes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The reference copy is beside the main checkout (../shared) or, from a worktree under wt/,
// two levels up.
const reference = (dir: string) =>
  [`../shared/schemas/${dir}`, `../../shared/schemas/${dir}`].find((d) => existsSync(d));

/** Every file of the reference folder is in the shipped one, the same bytes. */
const expectSameFiles = (shipped: string, referenceDir: string | undefined) => {
  for (const file of readdirSync(referenceDir ?? '')) {
    expect(
      readFileSync(`${shipped}/${file}`).equals(readFileSync(`${referenceDir}/${file}`)),
      file,
    ).toBe(true);
  }
};

const cveShipped = 'shared/advisory/schemas/cve-5.1.1';
const cveReference = reference('cve-5.1.1');

describe('shipped CVE Record Format 5.1.1 schemas (issue 28)', () => {
  it('are the record schema and the CNA published container schema cvelib validates with', () => {
    const read = (file: string) =>
      JSON.parse(readFileSync(`${cveShipped}/${file}`, 'utf8')) as {
        title?: string;
        definitions?: { dataVersion?: { default?: string } };
      };
    const record = read('CVE_JSON_bundled_5.1.1.json');
    expect(record.title).toMatch(/CVE JSON record format/i);
    expect(record.definitions?.dataVersion?.default).toBe('5.1.1');
    expect(read('CVE_JSON_cnaPublishedContainer_5.1.1.json').title).toBe(
      'CVE_JSON_cnaPublishedContainer_5.1.1',
    );
    expect(readdirSync(cveShipped)).toContain('NOTICE');
  });
  it.runIf(cveReference !== undefined)('are byte for byte the reference copy', () =>
    expectSameFiles(cveShipped, cveReference),
  );
});

// The SSVC tables and schemas (issue 28) ship in shared/workflow/ssvc.
const ssvcShipped = 'shared/workflow/ssvc';
const ssvcReference = reference('ssvc');

describe('shipped SSVC tables', () => {
  const files = readdirSync(ssvcShipped);
  it('holds the two coordinator tables, Utility and the SelectionList schema with their notices', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'coordinator_triage_1_0_0.json',
        'coordinator_publish_decision_table_1_0_0.json',
        'utility_1_0_0.json',
        'SelectionList_2_0_0.schema.json',
        'LICENSE',
        'NOTICE',
      ]),
    );
  });
  it.runIf(ssvcReference !== undefined)('is byte for byte the reference copy', () =>
    expectSameFiles(ssvcShipped, ssvcReference),
  );
});

describe('shipped OpenVEX 0.2.0 schema (issue 28)', () => {
  it('is the official OpenVEX JSON schema', () => {
    const file = 'openvex/openvex_json_schema.json';
    const schema = JSON.parse(readFileSync(`shared/advisory/schemas/${file}`, 'utf8')) as {
      $id?: string;
    };
    expect(schema.$id).toBe('https://github.com/openvex/spec/openvex_json_schema_0.2.0.json');
    if (existsSync(`../shared/schemas/${file}`)) {
      const same = readFileSync(`shared/advisory/schemas/${file}`).equals(
        readFileSync(`../shared/schemas/${file}`),
      );
      expect(same).toBe(true);
    }
  });
});

// CSAF 2.1 (issue 28): the official JSON schema (committee specification draft snapshot),
// shipped so exported CSAF 2.1 is checked against it with its `ssvc_v2` (which
// csaf-validator-lib 2.0.10 does not know yet): tests/unit/advisory-csaf21-ssvc.test.ts.
const csaf21Shipped = 'shared/advisory/schemas/csaf-2.1';
const csaf21Reference = ['../shared/schemas/csaf-2.1', '../../shared/schemas/csaf-2.1'].find(
  (dir) => existsSync(dir),
);

describe('shipped CSAF 2.1 schema (issue 28)', () => {
  it('is the OASIS CSAF 2.1 schema with its meta and extension schemas and notice', () => {
    const schema = JSON.parse(readFileSync(`${csaf21Shipped}/csaf.json`, 'utf8')) as {
      $id?: string;
    };
    expect(schema.$id).toBe('https://docs.oasis-open.org/csaf/csaf/v2.1/schema/csaf.json');
    expect(readdirSync(csaf21Shipped).sort()).toEqual([
      'NOTICE',
      'csaf.json',
      'extension-content.json',
      'meta.json',
    ]);
  });
  it.runIf(csaf21Reference !== undefined)('is byte for byte the reference copy', () => {
    for (const file of readdirSync(csaf21Reference ?? '')) {
      expect(
        readFileSync(`${csaf21Shipped}/${file}`).equals(readFileSync(`${csaf21Reference}/${file}`)),
        file,
      ).toBe(true);
    }
  });
});
