// The CLI and the build-time validator read the CVE schema shipped in the repository
// (shared/advisory/schemas). The project is also given the official copy beside the
// repository; when it is there, the shipped one must be the same bytes.
import { existsSync, readFileSync } from 'node:fs';
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
