import cvssLib from 'ae-cvss-calculator';
import { fail, ok, type Result } from '../result';
import { severityOf, type CvssSeverity } from './cvss';
import { NOT_DEFINED, cvssMetrics, type CvssMetricGroup, type CvssVersion } from './cvss-metrics';
import {
  buildCvssVector,
  parseCvssVector,
  type CvssMetrics,
  type CvssVectorError,
} from './cvss-vector';

/**
 * The scores the calculator shows for a set of picked metrics, computed by
 * ae-cvss-calculator from the canonical vector (the one the draft stores).
 */
export type CvssScore = { score: number; severity: CvssSeverity };

export type CvssScores = {
  version: CvssVersion;
  vector: string;
  base: CvssScore;
  /** 3.1 only, when a temporal metric is set. */
  temporal?: CvssScore;
  /** 3.1 only, when an environmental metric is set. */
  environmental?: CvssScore;
  /** 4.0: the one score of the vector (CVSS-B, -BT, -BE or -BTE); 3.1: the last computed. */
  overall: CvssScore;
  /** 4.0 only: which metric groups the score covers, e.g. `CVSS-BT`. */
  nomenclature?: string;
};

const scored = (score: number): CvssScore => ({ score, severity: severityOf(score) });

const anyDefined = (version: CvssVersion, metrics: CvssMetrics, group: CvssMetricGroup) =>
  cvssMetrics[version].some((d) => {
    const value = metrics[d.key];
    return d.group === group && value !== undefined && value !== NOT_DEFINED;
  });

function score31(vector: string, metrics: CvssMetrics): CvssScores {
  const s = new cvssLib.Cvss3P1(vector).calculateScores();
  const base = scored(s.base ?? 0);
  const temporal =
    anyDefined('3.1', metrics, 'temporal') && s.temporal !== undefined
      ? scored(s.temporal)
      : undefined;
  const environmental =
    anyDefined('3.1', metrics, 'environmental') && s.environmental !== undefined
      ? scored(s.environmental)
      : undefined;
  return {
    version: '3.1',
    vector,
    base,
    ...(temporal === undefined ? {} : { temporal }),
    ...(environmental === undefined ? {} : { environmental }),
    overall: environmental ?? temporal ?? base,
  };
}

function score40(vector: string): CvssScores {
  const cvss = new cvssLib.Cvss4P0(vector);
  const s = cvss.calculateScores();
  return {
    version: '4.0',
    vector,
    base: scored(s.baseMetricsOnly ?? s.overall),
    overall: scored(s.overall),
    nomenclature: cvss.getNomenclature(),
  };
}

/** Scores picked metrics; refuses an incomplete base like FIRST's calculator does. */
export function scoreCvss(
  version: CvssVersion,
  metrics: CvssMetrics,
): Result<CvssScores, CvssVectorError> {
  const vector = buildCvssVector(version, metrics);
  // Re-reading the built vector applies the same checks as a pasted one.
  const parsed = parseCvssVector(version, vector === '' ? `CVSS:${version}/` : vector);
  if (!parsed.ok) return fail(parsed.error);
  return ok(version === '3.1' ? score31(vector, parsed.value) : score40(vector));
}

/** Scores a vector string (pasted or stored). */
export function scoreCvssVector(
  version: CvssVersion,
  text: string,
): Result<CvssScores, CvssVectorError> {
  const parsed = parseCvssVector(version, text);
  return parsed.ok ? scoreCvss(version, parsed.value) : parsed;
}
