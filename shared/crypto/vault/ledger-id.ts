import { toHex } from '../canonical-json';
import { buf, utf8 } from './bytes';

/** Prefix of a ledger row id made by `ledgerRowId`; a row without it is an older one, still
 *  stored under the sender's bundle id in the clear (it reads the same). */
export const LEDGER_ROW_PREFIX = 'lg1-';

/**
 * The id a bundle ledger row is stored under: the HMAC-SHA-256 of the sender's bundle id
 * under the vault's ledger key (issue 29). Someone holding the disk cannot tell from the
 * ids which bundles were imported; the same bundle always gets the same id under one key.
 */
export const ledgerRowId = async (key: CryptoKey, bundleId: string): Promise<string> => {
  const mac = await globalThis.crypto.subtle.sign('HMAC', key, buf(utf8(bundleId)));
  return `${LEDGER_ROW_PREFIX}${toHex(new Uint8Array(mac))}`;
};
