import type { AdvisoryDraft, DraftVulnerability } from '../model/advisory-draft';
import type { LocalizedText } from '../model/common';
import { withCaseProducts } from './draft-from-case';

/**
 * "Take from the case" on an existing draft (`fresh` is draftFromCase's draft of the same
 * case as it is now): the case's vendors and products (withCaseProducts), each vulnerability
 * recorded on the case since the draft was made, and the case's wording for a text field the
 * analyst left empty. What the analyst wrote is never replaced, and a vulnerability the draft
 * already has (same CVE ID, or the same title) is not added twice.
 */
export type CaseTake = {
  draft: AdvisoryDraft;
  /** The titles of the vulnerabilities added to the draft. */
  addedVulnerabilities: LocalizedText[];
};

const TAKEN_TEXTS = ['title', 'description', 'solution', 'workarounds'] as const;

const blank = (t: LocalizedText): boolean => t.en.trim() === '' && t.ja.trim() === '';

const sameText = (a: string, b: string): boolean =>
  a.trim() !== '' && a.trim().toLowerCase() === b.trim().toLowerCase();

const sameVulnerability = (a: DraftVulnerability, b: DraftVulnerability): boolean =>
  (a.cve !== undefined && a.cve === b.cve) ||
  sameText(a.title.en, b.title.en) ||
  sameText(a.title.ja, b.title.ja);

export function takeFromCase(draft: AdvisoryDraft, fresh: AdvisoryDraft): CaseTake {
  const base = withCaseProducts(draft, fresh);
  const used = new Set(draft.vulnerabilities.map((v) => v.id));
  const nextId = (): string => {
    let n = used.size + 1;
    while (used.has(`vuln${n}`)) n += 1;
    used.add(`vuln${n}`);
    return `vuln${n}`;
  };
  const added = fresh.vulnerabilities
    .filter((f) => !draft.vulnerabilities.some((d) => sameVulnerability(d, f)))
    // The case's vulnerabilities concern every product (no productVersionIds), as on creation.
    .map((f) => ({ ...f, id: nextId() }));
  const texts = Object.fromEntries(
    TAKEN_TEXTS.flatMap((field) =>
      blank(draft[field]) && !blank(fresh[field]) ? [[field, fresh[field]]] : [],
    ),
  ) as Partial<Pick<AdvisoryDraft, (typeof TAKEN_TEXTS)[number]>>;
  return {
    draft: { ...base, ...texts, vulnerabilities: [...base.vulnerabilities, ...added] },
    addedVulnerabilities: added.map((v) => v.title),
  };
}
