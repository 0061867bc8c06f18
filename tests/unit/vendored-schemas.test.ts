// The CLI and the build-time validator read the CVE schema shipped in the repository
// (shared/advisory/schemas). The project is also given the official copy beside the
// repository; when it is there, the shipped one must be the same bytes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const shipped = 'shared/advisory/schemas/cve/CVE_Record_Format_bundled.json';
const reference = '../shared/schemas/cve/CVE_Record_Format_bundled.json';

describe('shipped CVE JSON 5 schema', () => {
  it('is the official bundled record schema', () => {
    const schema = JSON.parse(readFileSync(shipped, 'utf8')) as { $id?: string; title?: string };
    expect(schema.title).toMatch(/CVE JSON record format/i);
    if (existsSync(reference)) {
      expect(readFileSync(shipped).equals(readFileSync(reference))).toBe(true);
    }
  });
});

// The SSVC tables and schemas (issue 28) ship in shared/workflow/ssvc. The reference copy is
// beside the main checkout (../shared) or, from a worktree under wt/, two levels up.
const ssvcShipped = 'shared/workflow/ssvc';
const ssvcReference = ['../shared/schemas/ssvc', '../../shared/schemas/ssvc'].find((dir) =>
  existsSync(dir),
);

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
  it.runIf(ssvcReference !== undefined)('is byte for byte the reference copy', () => {
    for (const file of readdirSync(ssvcReference ?? '')) {
      expect(
        readFileSync(`${ssvcShipped}/${file}`).equals(readFileSync(`${ssvcReference}/${file}`)),
        file,
      ).toBe(true);
    }
  });
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
