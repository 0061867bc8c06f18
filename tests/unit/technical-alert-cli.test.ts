// The real CLI (the prebuilt bundle, as `npm run -s airlock` runs it) on a technical alert: `case show`
// prints the folded alert with the steps the engine allows next, `case validate` refuses a
// malformed alert naming the field, and `advisory render` / `validate` export its JVNTA#
// advisory (CSAF informational advisory valid, CVE refused with its reason).
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleAlertDraft } from '../../shared/advisory/testing/sample-alert-draft';
import { CASE_DOCUMENT_FORMAT } from '../../shared/model/case-document';
import {
  sampleAlertCase,
  sampleAlertContent,
  sampleAlertCreated,
} from '../../shared/model/testing/technical-alert';
import { airlockGroup } from './testing/cli';

const caseCli = airlockGroup('case');
const advisoryCli = airlockGroup('advisory');

let dir: string;
const file = (name: string) => path.join(dir, name);
const document = (
  events: unknown[] = [sampleAlertCreated()],
  kase: unknown = sampleAlertCase(),
) => ({
  format: CASE_DOCUMENT_FORMAT,
  case: kase,
  events,
  contacts: [],
});

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'airlock-ta-'));
  await writeFile(file('alert.json'), JSON.stringify(document()));
  const created = sampleAlertCreated();
  const bad = {
    ...created,
    payload: { ...created.payload, technicalAlert: { ...sampleAlertContent(), cwes: ['295'] } },
  };
  await writeFile(file('bad.json'), JSON.stringify(document([bad])));
  await writeFile(file('draft.json'), JSON.stringify(sampleAlertDraft()));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('airlock case / advisory on a technical alert (real CLI)', () => {
  it('case show: the folded alert, its stage and the next steps', async () => {
    const r = await caseCli('show', file('alert.json'), '--now', '2026-05-02T00:00:00Z');
    expect(r).toMatchObject({
      code: 0,
      json: {
        ok: true,
        case: { kind: 'technical-alert', states: { report: 'accepted', embargo: 'none' } },
        technicalAlert: { stage: 'drafting', content: sampleAlertContent() },
      },
    });
    const steps = (r.json.technicalAlert as { steps: { step: string; allowed: boolean }[] }).steps;
    expect(steps.filter((s) => s.allowed).map((s) => s.step)).toEqual([
      'draft',
      'request-review',
      'schedule-publication',
      'close',
    ]);
  }, 60_000);

  it('case validate: a valid alert passes; a malformed one is refused naming the field', async () => {
    expect(await caseCli('validate', file('alert.json'))).toMatchObject({
      code: 0,
      json: { ok: true, valid: true, kind: 'technical-alert' },
    });
    const bad = await caseCli('validate', file('bad.json'));
    expect(bad.code).toBe(1);
    expect(bad.json).toMatchObject({ ok: false, error: { code: 'case-invalid' } });
    expect((bad.json.error as { message: string }).message).toMatch(
      /events\[0\].*payload\.technicalAlert\.cwes\.0/,
    );
  }, 60_000);

  it('advisory render: CSAF (valid), HTML and Markdown in both languages; CVE refused', async () => {
    for (const format of ['csaf', 'html', 'md']) {
      const r = await advisoryCli(
        'render',
        file('draft.json'),
        '--format',
        format,
        '--out',
        file('out'),
      );
      expect(r, format).toMatchObject({ code: 0, json: { ok: true } });
    }
    expect((await readdir(file('out'))).sort()).toEqual([
      'jvnta_12345678-en.html',
      'jvnta_12345678-en.md',
      'jvnta_12345678-ja.html',
      'jvnta_12345678-ja.md',
      'jvnta_12345678.json',
    ]);
    const valid = await advisoryCli(
      'validate',
      file('out/jvnta_12345678.json'),
      '--format',
      'csaf',
    );
    expect(valid).toMatchObject({ code: 0, json: { ok: true, valid: true, errors: [] } });
    const cve = await advisoryCli(
      'render',
      file('draft.json'),
      '--format',
      'cve',
      '--out',
      file('cve'),
    );
    expect(cve).toMatchObject({ code: 1, json: { ok: false, error: { code: 'technical-alert' } } });
  }, 120_000);
});
