import { createSHA256, type IHasher } from 'hash-wasm';
import { canonicalJson } from '../canonical-json';
import { utf8, utf8Into } from './bytes';

/** prevHash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields the chain needs; the rest of an entry is whatever the store records. */
export type ChainLink = { seq: number; prevHash: string; hash: string };

// A synchronous SHA-256 (hash-wasm) so a bulk write chaining thousands of entries does not
// pay one WebCrypto round trip per link; the digest is the same SHA-256.
let hasher: IHasher | null = null;
const getHasher = async (): Promise<IHasher> => (hasher ??= await createSHA256());

// Each link's canonical JSON is UTF-8 encoded into one reused buffer: given a string,
// hash-wasm allocates a new one per call, and a 10k write (or unlock) hashes 10k links.
let scratch = new Uint8Array(4096);

const hashWith = (h: IHasher, entry: object): string => {
  const body: Record<string, unknown> = { ...entry };
  delete body.hash;
  const json = canonicalJson(body);
  if (json.length * 3 > scratch.length && json.length * 3 <= 1024 * 1024) {
    scratch = new Uint8Array(json.length * 3);
  }
  const written = utf8Into(json, scratch);
  return h
    .init()
    .update(written === null ? utf8(json) : scratch.subarray(0, written))
    .digest('hex');
};

/** hash = SHA-256 over the canonical JSON of the entry without its own `hash`. */
export const hashLink = async (entry: object): Promise<string> =>
  hashWith(await getHasher(), entry);

/** Chains `bodies` after `previous`, assigning seq, prevHash and hash to each. */
export const linkEntries = async <T extends ChainLink>(
  bodies: readonly Omit<T, 'hash' | 'prevHash' | 'seq'>[],
  previous: ChainLink | null,
): Promise<T[]> => {
  const h = await getHasher();
  let seq = previous === null ? 0 : previous.seq;
  let prevHash = previous === null ? GENESIS_HASH : previous.hash;
  return bodies.map((body) => {
    seq += 1;
    const unhashed = { ...body, seq, prevHash };
    prevHash = hashWith(h, unhashed);
    return { ...unhashed, hash: prevHash } as unknown as T;
  });
};

export const linkEntry = async <T extends ChainLink>(
  body: Omit<T, 'hash' | 'prevHash' | 'seq'>,
  previous: ChainLink | null,
): Promise<T> => {
  const [entry] = await linkEntries<T>([body], previous);
  if (entry === undefined) throw new Error('linkEntries returned nothing for one body');
  return entry;
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
  const h = await getHasher();
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
    if (hashWith(h, entry) !== entry.hash) {
      return { ok: false, firstBreak: { seq: entry.seq, reason: 'hash-mismatch' } };
    }
    expectedPrev = entry.hash;
    expectedSeq += 1;
  }
  return { ok: true, length: entries.length, head: expectedPrev };
};
