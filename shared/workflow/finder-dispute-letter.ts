import { disputeCategoryTerms, type LocalizedText, type Reporter } from '../model';
import { fillLetter, type RenderedLetter } from './letters';
import { VENDOR_ROLES } from './projection';
import type { ReadyProjection } from './reducer-types';

/**
 * The letter telling the finder that the developer disputes the report (issue 27 item 2,
 * template `finder-vendor-disputed`): the category of the latest dispute in the letter's
 * language and the finder's own product, never the vendor (before publication a finder may
 * not learn who the developer is; `finder-letter-guard.ts` checks the edited text too).
 * Null while no vendor of the case disputes it (the reducer keeps `dispute` set exactly while
 * the status is `disputed`).
 */
export const disputedLetter = (f: {
  projection: ReadyProjection;
  reporter: Pick<Reporter, 'name'>;
  /** The product as the finder reported it. */
  productName: string;
  organisation: LocalizedText;
  language: 'ja' | 'en';
}): RenderedLetter | null => {
  const disputes = f.projection.involvements
    .filter((i) => VENDOR_ROLES.includes(i.role))
    .flatMap((i) => (i.dispute === null ? [] : [i.dispute]))
    .sort((a, b) => a.at.localeCompare(b.at));
  const latest = disputes.at(-1);
  if (latest === undefined) return null;
  const lang = f.language;
  return fillLetter('finder-vendor-disputed', lang, {
    caseRef: f.projection.case.ref,
    finderName: f.reporter.name,
    productName: f.productName,
    disputeCategory: disputeCategoryTerms[latest.category][lang],
    organisationName: f.organisation[lang] || f.organisation.en,
  });
};
