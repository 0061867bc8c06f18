// Case bundles as named operations (ARCHITECTURE.md §7b): export (clearance, confidentiality,
// seal, save, record — `exportBundle`), check a bundle file against the store (the plan and
// the writes it implies, nothing written), and apply an accepted plan in one transaction.
import type { PrivateKey } from '../../../shared/crypto/pgp';
import { importBundle, type BundleResult, type ImportPlan } from '../../../shared/exchange/bundle';
import type { KeyRecord } from '../../../shared/model/key';
import { ok } from '../../../shared/result';
import type { OperationMap } from '../../app/operations';
import type { Platform } from '../../platform';
import { parseKeys } from '../keys';
import { applyImport, planWrites, storeLookup, type BundleStore } from './bundle-store';
import { exportBundle, type ExportInput } from './export-bundle';
import type { CaseWrites } from './import-writes';

export type BundleDeps = { readonly store: BundleStore; readonly platform: Platform };

/** Opens a bundle and plans its import against the store; nothing is written. */
async function checkBundle(
  { store }: BundleDeps,
  input: {
    bytes: Uint8Array;
    decryptionKey: PrivateKey;
    keys: readonly KeyRecord[];
    acceptUnknownSigner?: string;
  },
): Promise<BundleResult<{ plan: ImportPlan; writes: CaseWrites[] }>> {
  const result = await importBundle(input.bytes, {
    decryptionKeys: [input.decryptionKey],
    knownKeys: await parseKeys(input.keys),
    lookup: storeLookup(store),
    ...(input.acceptUnknownSigner === undefined
      ? {}
      : { acceptUnknownSigner: input.acceptUnknownSigner }),
  });
  const us = input.decryptionKey.getFingerprint().toUpperCase();
  return result.ok
    ? ok({ plan: result.value, writes: planWrites(store, result.value, us) })
    : result;
}

export const bundleOperations = {
  exportBundle: ({ store, platform }: BundleDeps, input: ExportInput) =>
    exportBundle(store, platform, input),
  checkBundle,
  /** Writes an accepted plan, all or nothing. */
  applyImport: ({ store }: BundleDeps, input: { plan: ImportPlan; writes: CaseWrites[] }) =>
    applyImport(store, input.plan, input.writes),
} satisfies OperationMap<BundleDeps>;
