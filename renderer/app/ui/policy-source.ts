import type { PolicySource } from '../../../shared/workflow/policy-types';

/** Where a rule's sentence comes from, as shown beside it: the section as the document
 *  numbers it, then Airlock's own remark on it (if any) in the analyst's language. */
export const sourceSection = (source: PolicySource, lang: 'ja' | 'en'): string => {
  if (source.note === undefined) return source.section;
  return lang === 'ja'
    ? `${source.section}（${source.note.ja}）`
    : `${source.section} (${source.note.en})`;
};
