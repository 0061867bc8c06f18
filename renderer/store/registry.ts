import {
  recordTypes,
  type AdvisoryDraft,
  type AttachmentMeta,
  type BundleLedgerEntry,
  type Case,
  type CaseEvent,
  type Contact,
  type CveIdRecord,
  type Involvement,
  type KeyRecord,
  type MessageRecord,
  type RecordType,
  type Report,
  type Settings,
  type Vulnerability,
} from '../../shared/model';
import type { Registry, TableSpec } from './types';

export type { KeyRecord, MessageRecord };

/** The one settings record of a vault is stored under this id. */
export const SETTINGS_ID = 'settings';

export type AirlockRecords = {
  cases: Case;
  caseEvents: CaseEvent;
  reports: Report;
  vulnerabilities: Vulnerability;
  contacts: Contact;
  involvements: Involvement;
  messages: MessageRecord;
  keys: KeyRecord;
  advisoryDrafts: AdvisoryDraft;
  settings: Settings;
  bundleLedger: BundleLedgerEntry;
  attachments: AttachmentMeta;
  cveIds: CveIdRecord;
};

/** A table's parser and case link, from the record registry (shared/model/registry.ts). */
const stored = <T>(type: RecordType<T>): Pick<TableSpec<T>, 'parse' | 'caseIdOf'> =>
  type.caseIdOf === undefined
    ? { parse: type.parse }
    : { parse: type.parse, caseIdOf: type.caseIdOf };

/** Each table holds one record kind of the registry; what is the store's own (the id it is
 *  kept under, a unique value, append-only) is added here. */
export const airlockRegistry: Registry<AirlockRecords> = {
  cases: { ...stored(recordTypes.case), idOf: (c) => c.id, uniqueOf: (c) => c.ref },
  caseEvents: { ...stored(recordTypes.caseEvent), idOf: (e) => e.id, appendOnly: true },
  reports: { ...stored(recordTypes.report), idOf: (r) => r.id },
  vulnerabilities: { ...stored(recordTypes.vulnerability), idOf: (v) => v.id },
  contacts: { ...stored(recordTypes.contact), idOf: (c) => c.id },
  involvements: { ...stored(recordTypes.involvement), idOf: (i) => i.id },
  messages: { ...stored(recordTypes.message), idOf: (m) => m.id },
  keys: { ...stored(recordTypes.key), idOf: (k) => k.id, uniqueOf: (k) => k.fingerprint },
  advisoryDrafts: { ...stored(recordTypes.advisoryDraft), idOf: (d) => d.id },
  settings: { ...stored(recordTypes.settings), idOf: () => SETTINGS_ID },
  bundleLedger: { ...stored(recordTypes.bundleLedgerEntry), idOf: (b) => b.bundleId },
  attachments: { ...stored(recordTypes.attachmentMeta), idOf: (a) => a.id },
  cveIds: { ...stored(recordTypes.cveId), idOf: (c) => c.id },
};
