// What an accepted import plan writes, decided before the one store transaction: the merged
// timeline plus a `bundle.imported` event is folded by the workflow engine, and the case
// record and involvements come from that fold (never from the sender's projection).
import type { BundleAttachment, CaseImportPlan, ImportPlan } from '../../../shared/exchange/bundle';
import type {
  BundleId,
  BundleLedgerEntry,
  Case,
  CaseEvent,
  Contact,
  Involvement,
  Report,
  Vulnerability,
} from '../../../shared/model';
import { planAppend } from '../../../shared/workflow/append';
import { involvementRecord } from '../../../shared/workflow/case-records';
import {
  importedCaseRef,
  type ImportedCaseRef,
  type LocalCaseWithRef,
} from '../../../shared/workflow/imported-case-ref';
import type { CaseCommand } from '../../../shared/workflow/timeline';

export type CaseWrites = {
  caseId: string;
  ref: string;
  isNew: boolean;
  /** Whether the reference is free here, or taken by another case (then nothing is written). */
  refStatus: ImportedCaseRef;
  kase: Case;
  /** Events to append: the ones not yet in the store, then `bundle.imported`. */
  events: CaseEvent[];
  involvements: Involvement[];
  vulnerabilities: Vulnerability[];
  report: Report | undefined;
  /** Organisations not yet in the local registry (known ones keep the local version). */
  contacts: Contact[];
  messages: unknown[];
  advisoryDrafts: unknown[];
  /** Attachments whose id is not yet in the store. */
  attachments: BundleAttachment[];
  /** Event ids the engine refused to fold (kept out of the case state, still stored). */
  rejected: string[];
};

export type WriteContext = {
  now: string;
  actor: string;
  /** Our organisation key (the one the bundle was decrypted with), upper-case hex. */
  recipient: string | undefined;
  hasContact: (id: string) => boolean;
  hasAttachment: (id: string) => boolean;
  /** This vault's case stored under a reference, if any. */
  caseWithRef: (ref: string) => LocalCaseWithRef | undefined;
};

/** Our own record of a hand-over or co-coordination the bundle gives us, if it does. */
function acceptance(plan: ImportPlan, c: CaseImportPlan, ctx: WriteContext): CaseCommand[] {
  const us = ctx.recipient?.toUpperCase();
  if (us === undefined) return [];
  const from = plan.signer.fingerprint;
  const bundleId = plan.bundleId as BundleId;
  return c.eventsAdded.flatMap((e): CaseCommand[] => {
    const role =
      e.type === 'coordination.transferred' && e.payload.to.toUpperCase() === us
        ? 'owner'
        : e.type === 'coordination.co-coordinator-added' &&
            e.payload.fingerprint.toUpperCase() === us
          ? 'co-coordinator'
          : null;
    if (role === null) return [];
    return [{ type: 'coordination.accepted', payload: { from, fingerprint: us, role, bundleId } }];
  });
}

function caseWrites(plan: ImportPlan, c: CaseImportPlan, ctx: WriteContext): CaseWrites {
  // The merged timeline plus the import's own record (listing what it added, so each
  // event keeps its sender: coordination.ts); refused events are kept, outside the case
  // state, so the sender's timeline stays whole.
  const planned = planAppend(c.mergedEvents, {
    caseId: c.document.case.id,
    commands: [
      {
        type: 'bundle.imported',
        payload: {
          bundleId: plan.bundleId as BundleId,
          sender: plan.signer.fingerprint,
          events: c.eventsAdded.map((e) => e.id),
          ...(ctx.recipient === undefined ? {} : { recipient: ctx.recipient.toUpperCase() }),
        },
      },
      ...acceptance(plan, c, ctx),
    ],
    by: { actor: ctx.actor, now: ctx.now },
    rejected: 'keep',
  });
  // With `keep` nothing is refused; a failure here would be a bug in the planner.
  if (!planned.ok) throw new Error(planned.error.message);
  const { events: own, projection: after } = planned.value;
  if (own.length === 0) throw new Error('planAppend built no bundle.imported event');
  const doc = c.document;
  return {
    caseId: c.caseId,
    ref: c.ref,
    isNew: c.isNew,
    refStatus: importedCaseRef({ caseId: c.caseId, ref: c.ref }, ctx.caseWithRef(c.ref)),
    kase: after.case ?? doc.case,
    events: [...c.eventsAdded, ...own],
    involvements:
      after.case === null
        ? [...(doc.involvements ?? [])]
        : after.involvements.map(involvementRecord),
    vulnerabilities: [...(doc.vulnerabilities ?? [])],
    report: doc.report,
    contacts: doc.contacts.filter((contact) => !ctx.hasContact(contact.id)),
    messages: [...(doc.messages ?? [])],
    advisoryDrafts: [...(doc.advisoryDrafts ?? [])],
    attachments: c.attachments.filter((a) => !ctx.hasAttachment(a.meta.id)),
    rejected: after.rejected.map((r) => r.eventId),
  };
}

export function importWrites(plan: ImportPlan, ctx: WriteContext): CaseWrites[] {
  return plan.cases.map((c) => caseWrites(plan, c, ctx));
}

/** The ledger row that makes a second import of this bundle a replay. */
export function ledgerEntry(plan: ImportPlan, now: string): BundleLedgerEntry {
  return {
    schemaVersion: 1,
    bundleId: plan.bundleId as BundleId,
    senderFingerprint: plan.signer.fingerprint,
    importedAt: now,
    outcome: 'imported',
    caseRefs: plan.cases.map((c) => c.ref),
    detail: plan.signer.status === 'accepted-unknown' ? 'signer accepted explicitly' : '',
  };
}
