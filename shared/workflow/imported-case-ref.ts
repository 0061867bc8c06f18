// What reference a case arriving in a bundle gets in this vault. Every vault numbers its
// own cases from the same prefix (AL-2026-0001 …), so two analysts who each opened case N
// hold the same reference for different cases. A case's reference comes from its
// `case.created` event, which both vaults share and which no vault may rewrite (the merge
// converges on it), and the stored case record is rebuilt from the timeline after every
// change: giving the case another local reference needs a vault-local record the case
// model does not have yet. Until it has one, a clash is refused here, before the click,
// with the case that holds the reference, instead of failing in the store after it.
export type LocalCaseWithRef = { id: string; ref: string; title: string };

export type ImportedCaseRef =
  /** Free here, or already this same case (a later bundle merges into it). */
  | { status: 'kept'; ref: string }
  /** Another case of this vault has the reference: the case cannot be written. */
  | { status: 'clash'; ref: string; usedBy: LocalCaseWithRef };

/**
 * `holder`: this vault's case stored under the incoming reference, if any. The same case id
 * is the same case, whatever the title says; a different id is a different case.
 */
export function importedCaseRef(
  incoming: { caseId: string; ref: string },
  holder: LocalCaseWithRef | undefined,
): ImportedCaseRef {
  if (holder === undefined || holder.id === incoming.caseId) {
    return { status: 'kept', ref: incoming.ref };
  }
  return { status: 'clash', ref: incoming.ref, usedBy: holder };
}

/** The cases of an import that cannot be written because their reference is taken. */
export const refClashes = <T extends { refStatus: ImportedCaseRef }>(
  writes: readonly T[],
): Extract<ImportedCaseRef, { status: 'clash' }>[] =>
  writes.flatMap((w) => (w.refStatus.status === 'clash' ? [w.refStatus] : []));
