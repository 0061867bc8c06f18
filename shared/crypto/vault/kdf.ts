import { argon2id } from 'hash-wasm';
import { z } from 'zod';
import { buf, fromBase64, randomBytes, toBase64, utf8 } from './bytes';

/** Production Argon2id cost (ARCHITECTURE.md §5): 64 MiB, t=3, p=1. */
export const DEFAULT_KDF = { memoryKiB: 65_536, iterations: 3, parallelism: 1 } as const;

/** Ceilings stop a crafted header (e.g. in a backup file) from asking for absurd work. */
const MAX_MEMORY_KIB = 4 * 1024 * 1024;
const MAX_ITERATIONS = 64;
/** The lowest cost a test/dev vault may use; hash-wasm requires memory ≥ 8 × p KiB. */
const MIN_DEV_MEMORY_KIB = 1024;

export const kdfParamsSchema = z.object({
  alg: z.literal('argon2id'),
  memoryKiB: z.number().int().min(MIN_DEV_MEMORY_KIB).max(MAX_MEMORY_KIB),
  iterations: z.number().int().min(1).max(MAX_ITERATIONS),
  parallelism: z.number().int().min(1).max(16),
  /** base64 of a 16-byte random salt. */
  salt: z.string().min(16),
  /** Set only when the vault was created through the explicit test/dev override. */
  weakForTesting: z.literal(true).optional(),
});
export type KdfParams = z.infer<typeof kdfParamsSchema>;

/**
 * The only way to get a cheaper KDF than the production default: tests and e2e pass this
 * explicitly, and the header records `weakForTesting` so such a vault is recognisable.
 */
export type KdfTestOverride = { memoryKiB: number; iterations: number; testOnly: true };

export type KdfChoice = { override?: KdfTestOverride | undefined };

export const newKdfParams = (choice: KdfChoice = {}): KdfParams => {
  const salt = toBase64(randomBytes(16));
  const override = choice.override;
  if (override === undefined) return { alg: 'argon2id', ...DEFAULT_KDF, salt };
  if (override.testOnly !== true) throw new Error('KDF override without testOnly: true');
  const weaker =
    override.memoryKiB < DEFAULT_KDF.memoryKiB || override.iterations < DEFAULT_KDF.iterations;
  return kdfParamsSchema.parse({
    alg: 'argon2id',
    memoryKiB: override.memoryKiB,
    iterations: override.iterations,
    parallelism: 1,
    salt,
    ...(weaker ? { weakForTesting: true } : {}),
  });
};

/** Passphrase → 256-bit key-encryption key (AES-GCM, non-extractable). */
export const deriveKek = async (passphrase: string, params: KdfParams): Promise<CryptoKey> => {
  const salt = fromBase64(params.salt);
  if (salt === null) throw new Error('KDF salt is not base64 (header was not validated)');
  const raw = await argon2id({
    password: utf8(passphrase.normalize('NFC')),
    salt,
    parallelism: params.parallelism,
    iterations: params.iterations,
    memorySize: params.memoryKiB,
    hashLength: 32,
    outputType: 'binary',
  });
  try {
    return await globalThis.crypto.subtle.importKey('raw', buf(raw), 'AES-GCM', false, [
      'encrypt',
      'decrypt',
    ]);
  } finally {
    raw.fill(0);
  }
};
