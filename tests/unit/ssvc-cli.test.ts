// `airlock ssvc decide` (issue 28): the shipped table's outcome for every row of both
// coordinator tables (the cases are generated from the tables), the SelectionList valid
// against the official schema, and a refusal naming the unknown or missing point. Every row
// goes through the command's own answer function; the printed JSON and exit codes are
// checked through the real launcher on a few.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ssvcDecideAnswer } from '../../cli/commands/ssvc';
import selectionListSchema from '../../shared/workflow/ssvc/SelectionList_2_0_0.schema.json';
import {
  decisionPointId,
  inputPoints,
  outcomePoint,
  SSVC_MODELS,
  SSVC_TABLES,
} from '../../shared/workflow/ssvc-tables';
import { airlockGroup } from './testing/cli';

const ssvc = airlockGroup('ssvc');
const NOW = '2026-05-01T00:00:00.000Z';
const ajv = new Ajv2020({ strict: false });
addFormats(ajv);
const valid = ajv.compile(selectionListSchema);

describe.each(SSVC_MODELS)('airlock ssvc decide %s: every row of the table', (model) => {
  const t = SSVC_TABLES[model];
  const out = outcomePoint(t);
  it('answers each row with its outcome and a valid SelectionList', () => {
    for (const row of t.mapping) {
      const words = inputPoints(t).map((dp) => `${dp.key}=${row[decisionPointId(dp)] ?? ''}`);
      const answer = ssvcDecideAnswer(model, words, NOW);
      const expected = out.values.find((v) => v.key === row[t.outcome]);
      expect(answer, words.join(' ')).toMatchObject({
        code: 0,
        json: { ok: true, outcome: { key: out.key, value: expected?.key, name: expected?.name } },
      });
      expect(valid(answer.json.selections), words.join(' ')).toBe(true);
    }
  });
});

describe('airlock ssvc decide (the launcher)', () => {
  it('prints the outcome and the SelectionList of the examples', async () => {
    const triage = await ssvc(
      'decide',
      'coordinator-triage',
      ...'RP=Y SCON=N RC=C SC=M SE=A U=E PSI=S'.split(' '),
      '--json',
      '--now',
      NOW,
      '--target',
      'AL-2026-0001',
    );
    expect(triage).toMatchObject({
      code: 0,
      json: { ok: true, outcome: { key: 'COORDINATE', value: 'D', name: 'Decline' } },
    });
    expect(triage.json.selections).toMatchObject({
      timestamp: NOW,
      schemaVersion: '2.0.0',
      target_ids: ['AL-2026-0001'],
    });
    const publish = await ssvc(
      'decide',
      'coordinator-publish',
      'SINV=FR',
      'E=P',
      'PVA=A',
      '--json',
    );
    expect(publish.code).toBe(0);
    expect(publish.json.outcome).toMatchObject({ key: 'PUBLISH' });
    expect(valid(publish.json.selections)).toBe(true);
  });

  it('takes Utility as A= and VD=', async () => {
    const r = await ssvc(
      'decide',
      'coordinator-triage',
      ...'RP=N SCON=Y RC=C SC=M SE=U A=Y VD=C PSI=S'.split(' '),
      '--json',
    );
    expect(r.code).toBe(0);
    const direct = ssvcDecideAnswer(
      'coordinator-triage',
      'RP=N SCON=Y RC=C SC=M SE=U U=S PSI=S'.split(' '),
      NOW,
    );
    expect(r.json.outcome).toEqual(direct.json.outcome);
  });

  it('refuses an unknown point, an unknown value or a missing point, naming it', async () => {
    const unknownPoint = await ssvc(
      'decide',
      'coordinator-publish',
      'SINV=FR',
      'E=P',
      'PVA=A',
      'XYZ=1',
    );
    expect(unknownPoint.code).not.toBe(0);
    expect(unknownPoint.json).toMatchObject({ ok: false, error: { code: 'ssvc-unknown-point' } });
    expect(JSON.stringify(unknownPoint.json)).toContain('XYZ');
    const unknownValue = await ssvc('decide', 'coordinator-publish', 'SINV=FR', 'E=Q', 'PVA=A');
    expect(unknownValue.json).toMatchObject({ ok: false, error: { code: 'ssvc-unknown-value' } });
    expect(JSON.stringify(unknownValue.json)).toContain('Q is not a value of E (Exploitation');
    const missing = ssvcDecideAnswer('coordinator-publish', ['SINV=FR', 'E=P'], NOW);
    expect(missing).toMatchObject({
      code: 1,
      json: { ok: false, error: { code: 'ssvc-missing-point' } },
    });
    expect(JSON.stringify(missing.json)).toContain('PVA (Public Value Added');
    const model = ssvcDecideAnswer('coordinator-deploy', ['SINV=FR'], NOW);
    expect(model.json).toMatchObject({ error: { code: 'ssvc-unknown-model' } });
    const malformed = ssvcDecideAnswer('coordinator-publish', ['SINV'], NOW);
    expect(malformed.json).toMatchObject({ error: { code: 'ssvc-malformed-selection' } });
  });

  it('refuses a bad --now and a missing model as usage', async () => {
    expect((await ssvc('decide', 'coordinator-publish', '--now', 'tomorrow')).json).toMatchObject({
      ok: false,
      error: { code: 'usage' },
    });
    expect((await ssvc('decide')).json).toMatchObject({ ok: false, error: { code: 'usage' } });
  });
});
