import type { TFunction } from 'i18next';
import {
  NOT_DEFINED,
  metricDef,
  type CvssMetricDef,
  type CvssScore,
  type CvssScores,
  type CvssVectorError,
  type CvssVersion,
} from '../../../shared/advisory';
import { keyFromData } from '../../i18n';

/** The words of the CVSS calculator, looked up from its catalog (`cvss.*`). Metric and value
 *  names come from shared/advisory's metric tables: cvss-labels.test.ts shows each has its key. */
const ns = (version: CvssVersion) => (version === '3.1' ? 'cvss.v31' : 'cvss.v40');

/** "Attack Vector (AV)": the name analysts know and the abbreviation they paste. */
export const metricLabel = (t: TFunction, version: CvssVersion, key: string): string =>
  `${t(keyFromData(`${ns(version)}.${key}.name`))} (${key})`;

/** "Network (N)"; a modified metric shares its base metric's value names except Safety. */
export function valueLabel(
  t: TFunction,
  version: CvssVersion,
  def: CvssMetricDef,
  value: string,
): string {
  if (value === NOT_DEFINED) return `${t('cvss.notDefined')} (${NOT_DEFINED})`;
  const owner = def.modifies !== undefined && value !== 'S' ? def.modifies : def.key;
  return `${t(keyFromData(`${ns(version)}.${owner}.${value}`))} (${value})`;
}

/** A sentence naming what is wrong with a vector (the metric, its name, the bad value). */
export function problemText(t: TFunction, version: CvssVersion, p: CvssVectorError): string {
  const known = p.metric === undefined ? undefined : metricDef(version, p.metric);
  return t(`cvss.error.${p.code}`, {
    version,
    metric: p.metric ?? '',
    value: p.value ?? '',
    name: known === undefined ? '' : t(keyFromData(`${ns(version)}.${known.key}.name`)),
  });
}

/** One line per score the vector has: base (and temporal, environmental) or the 4.0 score. */
export function scoreLines(t: TFunction, scores: CvssScores): string[] {
  const line = (key: 'base' | 'temporal' | 'environmental' | 'named', s: CvssScore, extra = {}) =>
    t(`cvss.score.${key}`, {
      score: s.score.toFixed(1),
      severity: t(`cvss.severity.${s.severity}`),
      ...extra,
    });
  if (scores.version === '4.0') {
    return [line('named', scores.overall, { nomenclature: scores.nomenclature ?? 'CVSS-B' })];
  }
  return [
    line('base', scores.base),
    ...(scores.temporal === undefined ? [] : [line('temporal', scores.temporal)]),
    ...(scores.environmental === undefined ? [] : [line('environmental', scores.environmental)]),
  ];
}
