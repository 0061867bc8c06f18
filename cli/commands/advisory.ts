import { printFailure } from '../output';

// Placeholder until the advisory commands land; fails loudly rather than pretending.
export function run(_argv: string[]): Promise<number> {
  return Promise.resolve(printFailure('not-implemented', "'advisory' commands are not implemented yet"));
}
