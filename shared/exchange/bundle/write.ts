// Serialises a selection into the bundle's ZIP: one JSON file per record collection, one
// blob per attachment, and `manifest.json` (first entry, so `unzip -l` shows it first)
// listing every other file with its size and SHA-256.
import type { BundleCase } from './content';
import { sha256Hex, utf8Encode } from './digest';
import { attachmentPath, recordPath, type RecordFileKind } from './layout';
import {
  BUNDLE_FORMAT,
  MANIFEST_PATH,
  type BundleFileKind,
  type BundleManifest,
  type BundleView,
  type ManifestFile,
} from './manifest';
import type { ExportSelection } from './select';
import { writeZip } from './zip-write';

export type BundleProgress = { phase: 'hash' | 'zip' | 'encrypt'; done: number; total: number };

export type BundleHeader = {
  bundleId: string;
  createdAt: string;
  senderFingerprint: string;
  recipientFingerprints: readonly string[];
};

export type PlannedFile = { path: string; kind: BundleFileKind; caseId: string; data: Uint8Array };

const json = (value: unknown): Uint8Array => utf8Encode(`${JSON.stringify(value, null, 2)}\n`);

/** The files a selection turns into, in ZIP order (sizes are exact: the preview shows them). */
export function planFiles(cases: readonly BundleCase[]): PlannedFile[] {
  const files: PlannedFile[] = [];
  for (const { document: doc, attachments } of cases) {
    const caseId = doc.case.id;
    const record = (kind: RecordFileKind, value: unknown): void => {
      files.push({ path: recordPath(caseId, kind), kind, caseId, data: json(value) });
    };
    record('case', doc.case);
    record('events', doc.events);
    if (doc.report) record('report', doc.report);
    record('involvements', doc.involvements ?? []);
    record('vulnerabilities', doc.vulnerabilities ?? []);
    record('contacts', doc.contacts);
    if (doc.messages) record('messages', doc.messages);
    if (doc.advisoryDrafts) record('advisory-drafts', doc.advisoryDrafts);
    record(
      'attachments',
      attachments.map((a) => a.meta),
    );
    for (const a of attachments) {
      files.push({
        path: attachmentPath(caseId, a.meta.id),
        kind: 'attachment-blob',
        caseId,
        data: a.data,
      });
    }
  }
  return files;
}

const viewName = (selection: ExportSelection): BundleView => selection.view.kind;

export async function writeBundleZip(
  selection: ExportSelection,
  header: BundleHeader,
  onProgress?: (progress: BundleProgress) => void,
): Promise<{ zip: Uint8Array; manifest: BundleManifest }> {
  const files = planFiles(selection.cases);
  const total = files.reduce((sum, f) => sum + f.data.length, 0);
  const entries: ManifestFile[] = [];
  let hashed = 0;
  for (const file of files) {
    entries.push({
      path: file.path,
      size: file.data.length,
      sha256: await sha256Hex(file.data),
      kind: file.kind,
      caseId: file.caseId,
    });
    hashed += file.data.length;
    onProgress?.({ phase: 'hash', done: hashed, total });
  }
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    bundleId: header.bundleId,
    createdAt: header.createdAt,
    generator: 'Airlock',
    sender: { fingerprint: header.senderFingerprint },
    recipients: header.recipientFingerprints.map((fingerprint) => ({ fingerprint })),
    tlp: selection.tlp,
    view: viewName(selection),
    cases: selection.cases.map((c) => ({ id: c.document.case.id, ref: c.document.case.ref })),
    files: entries,
  };
  const zip = writeZip(
    [
      { path: MANIFEST_PATH, data: json(manifest), compress: true },
      // Attachments are often already compressed (archives, images, videos): store them.
      ...files.map((f) => ({ path: f.path, data: f.data, compress: f.kind !== 'attachment-blob' })),
    ],
    new Date(header.createdAt),
    (done, all) => onProgress?.({ phase: 'zip', done, total: all }),
  );
  return { zip, manifest };
}
