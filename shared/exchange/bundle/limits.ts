// Caps applied to every incoming bundle. A bundle comes on removable media and may be
// crafted to exhaust memory or disk: ZIP bombs (a high compression ratio, or an absolute
// size that is simply too big), a central directory that lies about sizes, or a huge
// number of tiny entries. The caps are checked from the ZIP central directory before
// anything is inflated, and enforced again while inflating.

export type BundleLimits = {
  /** Largest `.airlock` file accepted, before decryption. */
  maxInputBytes: number;
  /** Largest number of ZIP entries (manifest included). */
  maxEntries: number;
  /** Largest uncompressed size of one entry. */
  maxEntryBytes: number;
  /** Largest uncompressed size of all entries together. */
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio of one entry (only above `ratioFloorBytes`). */
  maxRatio: number;
  /** Entries smaller than this are exempt from the ratio check: they cannot hurt. */
  ratioFloorBytes: number;
  /** Largest `manifest.json` or record JSON file. */
  maxJsonBytes: number;
};

export const DEFAULT_BUNDLE_LIMITS: BundleLimits = {
  maxInputBytes: 512 * 1024 * 1024,
  maxEntries: 10_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxJsonBytes: 32 * 1024 * 1024,
};
