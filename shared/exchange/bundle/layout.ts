// Where each record lives inside the ZIP. One folder per case, one JSON file per record
// collection, one blob per attachment named by its id (the original name stays in the
// metadata, so no name from outside ever becomes a path).
import type { BundleFileKind } from './manifest';

export const casePrefix = (caseId: string): string => `cases/${caseId}/`;

const recordFileNames = {
  case: 'case.json',
  events: 'events.json',
  report: 'report.json',
  involvements: 'involvements.json',
  vulnerabilities: 'vulnerabilities.json',
  contacts: 'contacts.json',
  messages: 'messages.json',
  'advisory-drafts': 'advisory-drafts.json',
  attachments: 'attachments.json',
} as const satisfies Record<Exclude<BundleFileKind, 'attachment-blob'>, string>;

export type RecordFileKind = keyof typeof recordFileNames;

export const RECORD_FILE_KINDS = Object.keys(recordFileNames) as RecordFileKind[];

export const recordPath = (caseId: string, kind: RecordFileKind): string =>
  `${casePrefix(caseId)}${recordFileNames[kind]}`;

export const attachmentPath = (caseId: string, attachmentId: string): string =>
  `${casePrefix(caseId)}attachments/${attachmentId}`;
