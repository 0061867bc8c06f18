// The bundle screens' work against the encrypted store: reading a case for export, writing
// the export's timeline event, and applying an accepted import plan in ONE transaction.
import {
  withLocalReadState,
  type BundleAttachment,
  type BundleAttachmentMeta,
  type ImportLookup,
  type ImportPlan,
} from '../../../shared/exchange/bundle';
import type { BundleId, CaseEvent } from '../../../shared/model';
import { parseAdvisoryDraft } from '../../../shared/model/advisory-draft';
import { parseMessageRecord } from '../../../shared/model/message';
import type { CaseCommand } from '../../../shared/workflow/timeline';
import type { Result } from '../../../shared/result';
import { refClashes } from '../../../shared/workflow/imported-case-ref';
import { appendCaseEvents, type CaseWriteResult } from '../../store/case-writes';
import type { StorePort } from '../../store/port';
import { caseToBundle, type CaseSnapshot } from './case-source';
import { importWrites, ledgerEntry, type CaseWrites } from './import-writes';

export const ACTOR = 'analyst';

/** What the bundle screens use of the encrypted store. */
export type BundleStore = StorePort<
  | 'cases'
  | 'caseEvents'
  | 'reports'
  | 'involvements'
  | 'vulnerabilities'
  | 'contacts'
  | 'messages'
  | 'advisoryDrafts'
  | 'bundleLedger',
  'attachments' | 'transact'
>;

export type StoreFailure = { ok: false; error: { code: string; message: string } };

/** The case as the export selects from it, attachments decrypted. */
export async function readCaseForExport(
  store: BundleStore,
  caseId: string,
): Promise<{ ok: true; value: ReturnType<typeof caseToBundle> } | StoreFailure> {
  const repos = store.repos;
  const kase = repos.cases.get(caseId);
  if (kase === undefined) return { ok: false, error: { code: 'case-invalid', message: caseId } };
  const attachments: BundleAttachment[] = [];
  for (const meta of store.attachments.list.byCase(caseId)) {
    const bytes = await store.attachments.read(meta.id);
    if (!bytes.ok) return bytes;
    attachments.push({
      meta: {
        schemaVersion: 1,
        id: meta.id as BundleAttachmentMeta['id'],
        caseId: caseId as BundleAttachmentMeta['caseId'],
        name: meta.name,
        mediaType: meta.mediaType,
        size: meta.size,
        sha256: meta.sha256,
      },
      data: bytes.value,
    });
  }
  const snapshot: CaseSnapshot = {
    kase,
    events: repos.caseEvents.byCase(caseId),
    report: repos.reports.byCase(caseId)[0],
    involvements: repos.involvements.byCase(caseId),
    vulnerabilities: repos.vulnerabilities.byCase(caseId),
    contacts: repos.contacts.all(),
    messages: repos.messages.byCase(caseId),
    advisoryDrafts: repos.advisoryDrafts.byCase(caseId),
    attachments,
  };
  return { ok: true, value: caseToBundle(snapshot) };
}

/**
 * Appends `bundle.exported` and refreshes the case projection, in one transaction. The
 * file has left already, so the record is kept even where the engine would not fold it.
 */
export async function recordExport(
  store: BundleStore,
  caseId: string,
  bundleId: string,
  recipients: readonly string[],
  /** Override notes (clearance, confidentiality), kept with the export in one write. */
  overrideNotes: readonly string[] = [],
  /** The hand-over or co-coordination event the bundle carried (the same event, same id). */
  carried: readonly CaseEvent[] = [],
): Promise<CaseWriteResult> {
  const command: CaseCommand = {
    type: 'bundle.exported',
    payload: { bundleId: bundleId as BundleId, recipients: [...recipients] },
  };
  const note: CaseCommand[] = overrideNotes.map((text) => ({
    type: 'note.added',
    payload: { text, internal: true },
  }));
  const by = { actor: ACTOR, now: new Date().toISOString() };
  return appendCaseEvents(store, [
    { caseId, events: carried, commands: [...note, command], by, rejected: 'keep' },
  ]);
}

/** How the import pipeline sees the store: the ledger and the existing timelines. */
export const storeLookup = (store: BundleStore): ImportLookup => ({
  isBundleImported: (id) => store.repos.bundleLedger.get(id) !== undefined,
  existingEvents: (caseId) =>
    store.repos.cases.get(caseId) === undefined ? undefined : store.repos.caseEvents.byCase(caseId),
});

/** Our key among the bundle's recipients when the manifest names only one besides the sender. */
const soleRecipient = (plan: ImportPlan): string | undefined => {
  const { sender, recipients } = plan.manifest;
  const others = recipients.filter((r) => r.fingerprint !== sender.fingerprint);
  return others.length === 1 ? others[0]?.fingerprint : undefined;
};

/** `recipient`: our organisation key's fingerprint (the key that decrypted the bundle);
 *  without it, the manifest's only recipient besides the sender, if there is one. */
export function planWrites(
  store: BundleStore,
  plan: ImportPlan,
  recipient: string | undefined = soleRecipient(plan),
): CaseWrites[] {
  return importWrites(plan, {
    now: new Date().toISOString(),
    actor: ACTOR,
    recipient,
    hasContact: (id) => store.repos.contacts.get(id) !== undefined,
    hasAttachment: (id) => store.attachments.list.get(id) !== undefined,
    caseWithRef: (ref) => store.repos.cases.all().find((c) => c.ref === ref),
  });
}

/**
 * Everything of an accepted plan, all or nothing. Each case's events are folded with its
 * stored timeline (events the engine refuses are kept, outside the case state); a case the
 * fold cannot build (a sender's case without its creation event) keeps the sender's record.
 */
export async function applyImport(
  store: BundleStore,
  plan: ImportPlan,
  writes: CaseWrites[],
): Promise<CaseWriteResult> {
  // The preview says so and offers no import; this keeps a stale plan from reaching the store.
  const clash = refClashes(writes)[0];
  if (clash !== undefined) {
    const message = `${clash.ref} is already the reference of case ${clash.usedBy.id} here`;
    return { ok: false, error: { source: 'store', code: 'record.conflict', message } };
  }
  const appends = writes.map((w) => ({
    caseId: w.caseId,
    events: w.events,
    rejected: 'keep' as const,
  }));
  return appendCaseEvents(store, appends, (tx, planned) => {
    writes.forEach((w, i) => {
      for (const contact of w.contacts) tx.put('contacts', contact);
      if (planned[i]?.projection.case === null) {
        tx.put('cases', w.kase);
        for (const inv of w.involvements) tx.put('involvements', inv);
      }
      if (w.report !== undefined) tx.put('reports', w.report);
      for (const v of w.vulnerabilities) tx.put('vulnerabilities', v);
      for (const a of w.attachments) {
        tx.putAttachment(
          {
            id: a.meta.id,
            caseId: w.caseId,
            name: a.meta.name,
            mediaType: a.meta.mediaType === '' ? 'application/octet-stream' : a.meta.mediaType,
          },
          a.data,
        );
      }
      for (const m of w.messages) {
        const message = mustParse(parseMessageRecord(m));
        tx.put('messages', withLocalReadState(message, store.repos.messages.get(message.id)));
      }
      for (const d of w.advisoryDrafts) tx.put('advisoryDrafts', mustParse(parseAdvisoryDraft(d)));
    });
    tx.put('bundleLedger', ledgerEntry(plan, new Date().toISOString()));
  });
}

/** The pipeline validated these records already: a failure here is a bug and aborts. */
function mustParse<T>(r: Result<T, { message: string }>): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
