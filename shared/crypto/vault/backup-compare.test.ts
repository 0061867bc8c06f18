import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../model/audit-entry';
import { linkEntries } from './audit-chain';
import { compareBackup } from './backup-compare';

const chain = (tables: string[], previous: AuditEntry[] = []) =>
  linkEntries<AuditEntry>(
    tables.map((table, i) => ({
      schemaVersion: 2,
      at: '2026-03-01T00:00:00.000Z',
      table,
      recordId: `${table}-${previous.length + i}`,
      op: 'put' as const,
    })),
    previous.at(-1) ?? null,
  ).then((next) => [...previous, ...next]);

describe('compareBackup', () => {
  it('tells an older backup of this vault, and what would be lost after it', async () => {
    const backupEntries = await chain(['vault', 'cases']);
    const current = await chain(['cases', 'cases', 'contacts'], backupEntries);
    const backup = { createdAt: '2026-03-01T00:00:00.000Z', vaultId: 'v', entries: backupEntries };
    const open = { kind: 'open' as const, vaultId: 'v', entries: current, records: 9 };
    expect(compareBackup(backup, open)).toEqual({
      relation: 'older',
      createdAt: backup.createdAt,
      sameVault: true,
      backupSeq: 2,
      currentSeq: 5,
      lost: { entries: 3, records: 3 },
      olderMasterKey: false,
      needsConfirmation: true,
    });
    expect(compareBackup({ ...backup, entries: current }, open)).toMatchObject({
      relation: 'same',
      needsConfirmation: false,
    });
    expect(
      compareBackup({ ...backup, entries: current }, { ...open, entries: backupEntries }),
    ).toMatchObject({ relation: 'newer', lost: { entries: 0 }, needsConfirmation: false });
  });

  it('says a backup made before a master-key rotation holds the older key', async () => {
    const backupEntries = await chain(['vault', 'cases']);
    const rotated = await linkEntries<AuditEntry>(
      [
        {
          schemaVersion: 2,
          at: '2026-03-02T00:00:00.000Z',
          table: 'vault',
          recordId: 'rotate-key',
          op: 'put',
        },
      ],
      backupEntries.at(-1) ?? null,
    );
    const current = [...backupEntries, ...rotated];
    const backup = { createdAt: '2026-03-01T00:00:00.000Z', vaultId: 'v', entries: backupEntries };
    const open = { kind: 'open' as const, vaultId: 'v', entries: current, records: 1 };
    expect(compareBackup(backup, open)).toMatchObject({ relation: 'older', olderMasterKey: true });
    // A backup made after the rotation, another vault's, or a locked vault: not that.
    expect(compareBackup({ ...backup, entries: current }, open).olderMasterKey).toBe(false);
    expect(compareBackup(backup, { ...open, vaultId: 'w' }).olderMasterKey).toBeNull();
    expect(compareBackup(backup, { kind: 'locked', vaultId: 'v' }).olderMasterKey).toBeNull();
  });

  it('asks for confirmation for a diverged history, another vault, or a locked vault', async () => {
    const shared = await chain(['vault']);
    const mine = await chain(['cases', 'cases'], shared);
    const theirs = await chain(['contacts'], shared);
    const backup = { createdAt: '2026-03-01T00:00:00.000Z', vaultId: 'v', entries: theirs };
    const open = { kind: 'open' as const, vaultId: 'v', entries: mine, records: 2 };
    expect(compareBackup(backup, open)).toMatchObject({
      relation: 'diverged',
      lost: { entries: 2, records: 2 },
      needsConfirmation: true,
    });
    expect(compareBackup(backup, { ...open, vaultId: 'other' })).toMatchObject({
      relation: 'foreign',
      sameVault: false,
      lost: { entries: 3, records: 2 },
      needsConfirmation: true,
    });
    expect(compareBackup(backup, { kind: 'locked', vaultId: 'v' })).toMatchObject({
      relation: 'unknown',
      lost: null,
      needsConfirmation: true,
    });
    expect(compareBackup(backup, { kind: 'empty' })).toMatchObject({
      relation: 'empty',
      needsConfirmation: false,
    });
  });
});
