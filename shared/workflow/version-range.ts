/**
 * Version ranges as analysts and vendors write them on an affected product: comparators
 * (`<2.1.0`, `>=1.0 <1.4`), a hyphen range (`1.0.0 - 1.4.2`), "and earlier"/"以前", or a
 * `vers:` string (`vers:npm/>=1.0.0|<2.0.0`). Anything else is not understood: the caller
 * then treats the range as unknown (and says so) rather than guessing.
 */
type Comparator = {
  /** `series`: the version's leading numbers are the given ones (`2.x`, `2.5.*`). */
  op: '<' | '<=' | '>' | '>=' | '=' | '!=' | 'series';
  version: string;
};

const SEGMENT = /(\d+|[a-z]+)/g;

/**
 * The segments compared: build metadata (`+build.5`, semver) never orders versions, and
 * pre-release words compare case-insensitively (`RC1` and `rc1` are the same release).
 */
const segments = (version: string): string[] =>
  version.replace(/\+.*$/, '').toLowerCase().match(SEGMENT) ?? [];

const isNumber = (segment: string): boolean => /^\d+$/.test(segment);

/** Pre-release parts in order: a number sorts after a word, fewer parts first (semver §11). */
const comparePreRelease = (xs: string[], ys: string[]): number => {
  for (let i = 0; i < Math.max(xs.length, ys.length); i += 1) {
    const x = xs[i];
    const y = ys[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (isNumber(x) && isNumber(y)) {
      if (Number(x) !== Number(y)) return Number(x) < Number(y) ? -1 : 1;
    } else if (isNumber(x) || isNumber(y)) {
      return isNumber(x) ? 1 : -1;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return 0;
};

/**
 * Compares versions: first the leading numbers, numerically and with a missing number
 * counting as 0 (`1.10` > `1.9`; `2.0` and `2.0.0` are one release), then what follows them,
 * which is a pre-release and sorts before its release (`1.0.0-beta` < `1.0`), as in semver.
 */
export const compareVersions = (a: string, b: string): number => {
  const xs = segments(a);
  const ys = segments(b);
  if (xs.length === 0 || ys.length === 0) return Math.sign(xs.length - ys.length);
  const split = (parts: string[]) => {
    const at = parts.findIndex((p) => !isNumber(p));
    return at === -1 ? [parts, []] : [parts.slice(0, at), parts.slice(at)];
  };
  const [rx = [], px = []] = split(xs);
  const [ry = [], py = []] = split(ys);
  for (let i = 0; i < Math.max(rx.length, ry.length); i += 1) {
    const d = Number(rx[i] ?? 0) - Number(ry[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  if (px.length === 0 || py.length === 0) return Math.sign(py.length - px.length);
  return comparePreRelease(px, py);
};

const VERSION = String.raw`[0-9][0-9A-Za-z.+_~-]*`;
const COMPARATOR = new RegExp(String.raw`^(<=|>=|!=|<|>|=)?\s*(${VERSION})$`);
const HYPHEN = new RegExp(String.raw`^(${VERSION})\s+-\s+(${VERSION})$`);
const EARLIER = new RegExp(
  String.raw`^(${VERSION})\s*(?:and earlier|and prior|or earlier|以前|およびそれ以前)$`,
  'i',
);
const PRIOR_TO = new RegExp(String.raw`^(?:prior to|before|earlier than)\s+(${VERSION})$`, 'i');
/** An x-range: `2.x`, `2.5.*`, `2.X` — every version of that series. */
const SERIES = /^=?\s*(\d+(?:\.\d+)*)\.[xX*]$/;
/** Every version (`*`, and `vers:npm/*` per the vers spec). */
const ANY = /^\*$/;

/** The range as comparators that must all hold, or null when it is not understood. */
export const parseVersionRange = (text: string): Comparator[] | null => {
  let s = text.trim();
  if (s === '') return null;
  const vers = /^vers:[a-z0-9.+-]+\/(.*)$/i.exec(s);
  if (vers) s = (vers[1] ?? '').replaceAll('|', ' ');
  if (ANY.test(s)) return [{ op: '>=', version: '0' }];
  const series = SERIES.exec(s);
  if (series) return [{ op: 'series', version: series[1] ?? '' }];
  const hyphen = HYPHEN.exec(s);
  if (hyphen) {
    return [
      { op: '>=', version: hyphen[1] ?? '' },
      { op: '<=', version: hyphen[2] ?? '' },
    ];
  }
  const earlier = EARLIER.exec(s);
  if (earlier) return [{ op: '<=', version: earlier[1] ?? '' }];
  const prior = PRIOR_TO.exec(s);
  if (prior) return [{ op: '<', version: prior[1] ?? '' }];
  const parts = s
    .replace(/([<>=!]=?)\s+/g, '$1')
    .split(/[\s,]+/)
    .filter((p) => p !== '');
  const out: Comparator[] = [];
  for (const part of parts) {
    const m = COMPARATOR.exec(part);
    if (!m) return null;
    out.push({ op: (m[1] ?? '=') as Comparator['op'], version: m[2] ?? '' });
  }
  return out.length === 0 ? null : out;
};

/** Whether the version's leading numbers are the series' (a missing number counts as 0). */
const inSeries = (version: string, series: string): boolean => {
  const have = segments(version);
  return segments(series).every((n, i) => {
    const v = have[i] ?? '0';
    return /^\d+$/.test(v) && Number(v) === Number(n);
  });
};

const holds = (version: string, c: Comparator): boolean => {
  if (c.op === 'series') return inSeries(version, c.version);
  const d = compareVersions(version, c.version);
  switch (c.op) {
    case '<':
      return d < 0;
    case '<=':
      return d <= 0;
    case '>':
      return d > 0;
    case '>=':
      return d >= 0;
    case '=':
      return d === 0;
    case '!=':
      return d !== 0;
  }
};

/** true/false when the range is understood, null when it is not. */
export const versionInRange = (version: string, range: string): boolean | null => {
  const comparators = parseVersionRange(range);
  return comparators === null ? null : comparators.every((c) => holds(version, c));
};
