// SSVC coordinator decisions (issue 28, item 3): a selection at every decision point of a
// CERT/CC table → the table's outcome and the SelectionList 2.0.0 that records it. Pure: the
// screen, the CLI (`airlock ssvc decide`) and the tests all ask here, and the answer is always
// the row of the shipped table, never a rule written again in code.
import type { IsoInstant, SsvcSelection, SsvcSelectionList } from '../model';
import { fail, ok, type Result } from '../result';
import type { CaseProjection, SsvcRecord } from './projection';
import type { CaseCommand } from './timeline';
import {
  decisionPointId,
  inputPoints,
  outcomePoint,
  SSVC_TABLE_JA,
  SSVC_TABLES,
  SSVC_UTILITY_TABLE,
  ssvcValueName,
  type SsvcDecisionPoint,
  type SsvcDecisionTable,
  type SsvcModel,
  type SsvcValue,
} from './ssvc-tables';

export type SsvcErrorCode =
  | 'ssvc-unknown-model'
  | 'ssvc-malformed-selection'
  | 'ssvc-duplicate-point'
  | 'ssvc-unknown-point'
  | 'ssvc-unknown-value'
  | 'ssvc-missing-point'
  | 'ssvc-utility-conflict'
  | 'ssvc-no-row';

/** `point` / `value` name what was refused, so a screen can mark the field. */
export type SsvcError = { code: SsvcErrorCode; message: string; point?: string; value?: string };

export type SsvcOutcome = { key: string; value: string; name: string };

export type SsvcDecision = { outcome: SsvcOutcome; selections: SsvcSelectionList };

/** Decision point key → value key, e.g. `{ RP: 'Y', SCON: 'N' }`. */
export type SsvcInput = Readonly<Record<string, string>>;

export type SsvcDecideOptions = {
  now: IsoInstant;
  /** What was evaluated (a case ref, CVE IDs); repeated ids are given once. */
  targetIds?: readonly string[];
};

const refuse = (code: SsvcErrorCode, message: string, extra: Partial<SsvcError> = {}) =>
  fail<SsvcError>({ code, message, ...extra });

export const isSsvcModel = (name: string): name is SsvcModel =>
  Object.prototype.hasOwnProperty.call(SSVC_TABLES, name);

/** `['RP=Y', 'SCON=N']` → `{ RP: 'Y', SCON: 'N' }`; a word without `=` or a repeated point is
 *  refused naming it (a script's typo must not be decided on silently). */
export const parseSsvcAssignments = (words: readonly string[]): Result<SsvcInput, SsvcError> => {
  const input: Record<string, string> = {};
  for (const word of words) {
    const at = word.indexOf('=');
    const key = word.slice(0, at).trim();
    const value = word.slice(at + 1).trim();
    if (at <= 0 || key === '' || value === '') {
      return refuse('ssvc-malformed-selection', `Not POINT=VALUE: ${word}`, { point: word });
    }
    if (Object.prototype.hasOwnProperty.call(input, key)) {
      return refuse('ssvc-duplicate-point', `Decision point ${key} is given twice`, { point: key });
    }
    input[key] = value;
  }
  return ok(input);
};

/** Decision point key → the point and its chosen value. */
type Chosen = Map<string, { dp: SsvcDecisionPoint; value: SsvcValue }>;

/** The chosen values as selections, in the order of `points`. */
const selectionsIn = (points: readonly SsvcDecisionPoint[], chosen: Chosen): SsvcSelection[] => {
  const keys = points.map((dp) => dp.key);
  return [...chosen.values()]
    .filter((c) => keys.includes(c.dp.key))
    .sort((a, b) => keys.indexOf(a.dp.key) - keys.indexOf(b.dp.key))
    .map((c) => selectionOf(c.dp, c.value));
};

const selectionOf = (dp: SsvcDecisionPoint, value: SsvcValue): SsvcSelection => ({
  namespace: dp.namespace,
  key: dp.key,
  version: dp.version,
  name: dp.name,
  values: [{ key: value.key, name: value.name }],
});

const describePoint = (dp: SsvcDecisionPoint) =>
  `${dp.key} (${dp.name}: ${dp.values.map((v) => `${v.key}=${v.name}`).join(', ')})`;

/** The outcome value of the one row whose every input point matches, or undefined. */
const lookup = (t: SsvcDecisionTable, chosen: Chosen): SsvcValue | undefined => {
  const row = t.mapping.find((r) =>
    inputPoints(t).every((dp) => r[decisionPointId(dp)] === chosen.get(dp.key)?.value.key),
  );
  return outcomePoint(t).values.find((v) => v.key === row?.[t.outcome]);
};

const noRow = (t: SsvcDecisionTable) =>
  refuse('ssvc-no-row', `The ${t.name} table has no row for these values`);

type Resolved = { chosen: Chosen; extra: SsvcSelection[] };

/** Utility given as `A=` and `VD=`: looked up in the Utility table, and the two kept in the
 *  SelectionList before U so a reader sees what U came from. */
const resolveUtility = (
  given: Chosen,
  chosen: Chosen,
  utility: SsvcDecisionTable,
): Result<Resolved, SsvcError> => {
  const parts = inputPoints(utility);
  if (!parts.some((dp) => given.has(dp.key))) return ok({ chosen, extra: [] });
  const missing = parts.find((dp) => !given.has(dp.key));
  if (missing !== undefined) {
    return refuse(
      'ssvc-missing-point',
      `Utility from ${parts.map((dp) => dp.key).join(' and ')} needs ${describePoint(missing)}`,
      { point: missing.key },
    );
  }
  const u = outcomePoint(utility);
  const derived = lookup(utility, given);
  if (derived === undefined) return noRow(utility);
  const stated = chosen.get(u.key);
  const partsText = parts.map((dp) => `${dp.key}=${given.get(dp.key)?.value.key}`).join(' ');
  if (stated !== undefined && stated.value.key !== derived.key) {
    return refuse(
      'ssvc-utility-conflict',
      `${u.key}=${stated.value.key} contradicts ${partsText} (${u.key}=${derived.key})`,
      { point: u.key, value: stated.value.key },
    );
  }
  chosen.set(u.key, { dp: u, value: derived });
  return ok({ chosen, extra: selectionsIn(parts, given) });
};

/** Each given point's value, or the refusal naming the first unknown point or value. */
const readInput = (
  t: SsvcDecisionTable,
  known: readonly SsvcDecisionPoint[],
  input: SsvcInput,
): Result<Chosen, SsvcError> => {
  const given: Chosen = new Map();
  for (const [key, valueKey] of Object.entries(input)) {
    const dp = known.find((p) => p.key === key);
    if (dp === undefined) {
      return refuse(
        'ssvc-unknown-point',
        `${t.name} has no decision point ${key}; it has ${known.map((p) => p.key).join(', ')}`,
        { point: key },
      );
    }
    const value = dp.values.find((v) => v.key === valueKey);
    if (value === undefined) {
      return refuse('ssvc-unknown-value', `${valueKey} is not a value of ${describePoint(dp)}`, {
        point: key,
        value: valueKey,
      });
    }
    given.set(key, { dp, value });
  }
  return ok(given);
};

/**
 * The outcome of a table for a full selection. Refused, naming it: a point the table (or,
 * for Utility, the Utility table) does not have, a value the point does not have, a point
 * left out, or U contradicting A and VD. Tests pass their own tables; the app uses
 * `decideSsvc`.
 */
export const decideWith = (
  t: SsvcDecisionTable,
  utility: SsvcDecisionTable | null,
  input: SsvcInput,
  options: SsvcDecideOptions,
): Result<SsvcDecision, SsvcError> => {
  const points = inputPoints(t);
  const derivable = utility !== null && points.some((dp) => dp.key === outcomePoint(utility).key);
  const given = readInput(t, [...points, ...(derivable ? inputPoints(utility) : [])], input);
  if (!given.ok) return given;
  const chosen: Chosen = new Map(
    [...given.value].filter(([key]) => points.some((dp) => dp.key === key)),
  );
  const resolved = derivable
    ? resolveUtility(given.value, chosen, utility)
    : ok({ chosen, extra: [] });
  if (!resolved.ok) return resolved;
  const missing = points.filter((dp) => !chosen.has(dp.key));
  const [first] = missing;
  if (first !== undefined) {
    return refuse('ssvc-missing-point', `Missing ${missing.map(describePoint).join('; ')}`, {
      point: first.key,
    });
  }
  const out = outcomePoint(t);
  const value = lookup(t, chosen);
  if (value === undefined) return noRow(t);
  const targets = [...new Set(options.targetIds ?? [])];
  const selections: SsvcSelection[] = [
    ...resolved.value.extra,
    ...selectionsIn(points, chosen),
    selectionOf(out, value),
  ];
  return ok({
    outcome: { key: out.key, value: value.key, name: value.name },
    selections: {
      timestamp: options.now,
      schemaVersion: '2.0.0',
      ...(targets.length > 0 ? { target_ids: targets } : {}),
      selections,
    },
  });
};

/** `decideWith` on the shipped table of a model (Utility derivable from A and VD). */
export const decideSsvc = (
  model: string,
  input: SsvcInput,
  options: SsvcDecideOptions,
): Result<SsvcDecision, SsvcError> => {
  if (!isSsvcModel(model)) {
    return refuse(
      'ssvc-unknown-model',
      `No SSVC decision model ${model}; known: ${Object.keys(SSVC_TABLES).join(', ')}`,
      { point: model },
    );
  }
  return decideWith(SSVC_TABLES[model], SSVC_UTILITY_TABLE, input, options);
};

/** The outcome a stored SelectionList records for a model (its last selection of the
 *  table's outcome point), or null when it holds none. */
export const selectionOutcome = (model: SsvcModel, list: SsvcSelectionList): SsvcOutcome | null => {
  const out = outcomePoint(SSVC_TABLES[model]);
  const sel = list.selections.findLast(
    (s) => s.namespace === out.namespace && s.key === out.key && s.version === out.version,
  );
  const value = out.values.find((v) => v.key === sel?.values[0]?.key);
  return value === undefined ? null : { key: out.key, value: value.key, name: value.name };
};

/** Decision point key → value key of a stored SelectionList (to show it or pre-fill again). */
export const selectionInput = (list: SsvcSelectionList): Record<string, string> =>
  Object.fromEntries(
    list.selections.flatMap((s) => s.values.slice(0, 1).map((v) => [s.key, v.key])),
  );

/** The case's latest SSVC decision of each model (the fold keeps the last `ssvc.decided`). */
export const caseSsvc = (
  p: Pick<CaseProjection, 'ssvc'>,
): Record<SsvcModel, SsvcRecord | null> => ({
  'coordinator-triage': p.ssvc['coordinator-triage'] ?? null,
  'coordinator-publish': p.ssvc['coordinator-publish'] ?? null,
});

/**
 * The case's latest SelectionLists, triage first, then publish (those recorded): what a
 * CSAF 2.1 `metrics[].content.ssvc_v2` carries. Pass `caseView(…).projection`.
 */
export const latestSsvcSelections = (p: Pick<CaseProjection, 'ssvc'>): SsvcSelectionList[] =>
  Object.values(caseSsvc(p)).flatMap((r) => (r === null ? [] : [r.selections]));

/** The command recording a decision on the case timeline. */
export const ssvcDecidedCommand = (
  model: SsvcModel,
  decision: SsvcDecision,
): Extract<CaseCommand, { type: 'ssvc.decided' }> => ({
  type: 'ssvc.decided',
  payload: { model, selections: decision.selections },
});

/** A table's name and outcome in the UI language, the official English kept beside the
 *  Japanese: `Coordinator Triage: Decline`, `Coordinator Triage（コーディネータのトリアージ）: 辞退 (Decline)`. */
export const ssvcOutcomeText = (
  model: SsvcModel,
  list: SsvcSelectionList,
  lang: 'en' | 'ja',
): string => {
  const t = SSVC_TABLES[model];
  const outcome = selectionOutcome(model, list);
  const table = lang === 'ja' ? `${t.name}（${SSVC_TABLE_JA[model]}）` : t.name;
  if (outcome === null) return table;
  const out = outcomePoint(t);
  const value = ssvcValueName(out, { key: outcome.value, name: outcome.name }, lang);
  return lang === 'ja' ? `${table}: ${value} (${outcome.name})` : `${table}: ${value}`;
};
