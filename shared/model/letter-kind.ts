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
  'other',
]);
export type LetterKind = z.infer<typeof letterKindSchema>;
