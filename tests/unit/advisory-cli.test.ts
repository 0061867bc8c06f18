import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { validateCsaf, validateCve } from '../../cli/commands/advisory-validators';
import { airlockGroup } from './testing/cli';

/**
 * The real CLI (the launcher and its prebuilt bundle), as an analyst or a CI job runs it:
 * render every fixture, check the files it wrote, and watch the leak guard refuse a
 * planted leak without writing anything.
 */
const airlock = airlockGroup('advisory');
const FIXTURES = [
  'single-vendor-software',
  'multi-vendor-unreachable',
  'website',
  'technical-alert',
];

let out: string;
beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'airlock-advisory-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('airlock advisory (real CLI)', () => {
  it('renders every fixture to CSAF and CVE files that validate with zero errors', async () => {
    const jobs = FIXTURES.flatMap((name) =>
      (['csaf', 'cve'] as const).map(async (format) => {
        const draft = path.join('tests/fixtures/advisories', `${name}.json`);
        const r = await airlock('render', draft, '--format', format, '--out', path.join(out, name));
        return { name, format, r };
      }),
    );
    for (const { name, format, r } of await Promise.all(jobs)) {
      expect(r, `${name} ${format}`).toMatchObject({ code: 0, json: { ok: true } });
      for (const file of r.json.files as string[]) {
        const doc = JSON.parse(await readFile(file, 'utf8')) as unknown;
        const report = format === 'csaf' ? await validateCsaf(doc) : await validateCve(doc);
        expect(report.errors, file).toEqual([]);
      }
    }
    expect((await readdir(path.join(out, 'multi-vendor-unreachable'))).sort()).toEqual([
      'CVE-2026-20001.json',
      'CVE-2026-20002.json',
      'jvnvu_23456789.json',
    ]);
  }, 300_000);

  it('renders the VEX formats (issue 28) to files its own validate command accepts', async () => {
    const draft = 'tests/fixtures/advisories/multi-vendor-unreachable.json';
    for (const format of ['csaf-vex', 'openvex', 'cyclonedx'] as const) {
      const dir = path.join(out, `vex-${format}`);
      const r = await airlock('render', draft, '--format', format, '--out', dir);
      expect(r, format).toMatchObject({ code: 0, json: { ok: true } });
      // The loss report: what this format's recipient will not see.
      expect(Array.isArray(r.json.dropped)).toBe(true);
      const [file] = r.json.files as string[];
      expect(file).toBeDefined();
      const checked = await airlock('validate', file!, '--format', format, '--json');
      expect(checked, format).toMatchObject({ code: 0, json: { ok: true, valid: true } });
    }
    const openvex = await airlock('render', draft, '--format', 'openvex', '--out', out);
    const codes = (openvex.json.dropped as { code: string; ja: string }[]).map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['vendor-statements', 'cvss', 'cwe']));
    const wrong = await airlock('render', draft, '--format', 'spdx', '--out', out);
    expect(wrong.code).not.toBe(0);
    // Eight whole CLI processes: room for a busy 2-core machine (as the tests above).
  }, 120_000);

  it('renders each CVE ID’s CNA container, the file cve publish --cve-json-file takes (issue 28)', async () => {
    const draft = 'tests/fixtures/advisories/multi-vendor-unreachable.json';
    const dir = path.join(out, 'cve-cna');
    const r = await airlock('render', draft, '--format', 'cve-cna', '--out', dir);
    expect(r).toMatchObject({ code: 0, json: { ok: true } });
    expect((await readdir(dir)).sort()).toEqual([
      'CVE-2026-20001.cna.json',
      'CVE-2026-20002.cna.json',
    ]);
    for (const file of r.json.files as string[]) {
      const checked = await airlock('validate', file, '--format', 'cve-cna', '--json');
      expect(checked, file).toMatchObject({ code: 0, json: { ok: true, valid: true } });
      // A container is not a record: the record schema refuses it.
      const asRecord = await airlock('validate', file, '--format', 'cve', '--json');
      expect(asRecord.code, file).toBe(1);
    }
  }, 300_000);

  it('validates files on the command line and reports skipped tests', async () => {
    const csaf = await airlock(
      'validate',
      path.join(out, 'technical-alert', 'jvnta_45678901.json'),
      '--format',
      'csaf',
      '--json',
    );
    expect(csaf).toMatchObject({ code: 0, json: { ok: true, valid: true, errors: [] } });
    expect((csaf.json.skipped as { test: string }[]).map((s) => s.test)).toEqual([
      'informativeTest_6_3_6',
      'informativeTest_6_3_7',
      'informativeTest_6_3_8',
    ]);
    const cve = await airlock(
      'validate',
      path.join(out, 'website', 'CVE-2026-30001.json'),
      '--format',
      'cve',
      '--json',
    );
    expect(cve).toMatchObject({
      code: 0,
      json: { ok: true, valid: true, errors: [], skipped: [] },
    });
    const bad = path.join(out, 'bad-cve.json');
    await writeFile(bad, JSON.stringify({ dataType: 'CVE_RECORD' }));
    const invalid = await airlock('validate', bad, '--format', 'cve', '--json');
    expect(invalid).toMatchObject({ code: 1, json: { ok: true, valid: false } });
    expect((invalid.json.errors as unknown[]).length).toBeGreaterThan(0);
  }, 300_000);

  it('refuses to write anything when the leak guard finds the PoC in the draft', async () => {
    const draft = JSON.parse(await readFile('tests/fixtures/advisories/website.json', 'utf8')) as {
      impact: { en: string };
    };
    draft.impact.en += ' Try https://yoyaku-net.example/confirm?no=100233 to see it.';
    const leaky = path.join(out, 'leaky.json');
    await writeFile(leaky, JSON.stringify(draft));
    const target = path.join(out, 'leaky-out');
    const r = await airlock('render', leaky, '--format', 'html', '--lang', 'en', '--out', target);
    expect(r.code).toBe(1);
    expect(r.json).toMatchObject({
      ok: false,
      error: {
        code: 'leak-guard',
        findings: [
          {
            code: 'poc',
            field: 'impact.en',
            excerpt: 'https://yoyaku-net.example/confirm?no=100233',
          },
        ],
      },
    });
    await expect(readdir(target)).rejects.toThrow();
  }, 120_000);

  it('writes no CSAF file that fails the validation the app runs before saving', async () => {
    const draft = JSON.parse(
      await readFile('tests/fixtures/advisories/single-vendor-software.json', 'utf8'),
    ) as { vulnerabilities: { cwe?: { id: string; name: string } }[] };
    // Not MITRE's name for the id: CSAF mandatory test 6.1.11 (issue 23).
    for (const v of draft.vulnerabilities) v.cwe = { id: 'CWE-290', name: 'CWE-290' };
    const bad = path.join(out, 'bad-cwe.json');
    await writeFile(bad, JSON.stringify(draft));
    const target = path.join(out, 'bad-cwe-out');
    const r = await airlock('render', bad, '--format', 'csaf', '--out', target);
    expect(r.code).toBe(1);
    expect(r.json).toMatchObject({ ok: false, error: { code: 'invalid-export' } });
    expect(JSON.stringify(r.json)).toContain('mandatoryTest_6_1_11');
    await expect(readdir(target)).rejects.toThrow();
  }, 120_000);

  it('rejects an invalid draft with the offending field', async () => {
    const draft = JSON.parse(await readFile('tests/fixtures/advisories/website.json', 'utf8')) as {
      advisoryId: string;
    };
    draft.advisoryId = 'JVN#123';
    const bad = path.join(out, 'bad-draft.json');
    await writeFile(bad, JSON.stringify(draft));
    const r = await airlock('render', bad, '--format', 'md', '--out', path.join(out, 'x'));
    expect(r.code).toBe(1);
    expect(r.json).toMatchObject({ ok: false, error: { code: 'invalid-draft' } });
    expect(JSON.stringify(r.json)).toContain('advisoryId');
  }, 120_000);
});
