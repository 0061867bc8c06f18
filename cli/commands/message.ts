import { printFailure } from '../output';

// Placeholder until the message commands land; fails loudly rather than pretending.
export function run(_argv: string[]): Promise<number> {
  return Promise.resolve(printFailure('not-implemented', "'message' commands are not implemented yet"));
}
