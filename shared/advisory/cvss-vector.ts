import { fail, ok, type CodedError, type Result } from '../result';
import { NOT_DEFINED, cvssMetrics, cvssPrefix, metricDef, type CvssVersion } from './cvss-metrics';

/**
 * A CVSS vector string both ways: text → the metric values the calculator's pickers show,
 * and picked values → the text FIRST's calculator would print. The vector text stays the
 * single source of truth (it is what the draft stores and publishes), so the pickers are a
 * reading of it and a pick writes a new text.
 */
export type CvssMetrics = Readonly<Record<string, string>>;

export type CvssVectorErrorCode =
  | 'cvss-prefix'
  | 'cvss-syntax'
  | 'cvss-unknown-metric'
  | 'cvss-bad-value'
  | 'cvss-duplicate'
  | 'cvss-missing-base';

/** `metric` names the offending metric (or, for missing base metrics, all of them). */
export type CvssVectorError = CodedError<CvssVectorErrorCode> & { metric?: string; value?: string };

export type CvssReading = {
  /** Every metric that was read correctly, including explicit `X` values. */
  metrics: CvssMetrics;
  /** What is wrong with the text, first problem first; empty for a valid vector. */
  problems: CvssVectorError[];
};

const problem = (
  code: CvssVectorErrorCode,
  message: string,
  metric?: string,
  value?: string,
): CvssVectorError => ({
  code,
  message,
  ...(metric === undefined ? {} : { metric }),
  ...(value === undefined ? {} : { value }),
});

/** The keys of the base metrics that `metrics` does not set. */
export function missingBaseMetrics(version: CvssVersion, metrics: CvssMetrics): string[] {
  return cvssMetrics[version]
    .filter((d) => d.group === 'base' && metrics[d.key] === undefined)
    .map((d) => d.key);
}

/**
 * Reads as much of a vector as is valid, collecting every problem instead of stopping at
 * the first, so the pickers still show what the analyst pasted when one metric is wrong.
 */
export function readCvssVector(version: CvssVersion, text: string): CvssReading {
  const trimmed = text.trim();
  const prefix = cvssPrefix(version);
  if (!trimmed.startsWith(prefix)) {
    return {
      metrics: {},
      problems: [problem('cvss-prefix', `a CVSS ${version} vector starts with ${prefix}`)],
    };
  }
  const metrics: Record<string, string> = {};
  const problems: CvssVectorError[] = [];
  const body = trimmed.slice(prefix.length);
  for (const part of body === '' ? [] : body.split('/')) {
    const match = /^([A-Za-z]+):([A-Za-z]+)$/.exec(part);
    if (match === null) {
      problems.push(problem('cvss-syntax', `"${part}" is not METRIC:VALUE`, part));
      continue;
    }
    const [, key = '', value = ''] = match;
    const def = metricDef(version, key);
    if (def === undefined) {
      problems.push(problem('cvss-unknown-metric', `${key} is not a CVSS ${version} metric`, key));
    } else if (metrics[key] !== undefined) {
      problems.push(problem('cvss-duplicate', `${key} appears more than once`, key));
    } else if (!def.values.includes(value)) {
      problems.push(problem('cvss-bad-value', `${value} is not a value of ${key}`, key, value));
    } else {
      metrics[key] = value;
    }
  }
  const missing = missingBaseMetrics(version, metrics);
  if (missing.length > 0) {
    problems.push(
      problem(
        'cvss-missing-base',
        `base metrics missing: ${missing.join(', ')}`,
        missing.join(', '),
      ),
    );
  }
  return { metrics, problems };
}

/** A complete, valid vector's metrics, or its first problem. */
export function parseCvssVector(
  version: CvssVersion,
  text: string,
): Result<CvssMetrics, CvssVectorError> {
  const reading = readCvssVector(version, text);
  const first = reading.problems[0];
  return first === undefined ? ok(reading.metrics) : fail(first);
}

/**
 * The vector string of `metrics` in the specification's order, leaving out metrics that
 * are Not Defined (FIRST's calculators print them that way). No metric at all is `''`.
 */
export function buildCvssVector(version: CvssVersion, metrics: CvssMetrics): string {
  const parts = cvssMetrics[version]
    .filter((d) => {
      const value = metrics[d.key];
      return value !== undefined && value !== NOT_DEFINED;
    })
    .map((d) => `${d.key}:${metrics[d.key] ?? ''}`);
  return parts.length === 0 ? '' : `${cvssPrefix(version)}${parts.join('/')}`;
}

/** `metrics` with one metric picked; picking Not Defined removes an optional metric. */
export function withMetric(metrics: CvssMetrics, key: string, value: string): CvssMetrics {
  const next: Record<string, string> = { ...metrics };
  if (value === NOT_DEFINED) delete next[key];
  else next[key] = value;
  return next;
}
