// The iterated-and-salted S2K (RFC 4880 §3.7.1.3) hashed as a stream. openpgp.js builds the
// whole iterated input in memory before hashing it: for a key as GnuPG exports it (count
// 65,011,712) that is a 65 MB buffer, most of the CLI's peak memory when it opens a reply.
// Fed through an incremental hash in 64 KiB blocks the same digest needs 64 KiB. WebCrypto
// has no incremental hash, so only a caller that has one (the CLI, with Node's) passes it;
// everywhere else openpgp.js's own S2K runs unchanged.

export type S2kHashName = 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512';
export type IncrementalHash = { update(data: Uint8Array): void; digest(): Uint8Array };
export type IncrementalHashFactory = (name: S2kHashName) => IncrementalHash;

/** OpenPGP hash algorithm ids (RFC 4880 §9.4) this S2K can stream. */
const HASH_BY_ID: ReadonlyMap<number, S2kHashName> = new Map([
  [2, 'sha1'],
  [8, 'sha256'],
  [9, 'sha384'],
  [10, 'sha512'],
  [11, 'sha224'],
]);

const BLOCK = 64 * 1024;

export type IteratedS2k = { salt: Uint8Array; count: number; hash: S2kHashName };

/** The key of `keySize` bytes: hash contexts with 0, 1, 2… zero bytes of prefix, each over
 *  exactly `count` bytes of salt ‖ passphrase repeated (at least once whole). */
export function iteratedS2kKey(
  s2k: IteratedS2k,
  passphrase: Uint8Array,
  keySize: number,
  createHash: IncrementalHashFactory,
): Uint8Array {
  const data = new Uint8Array(s2k.salt.length + passphrase.length);
  data.set(s2k.salt);
  data.set(passphrase, s2k.salt.length);
  const count = Math.max(s2k.count, data.length);
  // Whole repetitions of the data, about 64 KiB: every block starts at a repetition boundary.
  const repeats = Math.max(1, Math.floor(BLOCK / Math.max(1, data.length)));
  const block = new Uint8Array(data.length * repeats);
  for (let i = 0; i < repeats; i += 1) block.set(data, i * data.length);
  const out = new Uint8Array(keySize);
  let filled = 0;
  for (let prefix = 0; filled < keySize; prefix += 1) {
    const hash = createHash(s2k.hash);
    if (prefix > 0) hash.update(new Uint8Array(prefix));
    let left = count;
    while (left > 0) {
      const take = Math.min(left, block.length);
      hash.update(take === block.length ? block : block.subarray(0, take));
      left -= take;
    }
    const digest = hash.digest();
    out.set(digest.subarray(0, Math.min(digest.length, keySize - filled)), filled);
    filled += digest.length;
  }
  return out;
}

/** The parts of openpgp.js's S2K object this needs (its class is not in the typings). */
type OpenPgpS2k = {
  type: string;
  algorithm: number;
  salt: Uint8Array | null;
  getCount(): number;
  produceKey(passphrase: string, numBytes: number): Promise<Uint8Array>;
};

const isOpenPgpS2k = (value: unknown): value is OpenPgpS2k =>
  typeof value === 'object' &&
  value !== null &&
  'type' in value &&
  'algorithm' in value &&
  'salt' in value &&
  'getCount' in value &&
  typeof value.getCount === 'function' &&
  'produceKey' in value;

/**
 * Makes a secret key packet derive its key with the streamed S2K when it is iterated-and-salted
 * with a hash `createHash` knows; any other S2K (Argon2, simple, salted, GNU dummy) keeps
 * openpgp.js's own. Returns whether it did.
 */
export function streamPacketS2k(packet: object, createHash: IncrementalHashFactory): boolean {
  const s2k: unknown = 's2k' in packet ? packet.s2k : undefined;
  if (!isOpenPgpS2k(s2k) || s2k.type !== 'iterated' || s2k.salt === null) return false;
  const hash = HASH_BY_ID.get(s2k.algorithm);
  if (hash === undefined) return false;
  const params: IteratedS2k = { salt: s2k.salt, count: s2k.getCount(), hash };
  s2k.produceKey = (passphrase: string, numBytes: number) =>
    Promise.resolve(
      iteratedS2kKey(params, new TextEncoder().encode(passphrase), numBytes, createHash),
    );
  return true;
}
