// Serialises a selection into the bundle's ZIP: one JSON file per record collection, one
// blob per attachment, and `manifest.json` (first entry, so `unzip -l` shows it first)
// listing every other file with its size and SHA-256.
import type { AttachmentData, AttachmentSource, BundleCase } from './content';
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
import { writeZip, zipStream, type ZipInput } from './zip-write';

export type BundleProgress = { phase: 'hash' | 'zip' | 'encrypt'; done: number; total: number };

export type BundleHeader = {
  bundleId: string;
  createdAt: string;
  senderFingerprint: string;
  recipientFingerprints: readonly string[];
};

export type PlannedFile = { path: string; kind: BundleFileKind; caseId: string; size: number } & (
  | { data: Uint8Array; sha256: null }
  /** A source's SHA-256 is its metadata's (its bytes are read only into the ZIP). */
  | { data: AttachmentSource; sha256: string }
);

const json = (value: unknown): Uint8Array => utf8Encode(`${JSON.stringify(value, null, 2)}\n`);

/** The files a selection turns into, in ZIP order (sizes are exact: the preview shows them). */
export function planFiles(cases: readonly BundleCase<AttachmentData>[]): PlannedFile[] {
  const files: PlannedFile[] = [];
  for (const { document: doc, attachments } of cases) {
    const caseId = doc.case.id;
    const record = (kind: RecordFileKind, value: unknown): void => {
      const data = json(value);
      files.push({
        path: recordPath(caseId, kind),
        kind,
        caseId,
        data,
        size: data.length,
        sha256: null,
      });
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
        ...(a.data instanceof Uint8Array
          ? { data: a.data, size: a.data.length, sha256: null }
          : { data: a.data, size: a.meta.size, sha256: a.meta.sha256 }),
      });
    }
  }
  return files;
}

const viewName = (selection: ExportSelection<AttachmentData>): BundleView => selection.view.kind;

/** The manifest and the ZIP's entries in order (manifest first), nothing written yet. */
async function bundleEntries(
  selection: ExportSelection<AttachmentData>,
  header: BundleHeader,
  onProgress?: (progress: BundleProgress) => void,
): Promise<{ inputs: ZipInput[]; manifest: BundleManifest }> {
  const files = planFiles(selection.cases);
  const total = files.reduce((sum, f) => sum + f.size, 0);
  const entries: ManifestFile[] = [];
  let hashed = 0;
  for (const file of files) {
    entries.push({
      path: file.path,
      size: file.size,
      sha256: file.sha256 === null ? await sha256Hex(file.data) : file.sha256,
      kind: file.kind,
      caseId: file.caseId,
    });
    hashed += file.size;
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
  const manifestBytes = json(manifest);
  const inputs: ZipInput[] = [
    { path: MANIFEST_PATH, data: manifestBytes, size: manifestBytes.length, compress: true },
    // Attachments are often already compressed (archives, images, videos): store them.
    ...files.map((f) => ({
      path: f.path,
      data: f.data,
      size: f.size,
      compress: f.kind !== 'attachment-blob',
    })),
  ];
  return { inputs, manifest };
}

const zipProgress =
  (onProgress?: (progress: BundleProgress) => void) => (done: number, all: number) =>
    onProgress?.({ phase: 'zip', done, total: all });

export async function writeBundleZip(
  selection: ExportSelection<AttachmentData>,
  header: BundleHeader,
  onProgress?: (progress: BundleProgress) => void,
): Promise<{ zip: Uint8Array; manifest: BundleManifest }> {
  const { inputs, manifest } = await bundleEntries(selection, header, onProgress);
  const zip = await writeZip(inputs, new Date(header.createdAt), zipProgress(onProgress));
  return { zip, manifest };
}

/** The same ZIP as a pull stream: an attachment source is read as the ZIP is consumed. */
export async function bundleZipStream(
  selection: ExportSelection<AttachmentData>,
  header: BundleHeader,
  onProgress?: (progress: BundleProgress) => void,
): Promise<{ zip: ReadableStream<Uint8Array>; manifest: BundleManifest }> {
  const { inputs, manifest } = await bundleEntries(selection, header, onProgress);
  return { zip: zipStream(inputs, new Date(header.createdAt), zipProgress(onProgress)), manifest };
}
