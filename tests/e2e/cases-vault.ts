// Builds an encrypted Airlock vault for a generated corpus in Node with the vault's own
// crypto (shared/crypto/vault: Argon2id header, HKDF record key, AES-GCM envelopes bound to
// table|id|version), as raw IndexedDB rows. The e2e test copies these rows into the
// browser profile's database, like moving a vault to another laptop, and then unlocks it
// through the UI. Going through the store's transact() under fake-indexeddb was measured
// at over 8 minutes for 10k cases on the CI machine; this takes seconds.
import {
  createVaultHeader,
  deriveVaultKeys,
  sealRecord,
  toBase64,
  type Envelope,
} from '../../shared/crypto/vault';
import { TEST_KDF } from '../../shared/crypto/vault/test-kdf';
import type { Page } from 'playwright-core';
import type { GeneratedCorpus } from '../generators/cases';

/** Rows per object store; bytes as base64 strings so they cross into the page as JSON. */
export type VaultRows = Record<string, Record<string, unknown>[]>;

const jsonSafe = (e: Envelope): Record<string, unknown> => ({
  ...e,
  iv: { $b64: toBase64(e.iv) },
  ct: { $b64: toBase64(e.ct) },
});

export async function buildVaultRows(
  corpus: GeneratedCorpus,
  passphrase: string,
  options: { events?: boolean } = {},
): Promise<VaultRows> {
  const { header, master } = await createVaultHeader(passphrase, { override: TEST_KDF });
  const keys = await deriveVaultKeys(master, header.vaultId);
  const seal = async (table: string, records: readonly { id: string }[]) =>
    (await Promise.all(records.map((r) => sealRecord(keys.record, table, r.id, r)))).map(jsonSafe);
  return {
    meta: [{ id: 'vault', header }],
    contacts: await seal('contacts', corpus.contacts),
    cases: await seal('cases', corpus.cases),
    involvements: await seal('involvements', corpus.involvements),
    // Events make timelines and exact deadlines; the 10k test leaves them out for speed
    // (its cases then fold from the stored records alone).
    caseEvents: options.events === true ? await seal('caseEvents', corpus.events) : [],
  };
}

/** Copies the vault rows into the app's IndexedDB (created by the app on first start). */
export async function installVault(page: Page, vault: VaultRows): Promise<void> {
  for (const [store, list] of Object.entries(vault)) {
    for (let i = 0; i < list.length; i += 2500) {
      await page.evaluate(
        async ({ store, chunk }) => {
          const revive = (v: unknown): unknown => {
            if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
              const o = v as Record<string, unknown>;
              if (typeof o.$b64 === 'string')
                return Uint8Array.from(atob(o.$b64), (c) => c.charCodeAt(0));
              return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, revive(x)]));
            }
            return v;
          };
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const req = indexedDB.open('airlock');
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(new Error(String(req.error)));
          });
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction(store, 'readwrite');
            for (const row of chunk) tx.objectStore(store).put(revive(row));
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(new Error(String(tx.error)));
          });
          db.close();
        },
        { store, chunk: list.slice(i, i + 2500) },
      );
    }
  }
}
