import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/** Data for the strength meter on the vault creation screen (the UI words it via i18n). */
export type PassphraseStrength = {
  /** 0 (trivial) … 4 (very strong), zxcvbn's scale. */
  score: 0 | 1 | 2 | 3 | 4;
  /** log10 of the estimated guesses. */
  guessesLog10: number;
  /** zxcvbn feedback keys (translation keys, not sentences). */
  warning: string | null;
  suggestions: string[];
  /** The score the create screen requires before it enables "Create vault". */
  acceptable: boolean;
};

export const MIN_ACCEPTABLE_SCORE = 3;

let factory: ZxcvbnFactory | null = null;

export const estimatePassphrase = (
  passphrase: string,
  userInputs: string[] = [],
): PassphraseStrength => {
  factory ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  const result = factory.check(passphrase, userInputs);
  return {
    score: result.score,
    guessesLog10: result.guessesLog10,
    warning: result.feedback.warning ?? null,
    suggestions: result.feedback.suggestions,
    acceptable: result.score >= MIN_ACCEPTABLE_SCORE,
  };
};
