import { z } from 'zod';

/**
 * Branded identifiers (ARCHITECTURE.md §3). A `CaseId` cannot be passed where a `ContactId` is
 * expected even though both are UUID strings at run time, so mixing up references is a
 * compile error rather than a corrupted link in the store.
 */
const uuid = z.uuid();

export const caseIdSchema = uuid.brand<'CaseId'>();
export type CaseId = z.infer<typeof caseIdSchema>;
export const contactIdSchema = uuid.brand<'ContactId'>();
export type ContactId = z.infer<typeof contactIdSchema>;
export const eventIdSchema = uuid.brand<'EventId'>();
export type EventId = z.infer<typeof eventIdSchema>;
export const involvementIdSchema = uuid.brand<'InvolvementId'>();
export type InvolvementId = z.infer<typeof involvementIdSchema>;
export const vulnerabilityIdSchema = uuid.brand<'VulnerabilityId'>();
export type VulnerabilityId = z.infer<typeof vulnerabilityIdSchema>;
export const reportIdSchema = uuid.brand<'ReportId'>();
export type ReportId = z.infer<typeof reportIdSchema>;
export const attachmentIdSchema = uuid.brand<'AttachmentId'>();
export type AttachmentId = z.infer<typeof attachmentIdSchema>;
export const messageIdSchema = uuid.brand<'MessageId'>();
export type MessageId = z.infer<typeof messageIdSchema>;
export const bundleIdSchema = uuid.brand<'BundleId'>();
export type BundleId = z.infer<typeof bundleIdSchema>;
export const advisoryDraftIdSchema = uuid.brand<'AdvisoryDraftId'>();
export type AdvisoryDraftId = z.infer<typeof advisoryDraftIdSchema>;

// randomUUID() returns an RFC 4122 v4 UUID, which is exactly what the schemas accept;
// the cast only attaches the compile-time brand.
const fresh = (): string => globalThis.crypto.randomUUID();
export const newCaseId = (): CaseId => fresh() as CaseId;
export const newContactId = (): ContactId => fresh() as ContactId;
export const newEventId = (): EventId => fresh() as EventId;
export const newInvolvementId = (): InvolvementId => fresh() as InvolvementId;
export const newVulnerabilityId = (): VulnerabilityId => fresh() as VulnerabilityId;
export const newReportId = (): ReportId => fresh() as ReportId;
export const newAttachmentId = (): AttachmentId => fresh() as AttachmentId;
export const newMessageId = (): MessageId => fresh() as MessageId;
export const newBundleId = (): BundleId => fresh() as BundleId;
export const newAdvisoryDraftId = (): AdvisoryDraftId => fresh() as AdvisoryDraftId;
