import { canonicalJson } from '../../shared/crypto/canonical-json';
import { VaultAbort } from '../../shared/crypto/vault';
import type { AttachmentInput } from './types';
import type { RecordTable } from './db';
import type { TableMemory } from './memory';
import type { RecordMap, Registry } from './types';

export type StagedOp =
  | { table: RecordTable; id: string; op: 'put'; record: unknown }
  | { table: RecordTable; id: string; op: 'delete' };

export type StagedAttachment = { id: string; input: AttachmentInput; bytes: Uint8Array };

/** The callback's view of a transaction: reads see its own staged writes. */
export type Tx<M extends RecordMap> = {
  get<K extends RecordTable>(table: K, id: string): M[K] | undefined;
  /** A case's records of a table, this transaction's staged writes included. */
  byCase<K extends RecordTable>(table: K, caseId: string): readonly M[K][];
  put<K extends Exclude<RecordTable, 'attachments'>>(table: K, record: M[K]): void;
  delete(table: Exclude<RecordTable, 'caseEvents' | 'bundleLedger'>, id: string): void;
  /** Idempotent append: the same event again is a no-op ('duplicate'); a different one with
   *  the same id aborts the transaction (events are immutable). */
  appendEvent(event: M['caseEvents']): 'appended' | 'duplicate';
  /** Stages an encrypted attachment; returns its id. Bytes over the size cap abort. */
  putAttachment(input: AttachmentInput, bytes: Uint8Array): string;
};

const keyOf = (table: string, id: string) => `${table}\u0000${id}`;

const abort = (
  code: 'record.invalid' | 'record.conflict' | 'attachment.too-large',
  message: string,
) => new VaultAbort({ code, message });

export class Staging<M extends RecordMap> implements Tx<M> {
  readonly ops = new Map<string, StagedOp>();
  readonly attachments = new Map<string, StagedAttachment>();

  constructor(
    private readonly registry: Registry<M>,
    private readonly memory: { readonly [K in RecordTable]: TableMemory<unknown> },
    private readonly attachmentCap: () => number,
  ) {}

  get<K extends RecordTable>(table: K, id: string): M[K] | undefined {
    const staged = this.ops.get(keyOf(table, id));
    if (staged !== undefined) return staged.op === 'put' ? staged.record : undefined;
    return this.memory[table].get(id);
  }

  byCase<K extends RecordTable>(table: K, caseId: string): readonly M[K][] {
    const stored = this.memory[table].byCase(caseId) as readonly M[K][];
    if (this.ops.size === 0) return stored;
    const { idOf, caseIdOf } = this.registry[table];
    const ids = new Set(stored.map((r) => idOf(r)));
    const current: M[K][] = [];
    for (const r of stored) {
      const now = this.get(table, idOf(r));
      if (now !== undefined) current.push(now);
    }
    for (const op of this.ops.values()) {
      if (op.table !== table || op.op !== 'put' || ids.has(op.id)) continue;
      const record = op.record as M[K];
      if (caseIdOf?.(record) === caseId) current.push(record);
    }
    return current;
  }

  put<K extends Exclude<RecordTable, 'attachments'>>(table: K, record: M[K]): void {
    this.stagePut(table, record);
  }

  appendEvent(event: M['caseEvents']): 'appended' | 'duplicate' {
    return this.stagePut('caseEvents', event);
  }

  delete(table: Exclude<RecordTable, 'caseEvents' | 'bundleLedger'>, id: string): void {
    if (this.registry[table].appendOnly === true) {
      throw abort('record.conflict', `${table} is append-only: ${id} cannot be deleted`);
    }
    this.ops.set(keyOf(table, id), { table, id, op: 'delete' });
    this.attachments.delete(id);
  }

  putAttachment(input: AttachmentInput, bytes: Uint8Array): string {
    const cap = this.attachmentCap();
    if (bytes.length > cap) {
      throw abort(
        'attachment.too-large',
        `${input.name} is ${bytes.length} bytes; the cap is ${cap}`,
      );
    }
    const id = input.id ?? globalThis.crypto.randomUUID();
    this.attachments.set(id, { id, input, bytes });
    this.ops.delete(keyOf('attachments', id));
    return id;
  }

  private stagePut(table: RecordTable, input: unknown): 'appended' | 'duplicate' {
    const spec = this.registry[table];
    const parsed = spec.parse(input);
    if (!parsed.ok) {
      const detail = parsed.error.issues.slice(0, 5).join('; ');
      throw abort(
        'record.invalid',
        `${parsed.error.message}${detail === '' ? '' : ` (${detail})`}`,
      );
    }
    const id = spec.idOf(parsed.value);
    if (spec.appendOnly === true) {
      const existing = this.get(table, id);
      if (existing !== undefined) {
        if (canonicalJson(existing) === canonicalJson(parsed.value)) return 'duplicate';
        throw abort('record.conflict', `${table} ${id} already exists with different content`);
      }
    }
    this.ops.set(keyOf(table, id), { table, id, op: 'put', record: parsed.value });
    return 'appended';
  }
}
