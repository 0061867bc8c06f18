// The import plan: everything the store will write, computed without touching it. The
// caller (renderer/store) applies the plan in one transaction, or not at all; this module
// only reads the existing timeline through the lookup it is given.
import type { CaseDocument } from '../../model/case-document';
import type { CaseEvent } from '../../model/case-event';
import type { BundleAttachment, BundleCase } from './content';
import { bundleFail, bundleOk, type BundleResult } from './errors';
import type { BundleManifest } from './manifest';
import { planAppend } from '../../workflow/append';
import { isCoordinationRefusal, isEmbargoBreach } from '../../workflow/errors';
import { documentIntakeRefusal, isIntakeRefusal } from '../../workflow/intake-rules';
import { mergeEvents, type EventConflict } from '../../workflow/merge';

export type SignerInfo = {
  /** `valid`: a known, non-revoked key; `accepted-unknown`: the analyst accepted this key. */
  status: 'valid' | 'accepted-unknown';
  fingerprint: string;
};

export type ImportLookup = {
  /** Whether the ledger already holds this bundle id (replay). */
  isBundleImported: (bundleId: string) => boolean | Promise<boolean>;
  /** The case's current timeline, or undefined when the case is not in the store. */
  existingEvents: (
    caseId: string,
  ) => readonly CaseEvent[] | undefined | Promise<readonly CaseEvent[] | undefined>;
};

export type CaseImportPlan = {
  caseId: string;
  ref: string;
  isNew: boolean;
  /** The incoming case document, fully validated. */
  document: CaseDocument;
  attachments: BundleAttachment[];
  /** Events not yet in the store. */
  eventsAdded: CaseEvent[];
  /** The full timeline after the merge (the store recomputes the projection from it). */
  mergedEvents: CaseEvent[];
  /** Same id, different body: a deterministic side was kept; shown to the analyst. */
  conflicts: EventConflict<CaseEvent>[];
};

export type ImportPlan = {
  bundleId: string;
  manifest: BundleManifest;
  signer: SignerInfo;
  cases: CaseImportPlan[];
};

export async function planImport(
  manifest: BundleManifest,
  cases: readonly BundleCase[],
  signer: SignerInfo,
  lookup: ImportLookup,
): Promise<BundleResult<ImportPlan>> {
  if (await lookup.isBundleImported(manifest.bundleId)) {
    return bundleFail('replayed', `bundle ${manifest.bundleId} was already imported`);
  }
  const plans: CaseImportPlan[] = [];
  for (const { document, attachments } of cases) {
    // A case with a blank title or reporter name is refused whole, as the screen refuses it.
    const blank = documentIntakeRefusal(document);
    if (blank !== null) {
      return bundleFail(
        'case-events-refused',
        `case ${document.case.ref}: ${blank.message} (${blank.code})`,
      );
    }
    const existing = await lookup.existingEvents(document.case.id);
    const merge = mergeEvents(existing ?? [], document.events);
    // The engine's embargo rules hold for a partner's timeline too: one that publishes
    // inside an active embargo, or states an embargo instant already past, is refused
    // whole, naming the event (other refusals are kept aside, as the sender wrote them).
    // After a hand-over the former owner no longer writes to vendors or changes the
    // embargo, nor a co-coordinator the embargo: the sender's events are judged as its own
    // (`from`), and a bundle that changes what its sender does not own is refused whole.
    const check = planAppend(existing ?? [], {
      caseId: document.case.id,
      events: merge.added,
      rejected: 'keep',
      from: signer.fingerprint,
    });
    if (!check.ok && isCoordinationRefusal(check.error.code)) {
      const { eventId, code, message } = check.error;
      const type = merge.merged.find((e) => e.id === eventId)?.type ?? 'event';
      return bundleFail(
        'case-coordination-refused',
        `case ${document.case.ref}: ${type} ${eventId} is refused: ${message} (${code})`,
      );
    }
    if (!check.ok && (isEmbargoBreach(check.error.code) || isIntakeRefusal(check.error.code))) {
      const { eventId, code, message } = check.error;
      const type = merge.merged.find((e) => e.id === eventId)?.type ?? 'event';
      return bundleFail(
        'case-events-refused',
        `case ${document.case.ref}: the engine refuses ${type} ${eventId}: ${message} (${code})`,
      );
    }
    plans.push({
      caseId: document.case.id,
      ref: document.case.ref,
      isNew: existing === undefined,
      document,
      attachments,
      eventsAdded: merge.added,
      mergedEvents: merge.merged,
      conflicts: merge.conflicts,
    });
  }
  return bundleOk({ bundleId: manifest.bundleId, manifest, signer, cases: plans });
}
