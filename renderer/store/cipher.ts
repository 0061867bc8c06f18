import {
  ENVELOPE_VERSION,
  fromUtf8,
  openRecord,
  sealRecord,
  utf8,
  type Envelope,
  type OpenedRecord,
} from '../../shared/crypto/vault';

/** Seals and opens record envelopes for one unlocked session. */
export type RecordCipher = {
  seal(table: string, id: string | number, record: unknown): Promise<Envelope>;
  open(table: string, envelope: Envelope): Promise<OpenedRecord>;
};

export const aesGcmCipher = (recordKey: CryptoKey): RecordCipher => ({
  seal: (table, id, record) => sealRecord(recordKey, table, id, record),
  open: (table, envelope) => openRecord(recordKey, table, envelope),
});

/**
 * CONTROL BUILD ONLY: writes record JSON in clear inside the same envelope shape, so the
 * at-rest canary e2e can prove its scan finds data that is not encrypted. Selected only by
 * `openStore({ plaintextControl: true })`; the app never passes it.
 */
export const plaintextControlCipher = (): RecordCipher => ({
  seal: (table, id, record) =>
    Promise.resolve({
      id,
      kind: table,
      iv: new Uint8Array(12),
      ct: utf8(JSON.stringify(record)),
      v: ENVELOPE_VERSION,
    }),
  open: (table, envelope) => {
    if (envelope.kind !== table) return Promise.resolve({ ok: false });
    try {
      return Promise.resolve({ ok: true, value: JSON.parse(fromUtf8(envelope.ct)) as unknown });
    } catch {
      return Promise.resolve({ ok: false });
    }
  },
});
