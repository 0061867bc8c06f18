// Public API of the case bundle format v1 (docs/bundle-format.md).
export type { BundleError, BundleErrorCode, BundleResult, BundleSignerDetail } from './errors';
export { BUNDLE_ERROR_CODES } from './errors';
export type { BundleLimits } from './limits';
export { DEFAULT_BUNDLE_LIMITS } from './limits';
export type { BundleFileKind, BundleManifest, BundleView, ManifestFile } from './manifest';
export { BUNDLE_FORMAT, MANIFEST_PATH, manifestSchema } from './manifest';
export type {
  AttachmentData,
  AttachmentSource,
  BundleAttachment,
  BundleAttachmentMeta,
  BundleCase,
} from './content';
export { bundleAttachmentSchema } from './content';
export type { ExportView } from './views';
export type { ExportSelection, PreviewItem, PreviewItemKind } from './select';
export { selectForExport } from './select';
export type { BundleProgress, PlannedFile } from './write';
export { planFiles, writeBundleZip } from './write';
export type { SealBundleInput, SealedBundle, SealedBundleStream } from './seal';
export { sealBundle, sealBundleStream } from './seal';
export type { CaseImportPlan, ImportLookup, ImportPlan, SignerInfo } from './plan';
export { planImport } from './plan';
export type { OpenBundleOptions, OpenedBundle, SpooledBundle } from './open';
export { checkSigner, importBundle, openBundle, openSpooledBundle } from './open';
export type { ZipBytes, ZipEntry } from './zip-read';
export { inflateChunks } from './zip-read';
export { isAirlockBundleZip } from './recognise';
export type { VerifiedFiles } from './read';
export { readBundleZip } from './read';
export { parseBundleCases } from './records';
export { withLocalReadState, withoutReadState } from './read-state';
