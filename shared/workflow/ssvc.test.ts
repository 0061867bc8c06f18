// The SSVC engine against the shipped CERT/CC tables: one test per row of each table,
// generated from the table itself, and every SelectionList checked with the official
// SelectionList 2.0.0 JSON schema (Ajv, draft 2020-12).
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ssvcSelectionListSchema } from '../model';
import selectionListSchema from './ssvc/SelectionList_2_0_0.schema.json';
import {
  decideSsvc,
  decideWith,
  parseSsvcAssignments,
  selectionInput,
  selectionOutcome,
} from './ssvc';
import {
  decisionPointId,
  inputPoints,
  outcomePoint,
  SSVC_MODELS,
  SSVC_TABLES,
  SSVC_UTILITY_TABLE,
  ssvcPointName,
  ssvcValueName,
  type SsvcDecisionTable,
} from './ssvc-tables';

const NOW = '2026-05-01T00:00:00.000Z';
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validSelectionList = ajv.compile(selectionListSchema);

const rowInput = (t: SsvcDecisionTable, row: Record<string, string>) =>
  Object.fromEntries(inputPoints(t).map((dp) => [dp.key, row[decisionPointId(dp)] ?? '']));

describe.each(SSVC_MODELS)('SSVC %s: every row of the shipped table', (model) => {
  const t = SSVC_TABLES[model];
  const out = outcomePoint(t);
  it.each(t.mapping.map((row, i) => [i, row] as const))('row %i', (_i, row) => {
    const r = decideSsvc(model, rowInput(t, row), { now: NOW, targetIds: ['AL-2026-0001'] });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.outcome.key).toBe(out.key);
    expect(r.value.outcome.value).toBe(row[t.outcome]);
    expect(out.values.find((v) => v.key === row[t.outcome])?.name).toBe(r.value.outcome.name);
    expect(validSelectionList(r.value.selections), ajv.errorsText(validSelectionList.errors)).toBe(
      true,
    );
    expect(ssvcSelectionListSchema.safeParse(r.value.selections).success).toBe(true);
    expect(selectionOutcome(model, r.value.selections)).toEqual(r.value.outcome);
  });
});

describe('SSVC decide', () => {
  it('gives the examples of the issue and records them as a SelectionList', () => {
    const triage = parseSsvcAssignments('RP=Y SCON=N RC=C SC=M SE=A U=E PSI=S'.split(' '));
    if (!triage.ok) throw new Error('parse');
    const r = decideSsvc('coordinator-triage', triage.value, { now: NOW });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.outcome).toEqual({ key: 'COORDINATE', value: 'D', name: 'Decline' });
    expect(r.value.selections.target_ids).toBeUndefined();
    expect(selectionInput(r.value.selections)).toEqual({ ...triage.value, COORDINATE: 'D' });
    expect(r.value.selections.selections[0]).toEqual({
      namespace: 'ssvc',
      key: 'RP',
      version: '1.0.0',
      name: 'Report Public',
      values: [{ key: 'Y', name: 'Yes' }],
    });
    const p = decideSsvc('coordinator-publish', { SINV: 'FR', E: 'P', PVA: 'A' }, { now: NOW });
    expect(p.ok && p.value.outcome.key).toBe('PUBLISH');
  });

  it('derives Utility from A and VD through the Utility table, and keeps both', () => {
    const base = { RP: 'N', SCON: 'Y', RC: 'C', SC: 'O', SE: 'A', PSI: 'M' };
    for (const row of SSVC_UTILITY_TABLE.mapping) {
      const a = row['ssvc:A:2.0.0'] ?? '';
      const vd = row['ssvc:VD:1.0.0'] ?? '';
      const u = row['ssvc:U:1.0.1'] ?? '';
      const viaParts = decideSsvc('coordinator-triage', { ...base, A: a, VD: vd }, { now: NOW });
      const direct = decideSsvc('coordinator-triage', { ...base, U: u }, { now: NOW });
      if (!viaParts.ok || !direct.ok) throw new Error('refused');
      expect(viaParts.value.outcome).toEqual(direct.value.outcome);
      expect(selectionInput(viaParts.value.selections)).toMatchObject({ A: a, VD: vd, U: u });
      expect(validSelectionList(viaParts.value.selections)).toBe(true);
      const agreeing = decideSsvc(
        'coordinator-triage',
        { ...base, A: a, VD: vd, U: u },
        { now: NOW },
      );
      expect(agreeing.ok).toBe(true);
    }
  });

  it('refuses U contradicting A and VD, and A without VD', () => {
    const base = { RP: 'N', SCON: 'Y', RC: 'C', SC: 'O', SE: 'A', PSI: 'M' };
    const conflict = decideSsvc(
      'coordinator-triage',
      { ...base, A: 'Y', VD: 'C', U: 'L' },
      { now: NOW },
    );
    expect(conflict.ok ? null : conflict.error).toMatchObject({
      code: 'ssvc-utility-conflict',
      point: 'U',
    });
    const half = decideSsvc('coordinator-triage', { ...base, A: 'Y' }, { now: NOW });
    expect(half.ok ? null : half.error).toMatchObject({ code: 'ssvc-missing-point', point: 'VD' });
    expect(half.ok ? '' : half.error.message).toContain('Value Density');
  });

  it('refuses an unknown model, point or value, or a missing point, naming it', () => {
    const full = { SINV: 'FR', E: 'P', PVA: 'A' };
    const cases = [
      ['coordinator-deploy', full, 'ssvc-unknown-model', 'coordinator-deploy'],
      ['coordinator-publish', { ...full, XX: 'Y' }, 'ssvc-unknown-point', 'XX'],
      ['coordinator-publish', { ...full, A: 'Y' }, 'ssvc-unknown-point', 'A'],
      ['coordinator-publish', { ...full, E: 'Q' }, 'ssvc-unknown-value', 'E'],
      ['coordinator-publish', { SINV: 'FR', PVA: 'A' }, 'ssvc-missing-point', 'E'],
    ] as const;
    for (const [model, input, code, point] of cases) {
      const r = decideSsvc(model, input, { now: NOW });
      expect(r.ok ? null : r.error).toMatchObject({ code, point });
      expect(r.ok ? '' : r.error.message).toContain(point);
    }
    const missing = decideSsvc('coordinator-publish', {}, { now: NOW });
    expect(missing.ok ? '' : missing.error.message).toMatch(/SINV.*E \(Exploitation.*PVA/);
  });

  it('parses POINT=VALUE words and refuses a malformed or repeated one', () => {
    expect(parseSsvcAssignments([' RP = Y ', 'U=E'])).toEqual({
      ok: true,
      value: { RP: 'Y', U: 'E' },
    });
    for (const bad of ['RP', '=Y', 'RP=', ' =Y']) {
      const r = parseSsvcAssignments([bad]);
      expect(r.ok ? null : r.error.code).toBe('ssvc-malformed-selection');
    }
    const twice = parseSsvcAssignments(['RP=Y', 'RP=N']);
    expect(twice.ok ? null : twice.error).toMatchObject({
      code: 'ssvc-duplicate-point',
      point: 'RP',
    });
  });

  it('reports a table with a hole instead of inventing an outcome', () => {
    const t = SSVC_TABLES['coordinator-publish'];
    const holed: SsvcDecisionTable = { ...t, mapping: t.mapping.slice(1) };
    const first = t.mapping[0] ?? {};
    const r = decideWith(holed, null, rowInput(t, first), { now: NOW });
    expect(r.ok ? null : r.error.code).toBe('ssvc-no-row');
    const u = SSVC_UTILITY_TABLE;
    const holedU: SsvcDecisionTable = { ...u, mapping: u.mapping.slice(1) };
    const base = { RP: 'N', SCON: 'Y', RC: 'C', SC: 'O', SE: 'A', PSI: 'M', A: 'N', VD: 'D' };
    const viaU = decideWith(SSVC_TABLES['coordinator-triage'], holedU, base, { now: NOW });
    expect(viaU.ok ? null : viaU.error.code).toBe('ssvc-no-row');
  });

  it('reads no outcome from a list without the outcome point', () => {
    const r = decideSsvc('coordinator-publish', { SINV: 'FR', E: 'P', PVA: 'A' }, { now: NOW });
    if (!r.ok) throw new Error('refused');
    const list = { ...r.value.selections, selections: r.value.selections.selections.slice(0, 1) };
    expect(selectionOutcome('coordinator-publish', list)).toBeNull();
    expect(selectionOutcome('coordinator-triage', r.value.selections)).toBeNull();
  });

  it('names points and values in Japanese beside the official English', () => {
    const rp = SSVC_TABLES['coordinator-triage'].decision_points['ssvc:RP:1.0.0'];
    if (rp === undefined) throw new Error('RP');
    const [yes] = rp.values;
    if (yes === undefined) throw new Error('Y');
    expect(ssvcPointName(rp, 'en')).toBe('Report Public');
    expect(ssvcPointName(rp, 'ja')).toBe('報告の公開状況');
    expect(ssvcValueName(rp, yes, 'ja')).toBe('公開済み');
    expect(ssvcValueName(rp, yes, 'en')).toBe('Yes');
    const stranger = { key: 'ZZ', name: 'Unknown point' };
    expect(ssvcPointName(stranger, 'ja')).toBe('Unknown point');
    expect(ssvcValueName(stranger, { key: 'Q', name: 'Q value' }, 'ja')).toBe('Q value');
    for (const t of [...Object.values(SSVC_TABLES), SSVC_UTILITY_TABLE]) {
      for (const dp of Object.values(t.decision_points)) {
        expect(ssvcPointName(dp, 'ja')).not.toBe(dp.name);
        for (const v of dp.values) expect(ssvcValueName(dp, v, 'ja')).not.toBe(v.name);
      }
    }
  });

  it('property: any selection is either the table row or refused naming the point', () => {
    const t = SSVC_TABLES['coordinator-triage'];
    const points = inputPoints(t);
    const value = (keys: string[]) => fc.oneof(fc.constantFrom(...keys), fc.constant('ZZ'));
    const input = fc.record(
      Object.fromEntries(points.map((dp) => [dp.key, value(dp.values.map((v) => v.key))])),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(input, (drawn) => {
        const given = Object.fromEntries(
          Object.entries(drawn).flatMap(([k, v]) => (v === undefined ? [] : [[k, v]])),
        );
        const r = decideSsvc('coordinator-triage', given, { now: NOW });
        if (r.ok) {
          const row = t.mapping.find((m) =>
            points.every((dp) => m[decisionPointId(dp)] === given[dp.key]),
          );
          return row?.[t.outcome] === r.value.outcome.value;
        }
        return r.error.point !== undefined && r.error.message.includes(r.error.point);
      }),
      { seed: 28, numRuns: 500 },
    );
  });
});

describe('SSVC tables', () => {
  it('a table whose outcome is not one of its points is a broken build', () => {
    const t = SSVC_TABLES['coordinator-publish'];
    expect(() => outcomePoint({ ...t, outcome: 'ssvc:NONE:1.0.0' })).toThrow(/no outcome/);
  });
});
