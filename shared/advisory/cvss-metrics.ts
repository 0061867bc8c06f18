/**
 * The metrics of CVSS 3.1 and 4.0 as data: their groups, the values each may take and the
 * order FIRST writes them in a vector string. The calculator screen draws its pickers from
 * this table and the vector parser checks against it, so a metric or value the
 * specification does not define is refused in one place.
 *
 * Sources: CVSS v3.1 Specification Document §6 (vector string) and §7.4 (metric values);
 * CVSS v4.0 Specification Document §7 (vector string) — https://www.first.org/cvss/.
 */
export type CvssVersion = '3.1' | '4.0';

export type CvssMetricGroup = 'base' | 'temporal' | 'threat' | 'environmental' | 'supplemental';

export type CvssMetricDef = {
  /** The abbreviation used in the vector string, e.g. `AV`. */
  readonly key: string;
  readonly group: CvssMetricGroup;
  /** Allowed values in display order; optional metrics start with `X` (Not Defined). */
  readonly values: readonly string[];
  /** For a modified environmental metric, the base metric it overrides (labels are shared). */
  readonly modifies?: string;
};

/** The value of every optional metric that leaves the score as if it were absent. */
export const NOT_DEFINED = 'X';

const m = (
  key: string,
  group: CvssMetricGroup,
  values: readonly string[],
  modifies?: string,
): CvssMetricDef =>
  modifies === undefined ? { key, group, values } : { key, group, values, modifies };

const opt = (values: readonly string[]): readonly string[] => [NOT_DEFINED, ...values];

const V31_CIA = ['N', 'L', 'H'] as const;

/** CVSS 3.1, in the specification's vector order. */
const v31: readonly CvssMetricDef[] = [
  m('AV', 'base', ['N', 'A', 'L', 'P']),
  m('AC', 'base', ['L', 'H']),
  m('PR', 'base', ['N', 'L', 'H']),
  m('UI', 'base', ['N', 'R']),
  m('S', 'base', ['U', 'C']),
  m('C', 'base', V31_CIA),
  m('I', 'base', V31_CIA),
  m('A', 'base', V31_CIA),
  m('E', 'temporal', opt(['U', 'P', 'F', 'H'])),
  m('RL', 'temporal', opt(['O', 'T', 'W', 'U'])),
  m('RC', 'temporal', opt(['U', 'R', 'C'])),
  m('CR', 'environmental', opt(['L', 'M', 'H'])),
  m('IR', 'environmental', opt(['L', 'M', 'H'])),
  m('AR', 'environmental', opt(['L', 'M', 'H'])),
  m('MAV', 'environmental', opt(['N', 'A', 'L', 'P']), 'AV'),
  m('MAC', 'environmental', opt(['L', 'H']), 'AC'),
  m('MPR', 'environmental', opt(['N', 'L', 'H']), 'PR'),
  m('MUI', 'environmental', opt(['N', 'R']), 'UI'),
  m('MS', 'environmental', opt(['U', 'C']), 'S'),
  m('MC', 'environmental', opt(V31_CIA), 'C'),
  m('MI', 'environmental', opt(V31_CIA), 'I'),
  m('MA', 'environmental', opt(V31_CIA), 'A'),
];

const V40_CIA = ['H', 'L', 'N'] as const;

/** CVSS 4.0, in the specification's vector order (base, threat, environmental, supplemental). */
const v40: readonly CvssMetricDef[] = [
  m('AV', 'base', ['N', 'A', 'L', 'P']),
  m('AC', 'base', ['L', 'H']),
  m('AT', 'base', ['N', 'P']),
  m('PR', 'base', ['N', 'L', 'H']),
  m('UI', 'base', ['N', 'P', 'A']),
  m('VC', 'base', V40_CIA),
  m('VI', 'base', V40_CIA),
  m('VA', 'base', V40_CIA),
  m('SC', 'base', V40_CIA),
  m('SI', 'base', V40_CIA),
  m('SA', 'base', V40_CIA),
  m('E', 'threat', opt(['A', 'P', 'U'])),
  m('CR', 'environmental', opt(['H', 'M', 'L'])),
  m('IR', 'environmental', opt(['H', 'M', 'L'])),
  m('AR', 'environmental', opt(['H', 'M', 'L'])),
  m('MAV', 'environmental', opt(['N', 'A', 'L', 'P']), 'AV'),
  m('MAC', 'environmental', opt(['L', 'H']), 'AC'),
  m('MAT', 'environmental', opt(['N', 'P']), 'AT'),
  m('MPR', 'environmental', opt(['N', 'L', 'H']), 'PR'),
  m('MUI', 'environmental', opt(['N', 'P', 'A']), 'UI'),
  m('MVC', 'environmental', opt(V40_CIA), 'VC'),
  m('MVI', 'environmental', opt(V40_CIA), 'VI'),
  m('MVA', 'environmental', opt(V40_CIA), 'VA'),
  m('MSC', 'environmental', opt(V40_CIA), 'SC'),
  // Only the modified subsequent integrity and availability may reach Safety (S).
  m('MSI', 'environmental', opt(['S', ...V40_CIA]), 'SI'),
  m('MSA', 'environmental', opt(['S', ...V40_CIA]), 'SA'),
  m('S', 'supplemental', opt(['N', 'P'])),
  m('AU', 'supplemental', opt(['N', 'Y'])),
  m('R', 'supplemental', opt(['A', 'U', 'I'])),
  m('V', 'supplemental', opt(['D', 'C'])),
  m('RE', 'supplemental', opt(['L', 'M', 'H'])),
  m('U', 'supplemental', opt(['Clear', 'Green', 'Amber', 'Red'])),
];

export const cvssMetrics: Readonly<Record<CvssVersion, readonly CvssMetricDef[]>> = {
  '3.1': v31,
  '4.0': v40,
};

/** The metric groups of a version, in the order the calculator shows them. */
export const cvssGroups: Readonly<Record<CvssVersion, readonly CvssMetricGroup[]>> = {
  '3.1': ['base', 'temporal', 'environmental'],
  '4.0': ['base', 'threat', 'environmental', 'supplemental'],
};

export const cvssPrefix = (version: CvssVersion): string => `CVSS:${version}/`;

export const metricDef = (version: CvssVersion, key: string): CvssMetricDef | undefined =>
  cvssMetrics[version].find((d) => d.key === key);
