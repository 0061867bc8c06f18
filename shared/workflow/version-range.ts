/**
 * Version ranges as analysts and vendors write them on an affected product: comparators
 * (`<2.1.0`, `>=1.0 <1.4`), a hyphen range (`1.0.0 - 1.4.2`), "and earlier"/"以前", or a
 * `vers:` string (`vers:npm/>=1.0.0|<2.0.0`). Anything else is not understood: the caller
 * then treats the range as unknown (and says so) rather than guessing.
 */
type Comparator = { op: '<' | '<=' | '>' | '>=' | '=' | '!='; version: string };

const SEGMENT = /(\d+|[A-Za-z]+)/g;

/** Compares dotted versions segment by segment, numbers numerically ("1.10" > "1.9"). */
export const compareVersions = (a: string, b: string): number => {
  const xs = a.match(SEGMENT) ?? [];
  const ys = b.match(SEGMENT) ?? [];
  for (let i = 0; i < Math.max(xs.length, ys.length); i += 1) {
    const x = xs[i];
    const y = ys[i];
    if (x === undefined) return y !== undefined && /^\d/.test(y) ? -1 : 1;
    if (y === undefined) return /^\d/.test(x) ? 1 : -1;
    const nx = /^\d+$/.test(x) ? Number(x) : null;
    const ny = /^\d+$/.test(y) ? Number(y) : null;
    if (nx !== null && ny !== null) {
      if (nx !== ny) return nx < ny ? -1 : 1;
    } else if (nx !== null || ny !== null) {
      // A number sorts after a pre-release word at the same place ("1.0" > "1.0-beta").
      return nx !== null ? 1 : -1;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return 0;
};

const VERSION = String.raw`[0-9][0-9A-Za-z.+_~-]*`;
const COMPARATOR = new RegExp(String.raw`^(<=|>=|!=|<|>|=)?\s*(${VERSION})$`);
const HYPHEN = new RegExp(String.raw`^(${VERSION})\s+-\s+(${VERSION})$`);
const EARLIER = new RegExp(
  String.raw`^(${VERSION})\s*(?:and earlier|and prior|or earlier|以前|およびそれ以前)$`,
  'i',
);
const PRIOR_TO = new RegExp(String.raw`^(?:prior to|before|earlier than)\s+(${VERSION})$`, 'i');

/** The range as comparators that must all hold, or null when it is not understood. */
export const parseVersionRange = (text: string): Comparator[] | null => {
  let s = text.trim();
  if (s === '') return null;
  const vers = /^vers:[a-z0-9.+-]+\/(.*)$/i.exec(s);
  if (vers) s = (vers[1] ?? '').replaceAll('|', ' ');
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

const holds = (version: string, c: Comparator): boolean => {
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
