// Export selection: applies the chosen view to each case and lists, item by item, what goes
// into the bundle and what is left out and why. The UI shows this list as the preview; the
// writer serialises exactly the selected documents, nothing else.
import type { CaseDocument } from '../../model/case-document';
import type { Tlp } from '../../model/common';
import { nameOf } from '../../model/contact';
import type { AttachmentData, BundleAttachment, BundleCase } from './content';
import { bundleFail, bundleOk, type BundleResult } from './errors';
import { withoutReadState } from './read-state';
import { canonicalJson } from '../../crypto/canonical-json';
import {
  confidentialityContext,
  describeHit,
  scanRecord,
  type ConfidentialityHit,
} from '../../workflow/vendor-confidentiality';
import {
  findForbidden,
  forbiddenStrings,
  redactReport,
  vendorEventVerdict,
  type ExportView,
} from './views';

export type PreviewItemKind =
  | 'case'
  | 'event'
  | 'report'
  | 'involvement'
  | 'vulnerability'
  | 'contact'
  | 'message'
  | 'advisory-draft'
  | 'attachment';

export type PreviewItem = {
  caseRef: string;
  kind: PreviewItemKind;
  id: string;
  label: string;
  included: boolean;
  /** For an included item, what was redacted; for a left-out item, why. */
  note: string;
};

export type ExportSelection<D extends AttachmentData = Uint8Array> = {
  view: ExportView;
  cases: BundleCase<D>[];
  items: PreviewItem[];
  /** The most restrictive TLP of the selected cases: the bundle's TLP. */
  tlp: Tlp;
  /**
   * Vendor view: another vendor named in a record the view cannot leave out (the case
   * record, its `case.created` / `case.updated` events). Sealing is refused while there are
   * any, unless the analyst overrides with a reason (shared/workflow/vendor-confidentiality).
   */
  leaks: ConfidentialityHit[];
};

const TLP_ORDER: readonly Tlp[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'];
export const strictestTlp = (levels: readonly Tlp[]): Tlp =>
  levels.reduce<Tlp>((a, b) => (TLP_ORDER.indexOf(b) > TLP_ORDER.indexOf(a) ? b : a), 'CLEAR');

export function selectForExport(
  cases: readonly BundleCase[],
  view: ExportView,
): BundleResult<ExportSelection>;
/** Attachments read only when the ZIP is written go in the full view alone: the vendor view
 *  searches every attachment's contents, which needs its bytes. */
export function selectForExport(
  cases: readonly BundleCase<AttachmentData>[],
  view: { kind: 'full' },
): BundleResult<ExportSelection<AttachmentData>>;
export function selectForExport(
  cases: readonly BundleCase<AttachmentData>[],
  view: ExportView,
): BundleResult<ExportSelection<AttachmentData>> {
  if (cases.length === 0) return bundleFail('case-invalid', 'no case selected');
  const seen = new Set<string>();
  const items: PreviewItem[] = [];
  const leaks: ConfidentialityHit[] = [];
  const selected: BundleCase<AttachmentData>[] = [];
  for (const source of cases) {
    const id = source.document.case.id;
    if (seen.has(id))
      return bundleFail('case-invalid', `case ${source.document.case.ref} selected twice`);
    seen.add(id);
    const result =
      view.kind === 'full'
        ? selectFull(source, items)
        : // The overloads give the vendor view attachments in memory only.
          selectVendor(source as BundleCase, view.vendorContactId, items, leaks);
    if (!result.ok) return result;
    selected.push(result.value);
  }
  return bundleOk({
    view,
    cases: selected,
    items,
    tlp: strictestTlp(selected.map((c) => c.document.case.tlp)),
    leaks,
  });
}

function recorder(items: PreviewItem[], caseRef: string) {
  return (kind: PreviewItemKind, id: string, label: string, included: boolean, note = ''): void => {
    items.push({ caseRef, kind, id, label, included, note });
  };
}

function selectFull<D extends AttachmentData>(
  source: BundleCase<D>,
  items: PreviewItem[],
): BundleResult<BundleCase<D>> {
  const doc = source.document;
  const add = recorder(items, doc.case.ref);
  add('case', doc.case.id, doc.case.title, true);
  for (const e of doc.events) add('event', e.id, `${e.at} ${e.type}`, true);
  if (doc.report) add('report', doc.report.id, doc.report.product.name, true);
  for (const i of doc.involvements ?? []) add('involvement', i.id, i.role, true);
  for (const v of doc.vulnerabilities ?? [])
    add('vulnerability', v.id, v.title.en || v.title.ja, true);
  for (const c of doc.contacts) add('contact', c.id, nameOf(c, 'en'), true);
  for (const m of doc.messages ?? []) add('message', idOf(m), 'message', true);
  for (const d of doc.advisoryDrafts ?? []) add('advisory-draft', idOf(d), 'advisory draft', true);
  for (const a of source.attachments) add('attachment', a.meta.id, a.meta.name, true);
  if (doc.messages === undefined) return bundleOk(source);
  return bundleOk({
    ...source,
    document: { ...doc, messages: doc.messages.map(withoutReadState) },
  });
}

/** A copy without the internal `notes` field. */
function withoutNotes<T extends { notes?: string | undefined }>(record: T): T {
  const copy = { ...record };
  delete copy.notes;
  return copy;
}

const idOf = (record: unknown): string =>
  typeof record === 'object' &&
  record !== null &&
  typeof (record as { id?: unknown }).id === 'string'
    ? (record as { id: string }).id
    : '?';

/** Attachment contents up to this size are searched for other vendors' names. */
const SCANNED_ATTACHMENT_BYTES = 1024 * 1024;

/** Records a vendor view carries whatever they say: without them the vendor has no case. */
const CASE_LEVEL_EVENTS = new Set(['case.created', 'case.updated']);

function selectVendor(
  source: BundleCase,
  vendorContactId: string,
  items: PreviewItem[],
  leaks: ConfidentialityHit[],
): BundleResult<BundleCase> {
  const doc = source.document;
  const add = recorder(items, doc.case.ref);
  const forbidden = forbiddenStrings(doc, vendorContactId);
  // Other vendors (issue 23): names, people, products, addresses. The finder is the views'
  // rule above; the title goes as the case record carries it (it is checked for names).
  const others = confidentialityContext({
    kase: { title: doc.case.title, titleShareable: true },
    involvements: doc.involvements ?? [],
    contacts: doc.contacts,
    affected: (doc.vulnerabilities ?? []).flatMap((v) => v.affected),
    recipientContactIds: [vendorContactId],
  });
  const leak = (value: unknown): string | undefined => {
    const finder = findForbidden(canonicalJson(value), forbidden);
    if (finder !== undefined) return 'names the finder or another party';
    const [hit] = scanRecord(others, value, '');
    return hit === undefined ? undefined : `names another vendor (\u201c${hit.text}\u201d)`;
  };
  /** A record the view must carry: another vendor in it is a leak to override, not a cut. */
  const mustCarry = (record: unknown, label: string): void => {
    leaks.push(...scanRecord(others, record, `${doc.case.ref} ${label}`));
  };

  const caseRecord = withoutNotes(doc.case);
  if (findForbidden(canonicalJson(caseRecord), forbidden) !== undefined) {
    return bundleFail(
      'identity-leak',
      `case ${doc.case.ref}: the case record itself names the finder or another party`,
    );
  }
  mustCarry(caseRecord, 'case');
  add(
    'case',
    doc.case.id,
    doc.case.title,
    true,
    doc.case.notes === undefined ? '' : 'internal notes removed',
  );

  const own = (doc.involvements ?? []).filter((i) => i.contactId === vendorContactId);
  if (own.length === 0)
    return bundleFail(
      'case-invalid',
      `case ${doc.case.ref}: the vendor is not involved in this case`,
    );
  const ownIds = new Set<string>(own.map((i) => i.id));
  const involvements = own.filter((i) => keep('involvement', i.id, i.role, i));
  for (const i of doc.involvements ?? []) {
    if (!ownIds.has(i.id)) add('involvement', i.id, i.role, false, 'another party');
  }

  const events = doc.events.filter((e) => {
    const verdict = vendorEventVerdict(e, ownIds);
    const label = `${e.at} ${e.type}`;
    if (!verdict.keep) add('event', e.id, label, false, verdict.reason);
    if (verdict.keep && CASE_LEVEL_EVENTS.has(e.type)) {
      if (findForbidden(canonicalJson(e), forbidden) === undefined) {
        mustCarry(e, `event ${label}`);
        add('event', e.id, label, true);
        return true;
      }
    }
    return verdict.keep && keep('event', e.id, label, e);
  });

  let report = doc.report;
  if (report) {
    const redacted = redactReport(report);
    report = keep('report', report.id, report.product.name, redacted.report, redacted.note)
      ? redacted.report
      : undefined;
  }

  const vulnerabilities = (doc.vulnerabilities ?? [])
    .map((v) => ({
      ...v,
      affected: v.affected.filter((a) => a.contactId === null || a.contactId === vendorContactId),
    }))
    .filter((v) =>
      keep(
        'vulnerability',
        v.id,
        v.title.en || v.title.ja,
        v,
        'other vendors\u2019 products removed',
      ),
    );

  const contacts = doc.contacts
    .filter((c) => {
      if (c.id === vendorContactId) return true;
      add('contact', c.id, nameOf(c, 'en'), false, 'another party');
      return false;
    })
    .map((c) => withoutNotes(c))
    .filter((c) => keep('contact', c.id, nameOf(c, 'en'), c));

  for (const m of doc.messages ?? [])
    add('message', idOf(m), 'message', false, 'messages are not shared with vendors');
  for (const d of doc.advisoryDrafts ?? [])
    add('advisory-draft', idOf(d), 'advisory draft', false, 'drafts are not shared with vendors');

  const attachments = source.attachments.filter((a: BundleAttachment) => {
    // Contents are searched for other vendors up to a size; a large binary is not text.
    const text = new TextDecoder().decode(a.data);
    const finder = findForbidden(`${a.meta.name}\n${text}`, forbidden);
    const hit =
      finder !== undefined
        ? 'names the finder or another party'
        : leak(a.data.length <= SCANNED_ATTACHMENT_BYTES ? [a.meta.name, text] : a.meta.name);
    add('attachment', a.meta.id, a.meta.name, hit === undefined, hit ?? '');
    return hit === undefined;
  });

  const document: CaseDocument = {
    format: doc.format,
    case: caseRecord,
    events,
    contacts,
    involvements,
    vulnerabilities,
  };
  if (report) document.report = report;
  return bundleOk({ document, attachments });

  function keep(
    kind: PreviewItemKind,
    id: string,
    label: string,
    record: unknown,
    note = '',
  ): boolean {
    const hit = leak(record);
    add(kind, id, label, hit === undefined, hit ?? note);
    return hit === undefined;
  }
}

/** The leaks of a selection in words, for a refusal (CLI, logs). */
export const describeLeaks = (leaks: readonly ConfidentialityHit[]): string =>
  leaks.map((h) => describeHit(h, 'en')).join('; ');
