// The crash e2e's page (issue 29): the app's own store and write paths (openStore, the
// bundle import's plan and apply, backup and restore), bundled by esbuild and served on the
// app's origin, so it writes the very IndexedDB database and localStorage the app reads.
// The store's `writePoint` hook names each step of a write; at the step the test chose,
// the page asks the test to kill the browser with a synchronous request, which blocks this
// thread right there: the kill lands at that point of the write, mid-transaction included,
// not a few milliseconds later.
import { syntheticCase } from '../../../bench/store/synthetic';
import { readKeysFrom } from '../../../shared/crypto/pgp/keys';
import { TEST_KDF } from '../../../shared/crypto/vault/testing/test-kdf';
import { importBundle } from '../../../shared/exchange/bundle';
import type { PrivateKey } from '../../../shared/crypto/pgp';
import {
  applyImport,
  planWrites,
  storeLookup,
} from '../../../renderer/features/bundles/bundle-store';
import { openStore, type AirlockStore } from '../../../renderer/store/open-store';
import { inProcessRunner } from '../../../renderer/store/search-index-build';
import { PASS } from './passphrase';

let store: AirlockStore | undefined;
const points: string[] = [];

const killHere = (point: string): void => {
  const request = new XMLHttpRequest();
  request.open('GET', `/__crash/kill?at=${encodeURIComponent(point)}`, false);
  request.send();
  throw new Error(`still running after the kill at ${point}`);
};

const the = (): AirlockStore => {
  if (store === undefined) throw new Error('open first');
  return store;
};

const fetchBytes = async (name: string): Promise<Uint8Array> =>
  new Uint8Array(await (await fetch(`/__crash/files/${name}`)).arrayBuffer());

const must = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }) => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

/** Raw rows per object store and the chunk owners, read beside the store. */
const rawCounts = () =>
  new Promise<{ counts: Record<string, number>; chunkOwners: string[] }>((resolve, reject) => {
    const open = indexedDB.open('airlock');
    open.onerror = () => reject(new Error('open failed'));
    open.onsuccess = () => {
      const db = open.result;
      const names = [...db.objectStoreNames];
      const tx = db.transaction(names, 'readonly');
      const counts: Record<string, number> = {};
      for (const name of names) {
        const req = tx.objectStore(name).count();
        req.onsuccess = () => void (counts[name] = req.result);
      }
      const owners = new Set<string>();
      const cursor = tx.objectStore('attachmentChunks').openCursor();
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (c === null) return;
        owners.add((c.value as { aid: string }).aid);
        c.continue();
      };
      tx.oncomplete = () => {
        db.close();
        resolve({ counts, chunkOwners: [...owners].sort() });
      };
    };
  });

const api = {
  open: async (killAt: string | null) => {
    store = await openStore({
      searchRunner: inProcessRunner,
      testHooks: {
        writePoint: (point) => {
          points.push(point);
          if (point === killAt) killHere(point);
        },
      },
    });
    return store.status();
  },
  create: async () => must(await the().create(PASS, { kdf: TEST_KDF })),
  lock: () => the().lock(),
  points: () => [...points],
  /** Rows per object store as IndexedDB has them (a diagnostic when an unlock fails). */
  raw: () => rawCounts(),
  /** Whether the store finds the vault's database gone while the profile says one was here. */
  lost: () => the().vaultLost(),
  /** A small vault to write over: cases and an attachment whose chunks must stay whole. */
  seed: async () => {
    const s = the();
    must(
      await s.transact((tx) => {
        for (let i = 0; i < 3; i += 1) tx.put('cases', syntheticCase(900_000 + i));
      }),
    );
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 31) % 251);
    must(await s.attachments.put({ caseId: null, name: 'seed.bin', mediaType: 'x/y' }, bytes));
  },
  /** The 10k-case import: one commit of `count` generated cases. */
  importCases: async (count: number) => {
    const result = await the().transact((tx) => {
      for (let i = 0; i < count; i += 1) tx.put('cases', syntheticCase(i));
    });
    return result.ok ? 'ok' : result.error.code;
  },
  /** A partner's bundle, as the import screen runs it: open and plan, then apply. */
  importBundle: async (orgSecret: string, partnerPublic: string) => {
    const s = the();
    const [org] = must(await readKeysFrom(orgSecret));
    const partner = must(await readKeysFrom(partnerPublic));
    const plan = must(
      await importBundle(await fetchBytes('bundle'), {
        decryptionKeys: [org as PrivateKey],
        knownKeys: partner,
        lookup: storeLookup(s),
      }),
    );
    const result = await applyImport(s, plan, planWrites(s, plan));
    return result.ok ? 'ok' : result.error.code;
  },
  backup: async () => {
    const file = must(await the().backup());
    await fetch('/__crash/upload/backup', { method: 'POST', body: new Uint8Array(file) });
    return file.length;
  },
  restore: async () => {
    const result = await the().restore(await fetchBytes('backup'), PASS, {
      replaceExisting: true,
      acceptLoss: true,
    });
    return result.ok ? 'ok' : result.error.code;
  },
  /** What the next unlock finds: the state to compare, and every sign of a half write. */
  check: async (withDigest: boolean) => {
    const s = the();
    const unlocked = must(await s.unlock(PASS));
    const verify = must(await s.verifyAuditLog());
    const { counts, chunkOwners } = await rawCounts();
    const attachments = s.attachments.list.all().map((a) => a.id);
    const readable = await Promise.all(
      attachments.map(async (id) => (await s.attachments.read(id)).ok),
    );
    return {
      integrityOk: unlocked.audit.ok,
      mirror: unlocked.audit.mirror,
      loadIssues: unlocked.loadIssues.length,
      verifyOk: verify.ok,
      verify,
      interrupted: s.interruptedWrite(),
      counts,
      orphanChunks: chunkOwners.filter((aid) => !attachments.includes(aid)),
      unreadableAttachments: readable.filter((ok) => !ok).length,
      cases: s.repos.cases.all().length,
      // Only to tell "as before" byte for byte: over 10k rows it costs seconds.
      digest: withDigest ? await s.storeDigest() : '',
    };
  },
};

export type CrashApi = typeof api;
(globalThis as unknown as { crash: CrashApi }).crash = api;
