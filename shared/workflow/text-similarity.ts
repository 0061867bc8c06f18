import { tokenize } from './search-tokenizer';

/**
 * How alike two short texts are (a new report's title and product against a case's), as an
 * absolute share in 0..1: the cosine of their sets of search tokens (the case search's own
 * tokenizer, so Japanese is compared by bigrams), |A ∩ B| / √(|A|·|B|). Unlike a search
 * score divided by the best hit's, it does not make the best of several unrelated cases
 * "100%": two texts that share only "in" stay near 0, a copy is 1.
 *
 * Words that every report title has (function words, "vulnerability", Japanese particles
 * written in hiragana alone) are left out: they would make unrelated titles look alike.
 */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'is',
  'of',
  'on',
  'or',
  'the',
  'to',
  'via',
  'with',
  'vulnerability',
  'vulnerabilities',
  'vulnerable',
  '脆弱',
  '弱性',
]);
const HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;

export const similarityTokens = (text: string): Set<string> =>
  new Set(tokenize(text).filter((t) => !STOP_WORDS.has(t) && !HIRAGANA_ONLY.test(t)));

export const textSimilarity = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  return shared / Math.sqrt(a.size * b.size);
};
