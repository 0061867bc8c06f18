import {
  deriveVaultKeys,
  fromUtf8,
  openBytes,
  parseVaultHeader,
  unwrapMaster,
  type Envelope,
} from '../../shared/crypto/vault';
import { RECORD_TABLES, openDb, type RecordRow, type RecordTable } from '../../renderer/store/db';
import { openAuditRows } from '../../renderer/store/audit-log';
import { aesGcmCipher } from '../../renderer/store/cipher';
import { TableMemory } from '../../renderer/store/memory';
import { airlockRegistry } from '../../renderer/store/registry';
import { airlockSearchConfig } from '../../renderer/store/case-search-doc';
import { buildPackedIndex, unpackCaseIndex } from '../../renderer/store/search-index-build';
import type { StoreView } from '../../renderer/store/context';

// Where an unlock's seconds go: the stages of renderer/store/load.ts run one after the other
// on the same vault's rows, each timed on its own (the store interleaves AES-GCM, JSON.parse
// and zod per batch, so its own marks cannot tell them apart).
const now = () => performance.now();

export type UnlockBreakdown = {
  rows: number;
  /** One read transaction, getAll of every record table and the audit table (as loadAll). */
  indexedDbRead: number;
  /** crypto.subtle.decrypt (AES-256-GCM) and unpadding, in batches of 1,000 as loadAll. */
  aesGcm: number;
  utf8AndJsonParse: number;
  zod: number;
  /** The audit rows opened: AES-GCM, JSON.parse and zod of every entry (openAuditRows). */
  auditOpen: number;
  auditEntries: number;
  /** TableMemory.apply of every table (Maps, unique refs). */
  memoryTables: number;
  /** Every case's search document, JSON and UTF-8 for the worker (main thread in the app). */
  searchDocs: number;
  /** The index build the worker runs, here on this thread, and its unpacking. */
  indexBuild: number;
};

const BATCH = 1000;

export const unlockBreakdown = async (
  dbName: string,
  passphrase: string,
): Promise<UnlockBreakdown> => {
  const db = openDb(dbName);
  await db.open();
  const meta = await db.meta.get('vault');
  const header = parseVaultHeader(meta?.header);
  if (!header.ok) throw new Error('bench: no vault header');
  const master = await unwrapMaster(header.value, passphrase);
  if (!master.ok) throw new Error('bench: wrong passphrase');
  const key = (await deriveVaultKeys(master.value, header.value.vaultId)).record;

  let t = now();
  const [tables, auditRows] = await db.transaction('r', [...RECORD_TABLES, 'audit'], async () => {
    const rows = await Promise.all(
      RECORD_TABLES.map((table) => db.table<RecordRow, string>(table).toArray()),
    );
    return [rows, await db.audit.toArray()] as const;
  });
  const indexedDbRead = now() - t;
  db.close();
  const work = RECORD_TABLES.flatMap((table, i) =>
    (tables[i] ?? []).map((row) => ({ table, row })),
  );

  t = now();
  const plain: (Uint8Array | null)[] = [];
  for (let start = 0; start < work.length; start += BATCH) {
    const batch = work.slice(start, start + BATCH);
    plain.push(
      ...(await Promise.all(batch.map(({ table, row }) => openBytes(key, table, row as Envelope)))),
    );
  }
  const aesGcm = now() - t;

  t = now();
  const json = plain.map((bytes) =>
    bytes === null ? null : (JSON.parse(fromUtf8(bytes)) as unknown),
  );
  const utf8AndJsonParse = now() - t;

  t = now();
  const parsed = new Map<RecordTable, unknown[]>(RECORD_TABLES.map((table) => [table, []]));
  work.forEach(({ table }, i) => {
    const result = airlockRegistry[table].parse(json[i]);
    if (result.ok) parsed.get(table)?.push(result.value);
  });
  const zod = now() - t;

  t = now();
  const audit = await openAuditRows(aesGcmCipher(key), auditRows);
  const auditOpen = now() - t;

  t = now();
  const memory = Object.fromEntries(
    RECORD_TABLES.map((table) => {
      const tableMemory = new TableMemory<unknown>(airlockRegistry[table] as never);
      tableMemory.apply(parsed.get(table) ?? [], []);
      return [table, tableMemory];
    }),
  ) as Record<RecordTable, TableMemory<unknown>>;
  const memoryTables = now() - t;

  t = now();
  const view: StoreView = {
    get: (table, id) => memory[table].get(id),
    byCase: (table, caseId) => memory[table].byCase(caseId),
    all: (table) => memory[table].all(),
  };
  const docs = memory.cases
    .all()
    .map((record) => airlockSearchConfig.docOf((record as { id: string }).id, view))
    .filter((doc) => doc !== null);
  new TextEncoder().encode(JSON.stringify(docs));
  const searchDocs = now() - t;

  t = now();
  unpackCaseIndex(buildPackedIndex(docs, () => undefined));
  const indexBuild = now() - t;

  return {
    rows: work.length,
    indexedDbRead,
    aesGcm,
    utf8AndJsonParse,
    zod,
    auditOpen,
    auditEntries: audit.readable.length,
    memoryTables,
    searchDocs,
    indexBuild,
  };
};
