import type { AdvisoryDraft } from '../../shared/model/advisory-draft';
import { parseAdvisoryDraft } from '../../shared/model/advisory-draft';
import {
  parseBundleLedgerEntry,
  parseCase,
  parseCaseEvent,
  parseContact,
  parseInvolvement,
  parseReport,
  parseSettings,
  parseVulnerability,
  type BundleLedgerEntry,
  type Case,
  type CaseEvent,
  type Contact,
  type Involvement,
  type Report,
  type Settings,
  type Vulnerability,
} from '../../shared/model';
import { parseAttachmentMeta, type AttachmentMeta } from './attachment-meta';
import type { Registry } from './types';

import { parseKeyRecord, type KeyRecord } from '../../shared/model/key';
import { parseMessageRecord, type MessageRecord } from '../../shared/model/message';

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
};

export const airlockRegistry: Registry<AirlockRecords> = {
  cases: { parse: parseCase, idOf: (c) => c.id, caseIdOf: (c) => c.id, uniqueOf: (c) => c.ref },
  caseEvents: {
    parse: parseCaseEvent,
    idOf: (e) => e.id,
    caseIdOf: (e) => e.caseId,
    appendOnly: true,
  },
  reports: { parse: parseReport, idOf: (r) => r.id, caseIdOf: (r) => r.caseId },
  vulnerabilities: { parse: parseVulnerability, idOf: (v) => v.id, caseIdOf: (v) => v.caseId },
  contacts: { parse: parseContact, idOf: (c) => c.id },
  involvements: { parse: parseInvolvement, idOf: (i) => i.id, caseIdOf: (i) => i.caseId },
  messages: { parse: parseMessageRecord, idOf: (m) => m.id, caseIdOf: (m) => m.caseId },
  keys: { parse: parseKeyRecord, idOf: (k) => k.id, uniqueOf: (k) => k.fingerprint },
  advisoryDrafts: { parse: parseAdvisoryDraft, idOf: (d) => d.id, caseIdOf: (d) => d.case.id },
  settings: { parse: parseSettings, idOf: () => SETTINGS_ID },
  bundleLedger: { parse: parseBundleLedgerEntry, idOf: (b) => b.bundleId },
  attachments: { parse: parseAttachmentMeta, idOf: (a) => a.id, caseIdOf: (a) => a.caseId },
};
