import { canonicalHash } from '../canonical-json';

/** prevHash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields the chain needs; the rest of an entry is whatever the store records. */
export type ChainLink = { seq: number; prevHash: string; hash: string };

/** hash = SHA-256 over the canonical JSON of the entry without its own `hash`. */
export const hashLink = <T extends ChainLink>(entry: Omit<T, 'hash'>): Promise<string> => {
  const body: Record<string, unknown> = { ...entry };
  delete body.hash;
  return canonicalHash(body);
};

export const linkEntry = async <T extends ChainLink>(
  body: Omit<T, 'hash' | 'prevHash' | 'seq'>,
  previous: ChainLink | null,
): Promise<T> => {
  const unhashed = {
    ...body,
    seq: previous === null ? 1 : previous.seq + 1,
    prevHash: previous === null ? GENESIS_HASH : previous.hash,
  };
  return { ...unhashed, hash: await hashLink(unhashed) } as unknown as T;
};

export type ChainBreak = {
  seq: number;
  reason: 'hash-mismatch' | 'prev-mismatch' | 'sequence-gap' | 'unreadable';
};

export type ChainVerdict =
  { ok: true; length: number; head: string } | { ok: false; firstBreak: ChainBreak };

/**
 * Walks entries in sequence order (entries that could not be decrypted are passed as
 * `{ seq, unreadable: true }`) and reports the first broken link.
 */
export const verifyChain = async (
  entries: readonly (ChainLink | { seq: number; unreadable: true })[],
): Promise<ChainVerdict> => {
  let expectedPrev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const entry of entries) {
    if (entry.seq !== expectedSeq) {
      return { ok: false, firstBreak: { seq: expectedSeq, reason: 'sequence-gap' } };
    }
    if ('unreadable' in entry)
      return { ok: false, firstBreak: { seq: entry.seq, reason: 'unreadable' } };
    if (entry.prevHash !== expectedPrev) {
      return { ok: false, firstBreak: { seq: entry.seq, reason: 'prev-mismatch' } };
    }
    if ((await hashLink(entry)) !== entry.hash) {
      return { ok: false, firstBreak: { seq: entry.seq, reason: 'hash-mismatch' } };
    }
    expectedPrev = entry.hash;
    expectedSeq += 1;
  }
  return { ok: true, length: entries.length, head: expectedPrev };
};
