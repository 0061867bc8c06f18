import cvssLib from 'ae-cvss-calculator';
import type { Result } from '../result';

/**
 * CVSS scores for the advisory, computed with ae-cvss-calculator (the UI shows the same
 * numbers live). The library ships as a CommonJS bundle, so it is reached through its
 * default export: that works the same in Node (tsx), Vitest and the Vite build.
 */
export type CvssSeverity = 'NONE' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

export type CvssResult = {
  version: '3.1' | '4.0';
  vector: string;
  baseScore: number;
  baseSeverity: CvssSeverity;
  /** The FIRST JSON form (CVE `cvssV3_1`/`cvssV4_0`, CSAF `cvss_v3`), without undefined metrics. */
  json: Record<string, string | number>;
};

export type CvssError = { code: 'invalid-cvss'; message: string };

/** FIRST severity bands, identical for 3.1 and 4.0. */
export const severityOf = (score: number): CvssSeverity => {
  if (score === 0) return 'NONE';
  if (score < 4) return 'LOW';
  if (score < 7) return 'MEDIUM';
  if (score < 9) return 'HIGH';
  return 'CRITICAL';
};

const toJson = (schema: unknown): Record<string, string | number> => {
  const out: Record<string, string | number> = {};
  if (typeof schema !== 'object' || schema === null) return out;
  for (const [key, value] of Object.entries(schema)) {
    if (value === 'NOT_DEFINED') continue;
    if (typeof value === 'string' || typeof value === 'number') out[key] = value;
  }
  return out;
};

const fail = (vector: string, why: string): { ok: false; error: CvssError } => ({
  ok: false,
  error: { code: 'invalid-cvss', message: `${vector}: ${why}` },
});

type Parsed = {
  isBaseFullyDefined(): boolean;
  toString(): string;
  calculateScores(): { base?: number | undefined };
  createJsonSchema(): unknown;
};

const build = (version: '3.1' | '4.0', vector: string): Parsed => {
  if (version === '3.1') return new cvssLib.Cvss3P1(vector);
  return new cvssLib.Cvss4P0(vector);
};

/** Parses and scores a vector; refuses unknown metrics, partial base metrics and a wrong prefix. */
export function computeCvss(vector: string): Result<CvssResult, CvssError> {
  const version = vector.startsWith('CVSS:3.1/')
    ? '3.1'
    : vector.startsWith('CVSS:4.0/')
      ? '4.0'
      : null;
  if (version === null) return fail(vector, 'expected a CVSS:3.1/ or CVSS:4.0/ vector');
  // The library throws a TypeError on a metric without its value (`CVSS:3.1/AV`) and logs
  // an empty pair to the console: the grammar is checked here first.
  const bad = vector
    .slice('CVSS:3.1/'.length)
    .split('/')
    .find((pair) => !/^[A-Za-z]{1,4}:[A-Za-z0-9]{1,8}$/.test(pair));
  if (bad !== undefined)
    return fail(vector, `'${bad.slice(0, 40)}' is not a metric:value pair such as AV:N`);
  let parsed: Parsed;
  try {
    parsed = build(version, vector);
  } catch (error) {
    const why = error instanceof Error && !(error instanceof TypeError) ? error.message : '';
    return fail(vector, why || 'unparsable vector');
  }
  if (!parsed.isBaseFullyDefined()) return fail(vector, 'every base metric must be set');
  const base = parsed.calculateScores().base;
  if (base === undefined || Number.isNaN(base)) return fail(vector, 'no base score');
  const json = toJson(parsed.createJsonSchema());
  // The draft's vector is published verbatim, so it must be the one the score belongs to.
  json.vectorString = vector;
  return {
    ok: true,
    value: { version, vector, baseScore: base, baseSeverity: severityOf(base), json },
  };
}
