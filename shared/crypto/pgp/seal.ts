// Sealing: sign with the organisation key, encrypt to every recipient and to ourselves.
import * as openpgp from 'openpgp';
import type { Key, PrivateKey, PublicKey } from 'openpgp';
import { encryptArmored, encryptBinary } from './calls';
import { classifyPgpError, pgpFail, pgpOk, type PgpResult } from './errors';
import { pgpConfig } from './limits';

export type SealFormat = 'armored' | 'binary';

export type SealBinaryInput<F extends SealFormat = SealFormat> = {
  data: Uint8Array;
  /** Vendors' / partners' public keys. The signer's own key is always added. */
  recipientKeys: readonly Key[];
  /** The unlocked organisation key: signs, and receives a copy. */
  signingKey: PrivateKey;
  format: F;
  /** File name recorded in the literal data packet (GnuPG uses it with --use-embedded-filename). */
  filename?: string;
  /** Mark the literal data as UTF-8 text ('u'); the bytes are kept exactly as given. */
  text?: boolean;
  date?: Date;
};

export type Sealed<F extends SealFormat> = F extends 'armored' ? string : Uint8Array;

async function checkEncryptable(keys: readonly PublicKey[], date: Date): Promise<PgpResult<true>> {
  for (const key of keys) {
    try {
      await key.getEncryptionKey(undefined, date);
    } catch (error) {
      const fingerprint = key.getFingerprint().toUpperCase();
      return pgpFail(
        'key-unusable',
        `cannot encrypt to ${fingerprint}: ${classifyPgpError(error).message}`,
      );
    }
  }
  return pgpOk(true);
}

/** Every recipient once (by fingerprint), the signer's own public key last. */
export function sealRecipients(recipientKeys: readonly Key[], signingKey: PrivateKey): PublicKey[] {
  const seen = new Set<string>();
  const out: PublicKey[] = [];
  for (const key of [...recipientKeys, signingKey]) {
    const fingerprint = key.getFingerprint();
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    out.push(key.toPublic());
  }
  return out;
}

/**
 * The checks every seal runs before any data is read: an unlocked signing key that can
 * sign, at least one recipient, and every recipient (and the signer) able to receive.
 * Returns the encryption keys (recipients once each, the signer's own key last).
 */
export async function sealPreflight(
  input: { recipientKeys: readonly Key[]; signingKey: PrivateKey },
  date: Date,
): Promise<PgpResult<PublicKey[]>> {
  if (!input.signingKey.isPrivate() || !input.signingKey.isDecrypted()) {
    return pgpFail('key-locked', 'the signing key must be an unlocked secret key');
  }
  try {
    await input.signingKey.getSigningKey(undefined, date);
  } catch (error) {
    return pgpFail(
      'key-unusable',
      `the signing key cannot sign: ${classifyPgpError(error).message}`,
    );
  }
  if (input.recipientKeys.length === 0)
    return pgpFail('key-unusable', 'at least one recipient key is required');
  const encryptionKeys = sealRecipients(input.recipientKeys, input.signingKey);
  const usable = await checkEncryptable(encryptionKeys, date);
  if (!usable.ok) return usable;
  return pgpOk(encryptionKeys);
}

/**
 * Signs and encrypts bytes as one OpenPGP message (SEIPDv1, v4 signature), readable by
 * GnuPG 2.2, Sequoia 0.27, RNP 0.16 and openpgp.js. The data are not compressed.
 */
export async function sealBinary<F extends SealFormat>(
  input: SealBinaryInput<F>,
): Promise<PgpResult<Sealed<F>>> {
  const date = input.date ?? new Date();
  const ready = await sealPreflight(input, date);
  if (!ready.ok) return ready;
  const encryptionKeys = ready.value;
  try {
    const message = await openpgp.createMessage({
      binary: input.data,
      format: input.text === true ? 'utf8' : 'binary',
      ...(input.filename === undefined ? {} : { filename: input.filename }),
      date,
    });
    const config = pgpConfig();
    const sealed =
      input.format === 'armored'
        ? await encryptArmored({
            message,
            encryptionKeys,
            signingKeys: input.signingKey,
            format: 'armored',
            date,
            config,
          })
        : await encryptBinary({
            message,
            encryptionKeys,
            signingKeys: input.signingKey,
            format: 'binary',
            date,
            config,
          });
    return pgpOk(sealed as Sealed<F>);
  } catch (error) {
    return { ok: false, error: classifyPgpError(error, 'unsupported') };
  }
}

export type SealTextInput = Omit<SealBinaryInput<'armored'>, 'data' | 'format' | 'text'> & {
  text: string;
};

/** Seals UTF-8 text as an ASCII-armored message (the `.asc` vendors open with any tool). */
export async function sealText(input: SealTextInput): Promise<PgpResult<string>> {
  const { text, ...rest } = input;
  return sealBinary({
    ...rest,
    data: new TextEncoder().encode(text),
    format: 'armored',
    text: true,
  });
}
