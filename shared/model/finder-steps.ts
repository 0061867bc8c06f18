import { z } from 'zod';

/**
 * Payload vocabularies of the finder's and the site operator's steps and of report links
 * (issue 27 items 3 and 7), kept beside the event union (case-event.ts) that uses them.
 */

/** How a case names another: this report duplicates it, or only relates to it. */
export const caseLinkRelationSchema = z.enum(['duplicate-of', 'related']);
export type CaseLinkRelation = z.infer<typeof caseLinkRelationSchema>;

/** The answer to a finder's request to withdraw non-disclosure (IPA overview: "after a year
 *  has passed since the initial report, the finder may issue a withdrawal request"). */
export const withdrawalOutcomeSchema = z.enum(['granted', 'refused']);
export type WithdrawalOutcome = z.infer<typeof withdrawalOutcomeSchema>;

/** Why a withdrawal is refused, or null when granted. */
export const withdrawalRefusalSchema = z.enum([
  /** The year since the first attempt to notify the developer has not passed. */
  'year-not-passed',
  /** No developer has been contacted: the year has not started. */
  'developer-not-contacted',
  /** A website case: non-disclosure lasts until the operator's correction. */
  'website-until-fixed',
]);
export type WithdrawalRefusal = z.infer<typeof withdrawalRefusalSchema>;
