import { recordDigestAsync, type ChainLink } from '../../shared/crypto/vault';
import type { AuditEntry } from '../../shared/model/audit-entry';
import { buildAuditEntries, type AuditChange } from './audit-log';
import type { SealedPut } from './write-chunks';

/**
 * A commit's audit entries, chained as its chunks are sealed (audit chain v2: each put's
 * entry carries the SHA-256 of the ciphertext it wrote, so the entries can only be built
 * once the rows are sealed). Chaining each chunk as it comes leaves only the last links and
 * the audit row's seal for the end of the write.
 */
export type CommitAudit = {
  /** Digests a chunk's sealed rows (WebCrypto, alongside the sealing) and chains their entries. */
  addPuts(rows: readonly SealedPut[]): Promise<void>;
  /** Chains the rest (deletes, the vault's own entries) and returns every entry. */
  finish(rest: readonly AuditChange[]): Promise<AuditEntry[]>;
};

export const commitAudit = (head: ChainLink | null, at = new Date().toISOString()): CommitAudit => {
  const entries: AuditEntry[] = [];
  // Chunks are chained in the order they were sealed; each waits for the previous one.
  let chained = Promise.resolve();
  const link = async (changes: readonly AuditChange[]) => {
    if (changes.length === 0) return;
    entries.push(...(await buildAuditEntries(changes, entries.at(-1) ?? head, at)));
  };
  return {
    addPuts: async (rows) => {
      const digests = await Promise.all(rows.map(({ row }) => recordDigestAsync(row)));
      const changes = rows.map(({ table, row }, i): AuditChange => ({
        table,
        recordId: row.id,
        op: 'put',
        digest: digests[i] ?? '',
        ev: row.v,
      }));
      chained = chained.then(() => link(changes));
      await chained;
    },
    finish: async (rest) => {
      await chained;
      await link(rest);
      return entries;
    },
  };
};
