import { z } from 'zod';

/** The letters Airlock drafts (shared/workflow templates); a sent message records which. */
export const letterKindSchema = z.enum([
  'finder-acknowledgement',
  'finder-decline',
  'vendor-first-contact',
  'publication-date-proposal',
  'reminder',
  'unreachable-developer-notice',
  'finder-publication-notice',
  'finder-handling-terminated',
  /** Issue 27: the other vendors told that a granted extension moved publication. */
  'publication-moved',
  /** Issue 27: the finder told that the vendor disputes the report. */
  'finder-vendor-disputed',
  'other',
]);
export type LetterKind = z.infer<typeof letterKindSchema>;
