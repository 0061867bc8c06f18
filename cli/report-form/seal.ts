// The report form's cryptography, apart from the page's DOM so that the interop suite runs
// the very function the page runs (in Node, against real GnuPG): the document as JSON text,
// encrypted to the coordinator's key, signed by the finder's own key when they load one.
import * as openpgp from 'openpgp';
import { encryptArmored } from '../../shared/crypto/pgp/calls';
import type { ReportFormDocument } from '../../shared/exchange/report-form/document';

/** The finder's armored secret key, unlocked by their passphrase (unless it has none). */
export async function unlockFinderKey(
  armoredKey: string,
  passphrase: string,
): Promise<openpgp.PrivateKey> {
  const key = await openpgp.readPrivateKey({ armoredKey });
  if (key.isDecrypted()) return key;
  return openpgp.decryptKey({ privateKey: key, passphrase });
}

/** The armored OpenPGP message the form saves. */
export async function sealReport(
  document: ReportFormDocument,
  coordinatorKey: string,
  signer: openpgp.PrivateKey | null,
): Promise<string> {
  const recipient = await openpgp.readKey({ armoredKey: coordinatorKey });
  const message = await openpgp.createMessage({ text: JSON.stringify(document) });
  return encryptArmored({
    message,
    encryptionKeys: recipient,
    ...(signer === null ? {} : { signingKeys: signer }),
    format: 'armored',
    // SEIPDv1 for a v4 key: what GnuPG 2.2 and every mail client the coordinator uses read.
    config: { aeadProtect: false },
  });
}
