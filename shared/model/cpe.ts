import { failWith, ok, type CodedError, type Result } from '../result';

/**
 * CPE 2.3 formatted strings (NISTIR 7695 §6.2). No maintained JavaScript parser of the
 * formatted-string binding exists, so this is a small one that follows the spec's grammar:
 * `cpe:2.3:` then eleven colon-separated attributes, where a colon or any other punctuation
 * inside a value is escaped with a backslash, `*` (ANY) and `-` (NA) are the logical values,
 * and `?`/`*` may only lead or trail a value (wildcards).
 */
export const CPE_ATTRIBUTES = [
  'part',
  'vendor',
  'product',
  'version',
  'update',
  'edition',
  'language',
  'swEdition',
  'targetSw',
  'targetHw',
  'other',
] as const;
export type CpeAttribute = (typeof CPE_ATTRIBUTES)[number];

/** A parsed formatted string; each value is as written (still quoted), `*` and `-` kept. */
export type Cpe23 = Readonly<Record<CpeAttribute, string>>;

export type CpeErrorCode = 'cpe-prefix' | 'cpe-arity' | 'cpe-attribute';

// Punctuation that must be quoted in a formatted-string value (§6.2.2, "punc" plus the
// escape and the two wildcard characters); '-', '.' and '_' stand for themselves.
const QUOTED = String.raw`\\[\\*?!"#$%&'()+,/:;<=>@[\]^\x60{|}~]`;
const PLAIN = '[A-Za-z0-9._-]';
const VALUE = new RegExp(String.raw`^(?:[*-]|(?:\?*|\*?)(?:${PLAIN}|${QUOTED})+(?:\?*|\*?))$`);
const PART = /^[aoh*-]$/;
// A language value is an RFC 5646 tag limited as in §5.3.3.3 (language, optional region);
// the formatted string writes its hyphen unquoted.
const LANGUAGE = /^(?:[*-]|[A-Za-z]{2,3}(?:-(?:[A-Za-z]{2}|[0-9]{3}))?)$/;

/** Splits on colons that are not escaped (an escape covers exactly the next character). */
const splitUnescaped = (s: string): string[] => {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charAt(i);
    if (c === '\\' && i + 1 < s.length) {
      current += c + s.charAt(i + 1);
      i += 1;
    } else if (c === ':') {
      out.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  out.push(current);
  return out;
};

export const parseCpe23 = (input: string): Result<Cpe23, CodedError<CpeErrorCode>> => {
  if (!input.toLowerCase().startsWith('cpe:2.3:')) {
    return failWith('cpe-prefix', 'a CPE 2.3 name starts with "cpe:2.3:"');
  }
  const values = splitUnescaped(input.slice('cpe:2.3:'.length));
  if (values.length !== CPE_ATTRIBUTES.length) {
    return failWith(
      'cpe-arity',
      `a CPE 2.3 name has ${String(CPE_ATTRIBUTES.length)} attributes after "cpe:2.3:", found ${String(values.length)}`,
    );
  }
  const entries: [CpeAttribute, string][] = [];
  for (const [i, name] of CPE_ATTRIBUTES.entries()) {
    const value = values[i] ?? '';
    const rule = name === 'part' ? PART : name === 'language' ? LANGUAGE : VALUE;
    if (!rule.test(value)) {
      return failWith('cpe-attribute', `CPE attribute "${name}" is not valid: "${value}"`);
    }
    entries.push([name, value]);
  }
  return ok(Object.fromEntries(entries) as Record<CpeAttribute, string>);
};

/** The attribute's value with quoting removed and case folded, for comparison. */
export const cpeComparable = (value: string): string => value.replace(/\\(.)/g, '$1').toLowerCase();
