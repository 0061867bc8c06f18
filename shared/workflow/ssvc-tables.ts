// The SSVC decision tables Airlock decides with (issue 28, item 3): CERT/CC's own JSON files,
// copied byte for byte into ./ssvc (see ./ssvc/NOTICE; tests/unit/vendored-schemas.test.ts
// compares them with the reference copy when it is present). Pinned by namespace, key and
// version: a newer table is a new file and a new entry here, never an edit of these.
import { z } from 'zod';
import { ssvcModelSchema, type SsvcModel } from '../model';
import publishJson from './ssvc/coordinator_publish_decision_table_1_0_0.json';
import triageJson from './ssvc/coordinator_triage_1_0_0.json';
import utilityJson from './ssvc/utility_1_0_0.json';

const valueSchema = z.object({
  key: z.string().min(1),
  name: z.string().min(1),
  definition: z.string(),
});

const decisionPointSchema = z.object({
  namespace: z.string().min(1),
  key: z.string().min(1),
  version: z.string().min(5),
  name: z.string().min(1),
  definition: z.string(),
  values: z.array(valueSchema).min(1),
});
export type SsvcDecisionPoint = z.infer<typeof decisionPointSchema>;
export type SsvcValue = z.infer<typeof valueSchema>;

const decisionTableSchema = z.object({
  namespace: z.string().min(1),
  key: z.string().min(1),
  version: z.string().min(5),
  name: z.string().min(1),
  schemaVersion: z.literal('2.0.0'),
  decision_points: z.record(z.string(), decisionPointSchema),
  /** The id (`namespace:key:version`) of the decision point that is the table's outcome. */
  outcome: z.string().min(1),
  mapping: z.array(z.record(z.string(), z.string())).min(1),
});
export type SsvcDecisionTable = z.infer<typeof decisionTableSchema>;

/** `ssvc:RP:1.0.0`: how the tables name a decision point. */
export const decisionPointId = (dp: Pick<SsvcDecisionPoint, 'namespace' | 'key' | 'version'>) =>
  `${dp.namespace}:${dp.key}:${dp.version}`;

/** Parsed once at load: a table that does not read is a broken build, not a user error. */
const table = (json: unknown): SsvcDecisionTable => decisionTableSchema.parse(json);

export type { SsvcModel };
export const SSVC_MODELS: readonly SsvcModel[] = ssvcModelSchema.options;

export const SSVC_TABLES: Readonly<Record<SsvcModel, SsvcDecisionTable>> = {
  'coordinator-triage': table(triageJson),
  'coordinator-publish': table(publishJson),
};

/** The tables' names in Japanese, shown beside the official English. */
export const SSVC_TABLE_JA: Readonly<Record<SsvcModel, string>> = {
  'coordinator-triage': 'コーディネータのトリアージ',
  'coordinator-publish': 'コーディネータの公表判断',
};

/** Utility (U) from Automatable (A) and Value Density (VD), for a triage given those. */
export const SSVC_UTILITY_TABLE: SsvcDecisionTable = table(utilityJson);

/** The decision points an analyst answers (every point but the outcome), in table order. */
export const inputPoints = (t: SsvcDecisionTable): SsvcDecisionPoint[] =>
  Object.entries(t.decision_points)
    .filter(([id]) => id !== t.outcome)
    .map(([, dp]) => dp);

export const outcomePoint = (t: SsvcDecisionTable): SsvcDecisionPoint => {
  const dp = t.decision_points[t.outcome];
  if (dp === undefined) throw new Error(`SSVC table ${t.key}: no outcome ${t.outcome}`);
  return dp;
};

/**
 * Japanese names beside the official English ones (the English stays the name of record:
 * SelectionLists and exports carry only the tables' own words). Keyed by decision point key,
 * then value key.
 */
export const SSVC_JA: Readonly<Record<string, { name: string; values: Record<string, string> }>> = {
  RP: { name: '報告の公開状況', values: { Y: '公開済み', N: '未公開' } },
  SCON: { name: '製品開発者への連絡', values: { N: '未連絡', Y: '連絡済み' } },
  RC: { name: '報告の信頼性', values: { NC: '信頼できない', C: '信頼できる' } },
  SC: { name: '製品開発者の数', values: { O: '単独', M: '複数' } },
  SE: { name: '製品開発者の対応', values: { A: '積極的', U: '応答なし' } },
  U: {
    name: '攻撃者にとっての有用性',
    values: { L: '手間がかかる', E: '効率的', S: '極めて効果的' },
  },
  A: { name: '自動化可能性', values: { N: 'いいえ', Y: 'はい' } },
  VD: { name: '価値の密度', values: { D: '分散', C: '集中' } },
  PSI: { name: '公共の安全への影響', values: { M: '最小限', S: '重大' } },
  COORDINATE: { name: '辞退・追跡・調整', values: { D: '辞退', T: '追跡', C: '調整' } },
  SINV: {
    name: '製品開発者の関与',
    values: { FR: '修正準備完了', C: '協力的', UU: '非協力的／応答なし' },
  },
  E: { name: '悪用の状況', values: { N: 'なし', P: '公開 PoC あり', A: '悪用あり' } },
  PVA: { name: '公開による付加価値', values: { L: '限定的', A: '増幅的', P: '先行的' } },
  PUBLISH: { name: '公開・非公開', values: { N: '公開しない', P: '公開する' } },
};

/** A decision point's or value's name in the UI language; English is the tables' own. */
export const ssvcPointName = (dp: Pick<SsvcDecisionPoint, 'key' | 'name'>, lang: 'en' | 'ja') =>
  lang === 'ja' ? (SSVC_JA[dp.key]?.name ?? dp.name) : dp.name;

export const ssvcValueName = (
  dp: Pick<SsvcDecisionPoint, 'key'>,
  value: Pick<SsvcValue, 'key' | 'name'>,
  lang: 'en' | 'ja',
) => (lang === 'ja' ? (SSVC_JA[dp.key]?.values[value.key] ?? value.name) : value.name);
