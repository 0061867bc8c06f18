import type { AdvisoryDraft } from '../model/advisory-draft';

const nameKey = (name: { ja: string; en: string }): string => `${name.ja}\u0000${name.en}`;

/**
 * The stored draft with the facts the case decides, taken from the case as it is now
 * (`fresh` is draftFromCase's draft of the same case, made from the case view's records):
 * the case's TLP, each vendor's "cleared for publication" (and whether an unreachable
 * vendor's name may be published), and the leak guard's context.
 *
 * Why live and not the snapshot draftFromCase took: these are permissions recorded on the
 * case (each change is an audited case event), not advisory wording the analyst edits. A
 * snapshot goes stale both ways: a TLP lowered or a vendor cleared after the draft was made
 * keeps blocking the export (forcing a needless override), and a TLP raised or a clearance
 * withdrawn would let an export through that the case no longer allows. The header, the
 * editor's vendor table, the leak guard and the exported TLP label must give one answer,
 * the case's. The advisory's text, statements and products stay the draft's own until the
 * analyst takes them ("Take the case's vendors…", withCaseProducts).
 */
export function withLiveCaseFacts(
  draft: AdvisoryDraft,
  fresh: AdvisoryDraft | null,
): AdvisoryDraft {
  if (fresh === null) return draft;
  // Draft vendor ids are positional (v1, v2, …), so a vendor is matched by its name.
  const live = new Map(fresh.vendors.map((v) => [nameKey(v.name), v]));
  return {
    ...draft,
    case: { ...draft.case, tlp: fresh.case.tlp },
    vendors: draft.vendors.map((v) => {
      const now = live.get(nameKey(v.name));
      return now === undefined
        ? v
        : {
            ...v,
            clearedForPublication: now.clearedForPublication,
            unreachableNamePublished: now.unreachableNamePublished,
          };
    }),
    leakGuardContext: fresh.leakGuardContext,
  };
}
