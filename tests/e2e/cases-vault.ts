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
import { TEST_KDF } from '../../shared/crypto/vault/testing/test-kdf';
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
  options: { events?: boolean; extra?: Record<string, readonly { id: string }[]> } = {},
): Promise<VaultRows> {
  const { header, master } = await createVaultHeader(passphrase, { override: TEST_KDF });
  const keys = await deriveVaultKeys(master, header.vaultId);
  const seal = async (table: string, records: readonly { id: string }[]) =>
    (await Promise.all(records.map((r) => sealRecord(keys.record, table, r.id, r)))).map(jsonSafe);
  const rows: VaultRows = {
    meta: [{ id: 'vault', header }],
    contacts: await seal('contacts', corpus.contacts),
    cases: await seal('cases', corpus.cases),
    involvements: await seal('involvements', corpus.involvements),
    // Events make timelines and exact deadlines; the 10k test leaves them out for speed
    // (its cases then fold from the stored records alone).
    caseEvents: options.events === true ? await seal('caseEvents', corpus.events) : [],
  };
  // Other tables a test needs (an advisory draft), sealed with the same keys.
  for (const [table, list] of Object.entries(options.extra ?? {})) {
    rows[table] = await seal(table, list);
  }
  return rows;
}

/** Copies the vault rows into the app's IndexedDB (created by the app on first start).
 *  Large chunks keep the number of page round trips small; base64 is decoded with a lookup
 *  table, as Uint8Array.from(string, fn) calls back once per character and was the slow part. */
export async function installVault(page: Page, vault: VaultRows, chunkSize = 5000): Promise<void> {
  for (const [store, list] of Object.entries(vault)) {
    for (let i = 0; i < list.length; i += chunkSize) {
      await page.evaluate(
        async ({ store, chunk }) => {
          const table = new Uint8Array(128);
          const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
          for (let k = 0; k < alphabet.length; k++) table[alphabet.charCodeAt(k)] = k;
          const decode = (b64: string): Uint8Array => {
            const clean = b64.replace(/=+$/, '');
            const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
            let o = 0;
            for (let k = 0; k < clean.length; k += 4) {
              const a = table[clean.charCodeAt(k)] ?? 0;
              const b = table[clean.charCodeAt(k + 1)] ?? 0;
              const c = table[clean.charCodeAt(k + 2)] ?? 0;
              const d = table[clean.charCodeAt(k + 3)] ?? 0;
              const n = (a << 18) | (b << 12) | (c << 6) | d;
              if (o < out.length) out[o++] = (n >> 16) & 255;
              if (o < out.length) out[o++] = (n >> 8) & 255;
              if (o < out.length) out[o++] = n & 255;
            }
            return out;
          };
          const revive = (v: unknown): unknown => {
            if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
              const o = v as Record<string, unknown>;
              if (typeof o.$b64 === 'string') return decode(o.$b64);
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
        { store, chunk: list.slice(i, i + chunkSize) },
      );
    }
  }
}
