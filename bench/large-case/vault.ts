// The large case and its 3-vendor baseline as encrypted vault rows, sealed in Node with the
// vault's own crypto (the way tests/e2e/cases-vault.ts does for the 10k-case list), so the
// bench measures opening a case, not typing one in.
import {
  createVaultHeader,
  deriveVaultKeys,
  sealRecord,
  toBase64,
  type Envelope,
} from '../../shared/crypto/vault';
import { TEST_KDF } from '../../shared/crypto/vault/testing/test-kdf';
import type { VaultRows } from '../../tests/e2e/cases-vault';
import type { LargeCase } from '../../tests/generators/large-case';

const jsonSafe = (e: Envelope): Record<string, unknown> => ({
  ...e,
  iv: { $b64: toBase64(e.iv) },
  ct: { $b64: toBase64(e.ct) },
});

export async function largeCaseVault(
  cases: readonly LargeCase[],
  passphrase: string,
): Promise<VaultRows> {
  const { header, master } = await createVaultHeader(passphrase, { override: TEST_KDF });
  const keys = await deriveVaultKeys(master, header.vaultId);
  const seal = async (table: string, records: readonly { id: string }[]) =>
    (await Promise.all(records.map((r) => sealRecord(keys.record, table, r.id, r)))).map(jsonSafe);
  const all = <T>(pick: (c: LargeCase) => readonly T[]) => cases.flatMap(pick);
  return {
    meta: [{ id: 'vault', header }],
    contacts: await seal(
      'contacts',
      // The baseline's vendors are the first vendors of the large case: one registry.
      [...new Map(all((c) => c.contacts).map((c) => [c.id, c])).values()],
    ),
    cases: await seal(
      'cases',
      cases.map((c) => c.kase),
    ),
    involvements: await seal(
      'involvements',
      all((c) => c.involvements),
    ),
    caseEvents: await seal(
      'caseEvents',
      all((c) => c.events),
    ),
    messages: await seal(
      'messages',
      all((c) => c.messages),
    ),
  };
}
