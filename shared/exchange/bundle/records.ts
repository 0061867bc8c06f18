// Turns verified files into typed case documents. Every record goes through its parser in the
// record registry (shared/model/registry.ts, which applies migrations), and every record must
// belong to the case whose folder holds it (the registry's `caseIdOf`): a bundle for one case
// cannot smuggle events into another.
import { CASE_DOCUMENT_FORMAT, type CaseDocument } from '../../model/case-document';
import { recordTypes } from '../../model/registry';
import type { VersionedParser } from '../../model/versioned';
import { parseBundleAttachment, type BundleAttachmentMeta, type BundleCase } from './content';
import { utf8DecodeStrict } from './digest';
import { bundleFail, bundleOk, type BundleResult } from './errors';
import {
  attachmentPath,
  casePrefix,
  recordPath,
  RECORD_FILE_KINDS,
  type RecordFileKind,
} from './layout';
import type { BundleManifest } from './manifest';

function readJson(path: string, bytes: Uint8Array): BundleResult<unknown> {
  const text = utf8DecodeStrict(bytes);
  try {
    if (text === undefined) throw new Error('not UTF-8');
    return bundleOk(JSON.parse(text) as unknown);
  } catch (error) {
    return bundleFail(
      'record-invalid-json',
      `'${path}': ${error instanceof Error ? error.message : 'unreadable'}`,
    );
  }
}

function parseOne<T>(
  path: string,
  value: unknown,
  parse: VersionedParser<T>,
  index?: number,
): BundleResult<T> {
  const result = parse(value);
  if (result.ok) return bundleOk(result.value);
  const where = index === undefined ? path : `${path}[${index}]`;
  const issues = result.error.issues.slice(0, 3).join('; ');
  return bundleFail(
    'record-invalid',
    `'${where}': ${result.error.message}${issues ? ` (${issues})` : ''}`,
  );
}

function parseList<T>(path: string, value: unknown, parse: VersionedParser<T>): BundleResult<T[]> {
  if (!Array.isArray(value))
    return bundleFail('record-invalid', `'${path}': expected a JSON array`);
  const out: T[] = [];
  for (const [index, item] of value.entries()) {
    const parsed = parseOne(path, item, parse, index);
    if (!parsed.ok) return parsed;
    out.push(parsed.value);
  }
  return bundleOk(out);
}

/** Checks that each record names the folder's case (records without a case id are exempt). */
function sameCase<T>(
  path: string,
  caseId: string,
  records: readonly T[],
  caseIdOf: (record: T) => string | null,
): BundleResult<true> {
  for (const [index, record] of records.entries()) {
    const other = caseIdOf(record);
    if (other !== null && other !== caseId) {
      return bundleFail(
        'record-case-mismatch',
        `'${path}[${index}]' belongs to case ${JSON.stringify(other)}, not ${caseId}`,
      );
    }
  }
  return bundleOk(true);
}

/** A case as parsed, its attachments' data whatever the reader kept of each blob. */
export type ParsedCase<B> = {
  document: CaseDocument;
  attachments: { meta: BundleAttachmentMeta; data: B }[];
};

/** Something of a blob's that tells its size: its bytes, or (a blob left in the ZIP) its entry. */
type Sized = { readonly length: number } | { readonly uncompressedSize: number };
const sizeOf = (blob: Sized): number => ('length' in blob ? blob.length : blob.uncompressedSize);

export function parseBundleCases(
  manifest: BundleManifest,
  files: ReadonlyMap<string, Uint8Array>,
): BundleResult<BundleCase[]>;
/** Blobs kept apart from the records (`readBundleZipFrom`): `blobs` holds every blob path. */
export function parseBundleCases<B extends Sized>(
  manifest: BundleManifest,
  files: ReadonlyMap<string, Uint8Array>,
  blobs: ReadonlyMap<string, B>,
): BundleResult<ParsedCase<B>[]>;
export function parseBundleCases(
  manifest: BundleManifest,
  files: ReadonlyMap<string, Uint8Array>,
  blobs: ReadonlyMap<string, Sized> = files,
): BundleResult<ParsedCase<Sized>[]> {
  const caseIds = new Set(manifest.cases.map((c) => c.id));
  if (caseIds.size !== manifest.cases.length)
    return bundleFail('manifest-invalid', 'a case is listed twice');
  for (const file of manifest.files) {
    const owner = file.caseId;
    if (owner === undefined || !caseIds.has(owner) || !file.path.startsWith(casePrefix(owner))) {
      return bundleFail('manifest-invalid', `'${file.path}' is not inside a listed case's folder`);
    }
    const expected = file.kind === 'attachment-blob' ? undefined : recordPath(owner, file.kind);
    if (expected !== undefined && file.path !== expected) {
      return bundleFail(
        'manifest-invalid',
        `'${file.path}' is not where a '${file.kind}' file belongs`,
      );
    }
  }
  // The manifest's hashes were checked against the bytes (read.ts): an attachment record
  // must name the same digest as its blob's.
  const hashes = new Map(manifest.files.map((f) => [f.path, f.sha256]));
  const out: ParsedCase<Sized>[] = [];
  for (const listed of manifest.cases) {
    const one = parseCaseFolder(listed, files, blobs, hashes);
    if (!one.ok) return one;
    out.push(one.value);
  }
  return bundleOk(out);
}

function parseCaseFolder(
  listed: { id: string; ref: string },
  files: ReadonlyMap<string, Uint8Array>,
  blobs: ReadonlyMap<string, Sized>,
  hashes: ReadonlyMap<string, string>,
): BundleResult<ParsedCase<Sized>> {
  const caseId = listed.id;
  const raw: Partial<Record<RecordFileKind, unknown>> = {};
  for (const kind of RECORD_FILE_KINDS) {
    const path = recordPath(caseId, kind);
    const bytes = files.get(path);
    if (bytes === undefined) continue;
    const value = readJson(path, bytes);
    if (!value.ok) return value;
    raw[kind] = value.value;
  }
  for (const required of ['case', 'events', 'contacts', 'attachments'] as const) {
    if (raw[required] === undefined)
      return bundleFail(
        'manifest-invalid',
        `case ${listed.ref} has no ${recordPath(caseId, required)}`,
      );
  }
  const p = (kind: RecordFileKind): string => recordPath(caseId, kind);
  const kase = parseOne(p('case'), raw.case, recordTypes.case.parse);
  if (!kase.ok) return kase;
  if (kase.value.id !== caseId || kase.value.ref !== listed.ref) {
    return bundleFail(
      'record-case-mismatch',
      `'${p('case')}' holds case ${kase.value.ref} (${kase.value.id}), the manifest says ${listed.ref} (${caseId})`,
    );
  }
  const events = parseList(p('events'), raw.events, recordTypes.caseEvent.parse);
  if (!events.ok) return events;
  const contacts = parseList(p('contacts'), raw.contacts, recordTypes.contact.parse);
  if (!contacts.ok) return contacts;
  const involvements = parseList(
    p('involvements'),
    raw.involvements ?? [],
    recordTypes.involvement.parse,
  );
  if (!involvements.ok) return involvements;
  const vulnerabilities = parseList(
    p('vulnerabilities'),
    raw.vulnerabilities ?? [],
    recordTypes.vulnerability.parse,
  );
  if (!vulnerabilities.ok) return vulnerabilities;
  const messages = parseList(p('messages'), raw.messages ?? [], recordTypes.message.parse);
  if (!messages.ok) return messages;
  const drafts = parseList(
    p('advisory-drafts'),
    raw['advisory-drafts'] ?? [],
    recordTypes.advisoryDraft.parse,
  );
  if (!drafts.ok) return drafts;
  const metas = parseList(p('attachments'), raw.attachments, parseBundleAttachment);
  if (!metas.ok) return metas;
  const report =
    raw.report === undefined
      ? bundleOk(undefined)
      : parseOne(p('report'), raw.report, recordTypes.report.parse);
  if (!report.ok) return report;
  const checks = [
    sameCase(p('events'), caseId, events.value, recordTypes.caseEvent.caseIdOf),
    sameCase(p('involvements'), caseId, involvements.value, recordTypes.involvement.caseIdOf),
    sameCase(
      p('vulnerabilities'),
      caseId,
      vulnerabilities.value,
      recordTypes.vulnerability.caseIdOf,
    ),
    sameCase(p('messages'), caseId, messages.value, recordTypes.message.caseIdOf),
    sameCase(p('advisory-drafts'), caseId, drafts.value, recordTypes.advisoryDraft.caseIdOf),
    sameCase(p('attachments'), caseId, metas.value, (a) => a.caseId),
    sameCase(
      p('report'),
      caseId,
      report.value === undefined ? [] : [report.value],
      recordTypes.report.caseIdOf,
    ),
  ];
  for (const same of checks) if (!same.ok) return same;
  const attachments = pairAttachments(caseId, metas.value, blobs, hashes);
  if (!attachments.ok) return attachments;

  const document: CaseDocument = {
    format: CASE_DOCUMENT_FORMAT,
    case: kase.value,
    events: events.value,
    contacts: contacts.value,
    involvements: involvements.value,
    vulnerabilities: vulnerabilities.value,
  };
  if (report.value !== undefined) document.report = report.value;
  if (raw.messages !== undefined) document.messages = messages.value;
  if (raw['advisory-drafts'] !== undefined) document.advisoryDrafts = drafts.value;
  return bundleOk({ document, attachments: attachments.value });
}

function pairAttachments(
  caseId: string,
  metas: ReadonlyArray<BundleAttachmentMeta>,
  files: ReadonlyMap<string, Sized>,
  hashes: ReadonlyMap<string, string>,
): BundleResult<ParsedCase<Sized>['attachments']> {
  const out: ParsedCase<Sized>['attachments'] = [];
  const described = new Set<string>();
  for (const meta of metas) {
    const path = attachmentPath(caseId, meta.id);
    const data = files.get(path);
    if (data === undefined || described.has(path)) {
      return bundleFail(
        'record-reference-missing',
        `attachment ${meta.id} has no (or a shared) blob '${path}'`,
      );
    }
    if (sizeOf(data) !== meta.size)
      return bundleFail(
        'record-reference-missing',
        `attachment ${meta.id}: blob size differs from its record`,
      );
    if (hashes.get(path) !== meta.sha256)
      return bundleFail(
        'hash-mismatch',
        `attachment ${meta.id}: the SHA-256 in its record is not the blob's`,
      );
    described.add(path);
    out.push({ meta, data });
  }
  for (const path of files.keys()) {
    if (path.startsWith(`${casePrefix(caseId)}attachments/`) && !described.has(path)) {
      return bundleFail('record-reference-missing', `blob '${path}' has no attachment record`);
    }
  }
  return bundleOk(out);
}
