import type { PartialConfig } from 'openpgp';

// Every read of outside data goes through these caps: a file on removable media may be
// crafted to exhaust memory (large input, or a small compression bomb).
export type PgpLimits = {
  /** Largest accepted input file, in bytes. */
  maxInputBytes: number;
  /** Largest plaintext a compressed packet may expand to (openpgp.js `maxDecompressedMessageSize`). */
  maxDecompressedBytes: number;
  /**
   * Most packets before a message's data (session keys: one per recipient or password),
   * counted from the packet headers before openpgp.js parses any (packet-scan.ts).
   */
  maxLeadingPackets?: number;
};

/** No honest reply is encrypted to anywhere near 100 recipients; each costs a key attempt. */
export const MAX_LEADING_PACKETS = 100;

export const DEFAULT_PGP_LIMITS: PgpLimits = {
  maxInputBytes: 256 * 1024 * 1024,
  maxDecompressedBytes: 512 * 1024 * 1024,
};

/**
 * The openpgp.js configuration Airlock always passes. `aeadProtect: false` and
 * `v6Keys: false` keep what we produce readable by GnuPG 2.2, Sequoia 0.27 and RNP 0.16
 * (SEIPDv1 with MDC, v4 keys). Keys generated under this config do not advertise the
 * SEIPDv2 feature, and Airlock always encrypts to its own key too, so openpgp.js never
 * picks SEIPDv2 for an outgoing message.
 */
export function pgpConfig(limits: PgpLimits = DEFAULT_PGP_LIMITS): PartialConfig {
  return {
    aeadProtect: false,
    v6Keys: false,
    maxDecompressedMessageSize: limits.maxDecompressedBytes,
  };
}
