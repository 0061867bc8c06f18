import {
  linkEntries,
  verifyChain,
  type ChainBreak,
  type ChainLink,
  type Envelope,
  type RecordFinding,
} from '../../shared/crypto/vault';
import {
  AUDIT_ENTRY_SCHEMA_VERSION,
  parseAuditEntry,
  type AuditEntry,
} from '../../shared/model/audit-entry';
import type { RecordCipher } from './cipher';
import type { AuditRow } from './db';

/** `digest` and `ev`: a record row's put (audit chain v2); absent for deletes and for the
 *  vault's own entries (header, anchor, restore). */
export type AuditChange = {
  table: string;
  recordId: string;
  op: 'put' | 'delete';
  digest?: string;
  ev?: number;
  restoredFromSeq?: number;
  supersededMirror?: { seq?: number; tag: string };
};

/** One AuditEntry per changed record, chained after `head`. */
export const buildAuditEntries = (
  changes: readonly AuditChange[],
  head: ChainLink | null,
  at = new Date().toISOString(),
): Promise<AuditEntry[]> =>
  linkEntries<AuditEntry>(
    changes.map((change) => ({ schemaVersion: AUDIT_ENTRY_SCHEMA_VERSION, at, ...change })),
    head,
  );

/**
 * A store transaction's entries are stored together in one encrypted row (id = row
 * number), so a 10k-record import costs one extra envelope, not 10k.
 */
export const sealAuditRow = async (
  cipher: RecordCipher,
  rowId: number,
  entries: readonly AuditEntry[],
): Promise<AuditRow> => ({ ...(await cipher.seal('audit', rowId, entries)), id: rowId });

export type OpenedAudit = {
  entries: (AuditEntry | { seq: number; unreadable: true })[];
  readable: AuditEntry[];
};

/** Decrypts audit rows in id order; an unreadable row becomes an `unreadable` marker. */
export const openAuditRows = async (
  cipher: RecordCipher,
  rows: readonly AuditRow[],
): Promise<OpenedAudit> => {
  const sorted = [...rows].sort((a, b) => a.id - b.id);
  const opened = await Promise.all(sorted.map((row) => cipher.open('audit', row as Envelope)));
  const entries: OpenedAudit['entries'] = [];
  const readable: AuditEntry[] = [];
  let nextSeq = 1;
  for (const result of opened) {
    const list = result.ok && Array.isArray(result.value) ? result.value : null;
    const parsed = list?.map((raw) => parseAuditEntry(raw));
    if (parsed === undefined || parsed.some((p) => !p.ok)) {
      entries.push({ seq: nextSeq, unreadable: true });
      continue;
    }
    for (const p of parsed) {
      if (!p.ok) continue;
      entries.push(p.value);
      readable.push(p.value);
      nextSeq = p.value.seq + 1;
    }
  }
  return { entries, readable };
};

/** Breaks found by comparing the chain with its sealed head (audit-anchor.ts). */
export type AnchorBreakReason = 'tail-missing' | 'head-mismatch' | 'anchor-invalid' | 'rolled-back';
/** A record row that is not what the latest entry naming it wrote (audit chain v2). */
export type RecordBreakReason = 'record-changed' | 'record-missing' | 'record-unexpected';
export type AuditBreak = {
  seq: number;
  reason: ChainBreak['reason'] | AnchorBreakReason | RecordBreakReason;
};

export type AuditVerdict =
  | { ok: true; entries: number; head: string }
  | { ok: false; firstBreak: AuditBreak; records?: RecordFinding[] };

/** Records that do not match a sound chain break it at the first one's entry. (Against a
 *  broken chain or anchor they would be read from entries that cannot be trusted.) */
export const foldRecordFindings = (
  verdict: AuditVerdict,
  records: readonly RecordFinding[],
): AuditVerdict => {
  if (!verdict.ok || records.length === 0) return verdict;
  const first = records.reduce((a, b) => (b.seq < a.seq ? b : a));
  return {
    ok: false,
    firstBreak: { seq: first.seq, reason: `record-${first.problem}` },
    records: [...records],
  };
};

export const verifyAuditEntries = async (opened: OpenedAudit): Promise<AuditVerdict> => {
  const verdict = await verifyChain(opened.entries);
  return verdict.ok ? { ok: true, entries: verdict.length, head: verdict.head } : verdict;
};
