/**
 * Text handling for the leak guard: what a reader of an exported file actually sees
 * (tags stripped, entities and escapes decoded, JSON strings collected), normalised so
 * that case, full-width forms and line breaks cannot hide a match.
 */
export type OutputFormat = 'json' | 'html' | 'md';
export type RenderedOutput = { name: string; format: OutputFormat; content: string };

/** NFKC (full-width → ASCII), lower case, every run of white space → one space. */
export const normalize = (text: string): string =>
  text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

export const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X'))
      return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return entities[body.toLowerCase()] ?? whole;
  });

const jsonStrings = (value: unknown, out: string[]): void => {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) jsonStrings(v, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      jsonStrings(v, out);
    }
  }
};

/** The visible text of an output, one block per line so fragments do not join across fields. */
export function visibleText(output: RenderedOutput): string {
  if (output.format === 'json') {
    const parts: string[] = [];
    try {
      jsonStrings(JSON.parse(output.content), parts);
    } catch {
      return output.content;
    }
    return parts.join('\n');
  }
  if (output.format === 'html') {
    const attrs = [...output.content.matchAll(/\s(?:href|src|title|alt)="([^"]*)"/gi)].map(
      (m) => m[1] ?? '',
    );
    const text = output.content
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '\n')
      .replace(/<[^>]*>/g, '\n');
    return decodeEntities([text, ...attrs].join('\n'));
  }
  return decodeEntities(output.content.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1'));
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]/u;
const WIDE = 16;
const NARROW = 32;

/** Substrings of the haystack by length, built once per haystack. */
export class Haystack {
  private readonly windows = new Map<number, Set<string>>();
  constructor(readonly text: string) {}

  has(fragment: string): boolean {
    const k = fragment.length;
    let set = this.windows.get(k);
    if (!set) {
      set = new Set();
      for (let i = 0; i + k <= this.text.length; i += 1) set.add(this.text.slice(i, i + k));
      this.windows.set(k, set);
    }
    return set.has(fragment);
  }
}

const isWordChar = (c: string | undefined): boolean =>
  c !== undefined && /[\p{L}\p{N}]/u.test(c) && !CJK.test(c);

/** A name or address as a whole term: "ken" must not match inside "token". */
export function findTerm(haystack: string, term: string): boolean {
  if (term.length === 0) return false;
  let at = haystack.indexOf(term);
  while (at !== -1) {
    const before = haystack[at - 1];
    const after = haystack[at + term.length];
    const startsWord = isWordChar(term[0]);
    const endsWord = isWordChar(term[term.length - 1]);
    if (!(startsWord && isWordChar(before)) && !(endsWord && isWordChar(after))) return true;
    at = haystack.indexOf(term, at + 1);
  }
  return false;
}

/**
 * The longest stretch of a secret text (a note, PoC, attachment) that appears in the
 * haystack, found by sliding a window of 32 characters (16 where the text is Japanese,
 * which says more per character). Short secrets must appear whole. Null when none does.
 */
export function findFragment(haystack: Haystack, secret: string): string | null {
  if (secret.length < 12) return null;
  const cjkText = [...secret].filter((c) => CJK.test(c)).length * 2 >= secret.length;
  if (secret.length <= (cjkText ? WIDE : NARROW)) {
    return haystack.text.includes(secret) ? secret : null;
  }
  let best: { start: number; end: number } | null = null;
  let run: { start: number; end: number } | null = null;
  for (let i = 0; i < secret.length; i += 1) {
    const probe = secret.slice(i, i + WIDE);
    const cjk = [...probe].filter((c) => CJK.test(c)).length * 2 >= probe.length;
    const k = cjk ? WIDE : NARROW;
    if (i + k > secret.length) break;
    if (haystack.has(secret.slice(i, i + k))) {
      run = run && run.end >= i ? { start: run.start, end: i + k } : { start: i, end: i + k };
      if (!best || run.end - run.start > best.end - best.start) best = { ...run };
    }
  }
  return best ? secret.slice(best.start, best.end) : null;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[\p{L}]{2,}/gu;
const PHONE =
  /(?<![\w+\-./#:])(?:\+\d{1,3}[ -]?(?:\(\d{1,4}\)|\d{1,4})[ -]?\d{1,4}[ -]?\d{3,4}|\(0\d{1,4}\) ?\d{1,4}-\d{3,4}|0\d{1,4}-\d{1,4}-\d{3,4}|0\d{9,10}|\(\d{3}\) ?\d{3}-\d{4}|\d{3}-\d{3}-\d{4})(?![\w\-./])/g;

export const findEmails = (text: string): string[] => [...text.matchAll(EMAIL)].map((m) => m[0]);
export const findPhones = (text: string): string[] => [...text.matchAll(PHONE)].map((m) => m[0]);

/** FNV-1a, 32 bit: a short, stable, synchronous fingerprint (not a security measure). */
export const fnv1a = (text: string): string => {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
};
