import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { airlockGroup } from './testing/cli';

/**
 * `airlock advisory` on issue 29's hostile inputs, through the prebuilt CLI: a typed JSON
 * error and a non-zero exit, never `internal` (marked's stack overflow, a TypeError).
 */
const airlock = airlockGroup('advisory');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'airlock-advisory-hostile-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function draftFile(name: string, edit: (draft: Record<string, unknown>) => unknown) {
  const raw = JSON.parse(
    await readFile('tests/fixtures/advisories/website.json', 'utf8'),
  ) as Record<string, unknown>;
  const file = path.join(dir, name);
  await writeFile(file, JSON.stringify(edit(raw)));
  return file;
}

describe('airlock advisory: hostile drafts and documents', () => {
  for (const [name, text, code] of [
    ['quotes', `${'>'.repeat(20_000)} x`, 'markdown-too-deep'],
    [
      'list',
      `${'- '.repeat(5_000)}x`, // a list nested 5,000 deep, its markers on one line
      'markdown-too-deep',
    ],
    ['large', 'a'.repeat(16 * 1024 * 1024), 'markdown-too-large'],
  ] as const) {
    it(`render --format html of an overview (${name}) is ${code} and writes nothing`, async () => {
      const file = await draftFile(`${name}.json`, (d) => ({
        ...d,
        overview: { ja: 'x', en: text },
      }));
      const out = path.join(dir, `${name}-out`);
      const result = await airlock('render', file, '--format', 'html', '--out', out);
      expect(result.code).not.toBe(0);
      expect(result.json).toMatchObject({ ok: false, error: { code } });
      expect(Object.keys(result.json.error as object).sort()).toEqual(['code', 'message']);
      expect(await readdir(out).catch(() => null)).toBeNull();
    }, 60_000);
  }

  it('render of a CVSS vector without its value is invalid-cvss in words', async () => {
    const file = await draftFile('cvss.json', (d) => ({
      ...d,
      vulnerabilities: (d.vulnerabilities as Record<string, unknown>[]).map((v) => ({
        ...v,
        cvss: { v31: 'CVSS:3.1/AV' },
      })),
    }));
    const result = await airlock('render', file, '--format', 'csaf', '--out', path.join(dir, 'c'));
    expect(result.code).not.toBe(0);
    const error = result.json.error as { code: string; message: string } | undefined;
    expect(error?.code).toMatch(/^(invalid-cvss|invalid-draft)$/);
    expect(error?.message).not.toMatch(/Cannot read|TypeError/);
  }, 60_000);

  it('validate --format csaf of a top-level null is a report, not internal', async () => {
    const file = path.join(dir, 'null.json');
    await writeFile(file, 'null');
    const result = await airlock('validate', file, '--format', 'csaf', '--json');
    expect(result.code).toBe(1);
    expect(result.json).toMatchObject({ ok: true, valid: false });
  }, 60_000);
});
