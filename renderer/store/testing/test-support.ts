import { canonicalJson } from '../../../shared/crypto/canonical-json';
import type { AnchorMirror } from '../../../shared/crypto/vault';
import { TEST_KDF } from '../../../shared/crypto/vault/testing/test-kdf';
import type { Case, CaseId } from '../../../shared/model';
import { sampleCase } from '../../../shared/model/testing/fixtures';
import type { AnchorMirrorPort } from '../audit-anchor';
import { openStore, type AirlockStore, type OpenStoreOptions } from '../open-store';

export const PASSPHRASE = 'correct horse battery staple';

/** A store on its own fresh database, vault created with the cheap test KDF, unlocked. */
export const freshStore = async (
  options: Omit<OpenStoreOptions, 'dbName'> = {},
): Promise<AirlockStore> => {
  const store = await openStore({ dbName: `test-${crypto.randomUUID()}`, ...options });
  const created = await store.create(PASSPHRASE, { kdf: TEST_KDF });
  if (!created.ok) throw new Error(created.error.message);
  return store;
};

/** The n-th synthetic case: unique id and ref, otherwise the shared sample. */
export const makeCase = (n: number, overrides: Partial<Case> = {}): Case => ({
  ...sampleCase(),
  id: crypto.randomUUID() as CaseId,
  ref: `AL-2026-${String(n).padStart(4, '0')}`,
  title: `Case number ${n}`,
  vulnerabilities: [],
  involvements: [],
  ...overrides,
});

export const snapshotRepos = (store: AirlockStore): Record<string, unknown[]> =>
  Object.fromEntries(
    Object.entries(store.repos).map(([table, repo]) => [
      table,
      [...repo.all()].sort((a, b) => canonicalJson(a).localeCompare(canonicalJson(b))),
    ]),
  );

/** The anchor's mirror in memory (localStorage's part in the app). */
export const memoryMirror = (): AnchorMirrorPort & { values: Map<string, AnchorMirror> } => {
  const values = new Map<string, AnchorMirror>();
  return { values, read: (key) => values.get(key), write: (key, value) => values.set(key, value) };
};
