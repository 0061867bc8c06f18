// Caps on Markdown before marked sees it. marked recurses once per nesting level and its
// list handling grows faster than quadratically with depth: 2,000 nested block quotes,
// 5,000 nested list markers or 20,000 emphasis delimiters overflow the stack ("Maximum call
// stack size exceeded … Please report this to https://github.com/markedjs/marked"), and a
// list nested 1,000 deep by indentation takes 40 s (issue 29). No advisory text comes near
// these caps; a draft over one is refused with a typed error naming the field.

export const MARKDOWN_LIMITS = {
  /** Longest text field, in UTF-16 code units (about 1 MiB of ASCII). */
  maxChars: 1024 * 1024,
  /** Deepest nesting of block quotes and lists on one line. */
  maxDepth: 64,
  /** Longest run of one emphasis delimiter (`*`, `_`, `~`). */
  maxDelimiterRun: 1000,
} as const;

export type MarkdownInputError = {
  code: 'markdown-too-large' | 'markdown-too-deep';
  message: string;
};

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Nesting of one line: block-quote and list markers in its prefix, and its indentation. */
function lineDepth(line: string): number {
  let depth = 0;
  let columns = 0;
  let at = 0;
  while (at < line.length) {
    const char = line[at];
    if (char === ' ') columns += 1;
    else if (char === '\t') columns += 4;
    else if (char === '>') depth += 1;
    else {
      const marker = LIST_MARKER.exec(line.slice(at, at + 11));
      if (marker === null) break;
      depth += 1;
      at += marker[0].length;
      continue;
    }
    at += 1;
  }
  // Two columns of indentation nest a list item one level deeper.
  return depth + Math.floor(columns / 2);
}

function longestDelimiterRun(text: string): number {
  let longest = 0;
  for (const match of text.matchAll(/\*+|_+|~+/g)) longest = Math.max(longest, match[0].length);
  return longest;
}

/** Why `source` must not reach marked, or null when it is within every cap. */
export function markdownInputError(source: string, field = 'text'): MarkdownInputError | null {
  const { maxChars, maxDepth, maxDelimiterRun } = MARKDOWN_LIMITS;
  if (source.length > maxChars) {
    return {
      code: 'markdown-too-large',
      message: `${field} is ${source.length} characters long; at most ${maxChars} are rendered`,
    };
  }
  let fence: string | null = null;
  let deepest = 0;
  for (const line of source.split('\n')) {
    const opener = FENCE.exec(line)?.[1];
    if (opener !== undefined) {
      // Code inside a fence is not parsed for nesting; its indentation is the code's own.
      if (fence === null) fence = opener[0] ?? null;
      else if (opener[0] === fence) fence = null;
      continue;
    }
    if (fence === null) deepest = Math.max(deepest, lineDepth(line));
  }
  if (deepest > maxDepth) {
    return {
      code: 'markdown-too-deep',
      message: `${field} nests block quotes or lists ${deepest} levels deep; at most ${maxDepth} are rendered`,
    };
  }
  const run = longestDelimiterRun(source);
  if (run > maxDelimiterRun) {
    return {
      code: 'markdown-too-deep',
      message: `${field} has a run of ${run} emphasis marks; at most ${maxDelimiterRun} are rendered`,
    };
  }
  return null;
}

/** The first string anywhere in `value` (a draft) that is over a cap, named by its path. */
export function firstMarkdownInputError(value: unknown, path = 'draft'): MarkdownInputError | null {
  if (typeof value === 'string') return markdownInputError(value, path);
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const error = firstMarkdownInputError(item, `${path}[${index}]`);
      if (error !== null) return error;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const error = firstMarkdownInputError(item, `${path}.${key}`);
      if (error !== null) return error;
    }
  }
  return null;
}
