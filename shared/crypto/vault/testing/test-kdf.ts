import type { KdfTestOverride } from '../kdf';

/** Cheap Argon2id for unit and e2e tests only; the header records it as `weakForTesting`. */
export const TEST_KDF: KdfTestOverride = { memoryKiB: 8192, iterations: 1, testOnly: true };
