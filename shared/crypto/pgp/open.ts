// Opening OpenPGP data from outside: encrypted and/or signed messages, cleartext-signed
// text and detached signatures. All caps are checked before any parsing; every
// signature is evaluated (see signatures.ts); any failure opens nothing.
import * as openpgp from 'openpgp';
import type { Key, Message, PrivateKey } from 'openpgp';
import { asciiPrefix, isArmored, toBytes } from './bytes';
import {
  classifyMessageError,
  classifyPgpError,
  pgpFail,
  pgpOk,
  type PgpError,
  type PgpResult,
} from './errors';
import { DEFAULT_PGP_LIMITS, MAX_LEADING_PACKETS, pgpConfig, type PgpLimits } from './limits';
import { checkLeadingPackets } from './packet-scan';
import { evaluateSignatures, type SignatureReport } from './signatures';

export type OpenInput = {
  /** Armored text or binary packets. */
  data: Uint8Array | string;
  /** Unlocked secret keys that may decrypt (the organisation key). */
  decryptionKeys: readonly PrivateKey[];
  /** Keys whose signatures count as known: the keyring plus the organisation's own key. */
  verificationKeys: readonly Key[];
  /**
   * Require at least one valid signature by a known key, and no invalid one
   * (openpgp.js `expectSigned`): a bundle import uses this; reply import does not.
   */
  requireSignature?: boolean;
  limits?: PgpLimits;
  now?: Date;
};

export type OpenedData = {
  data: Uint8Array;
  encrypted: boolean;
  /** The literal data packet's file name ('' when none). */
  filename: string;
  signatures: SignatureReport[];
};

const encryptedTags = new Set<number>([
  openpgp.enums.packet.publicKeyEncryptedSessionKey,
  openpgp.enums.packet.symEncryptedSessionKey,
  openpgp.enums.packet.symEncryptedIntegrityProtectedData,
  openpgp.enums.packet.aeadEncryptedData,
  openpgp.enums.packet.symmetricallyEncryptedData,
]);

export function isEncrypted(message: Message<Uint8Array | ReadableStream<Uint8Array>>): boolean {
  return message.packets.some((packet) =>
    encryptedTags.has((packet.constructor as unknown as { tag: number }).tag),
  );
}

function fail(
  error: unknown,
  fallback: PgpError['code'] = 'corrupt',
): { ok: false; error: PgpError } {
  return { ok: false, error: classifyPgpError(error, fallback) };
}

/** A failure reading or decrypting a message's packets (see classifyMessageError). */
function messageFail(error: unknown): { ok: false; error: PgpError } {
  return { ok: false, error: classifyMessageError(error) };
}

/** Parses an armored or binary OpenPGP message, telling truncation from garbage. */
export async function readMessageFrom(
  input: Uint8Array | string,
  limits: PgpLimits = DEFAULT_PGP_LIMITS,
): Promise<PgpResult<Message<Uint8Array>>> {
  const bytes = toBytes(input);
  if (bytes.length > limits.maxInputBytes) {
    return pgpFail(
      'too-large',
      `input of ${bytes.length} bytes exceeds the cap of ${limits.maxInputBytes}`,
    );
  }
  if (bytes.length === 0) return pgpFail('not-openpgp', 'the file is empty');
  const config = pgpConfig(limits);
  if (isArmored(bytes)) {
    const text = new TextDecoder().decode(bytes);
    if (!/-----BEGIN PGP MESSAGE-----/.test(text)) {
      return pgpFail('not-openpgp', 'armored data is not a PGP MESSAGE block');
    }
    if (!/-----END PGP MESSAGE-----/.test(text))
      return pgpFail('truncated', 'the armored message has no end line');
    try {
      // Unarmored here (not by readMessage) so the packet headers are counted first.
      const { type, data } = (await openpgp.unarmor(text, { ...openpgp.config, ...config })) as {
        type: openpgp.enums.armor;
        data: Uint8Array;
      };
      if (type !== openpgp.enums.armor.message)
        return pgpFail('not-openpgp', 'armored data is not a PGP MESSAGE block');
      return await readBinaryMessage(data, limits);
    } catch (error) {
      return messageFail(error);
    }
  }
  // A binary OpenPGP packet starts with a byte whose high bit is set.
  if (((bytes[0] ?? 0) & 0x80) === 0) {
    return pgpFail(
      'not-openpgp',
      `not OpenPGP data (starts with "${asciiPrefix(bytes, 16).replace(/[^\x20-\x7e]/g, '.')}")`,
    );
  }
  return readBinaryMessage(bytes, limits);
}

async function readBinaryMessage(
  bytes: Uint8Array,
  limits: PgpLimits,
): Promise<PgpResult<Message<Uint8Array>>> {
  const tooMany = checkLeadingPackets(bytes, limits.maxLeadingPackets ?? MAX_LEADING_PACKETS);
  if (tooMany !== null) return { ok: false, error: tooMany };
  try {
    return pgpOk(await openpgp.readMessage({ binaryMessage: bytes, config: pgpConfig(limits) }));
  } catch (error) {
    return messageFail(error);
  }
}

export function recipientCheck(
  message: Message<Uint8Array | ReadableStream<Uint8Array>>,
  keys: readonly PrivateKey[],
): PgpError | null {
  if (keys.length === 0)
    return { code: 'no-decryption-key', message: 'no secret key was given to decrypt with' };
  const recipients = message.getEncryptionKeyIDs();
  // A wildcard (anonymous) recipient can match any key: let decryption try.
  if (recipients.some((id) => /^0+$/.test(id.toHex()))) return null;
  const ours = recipients.some((id) => keys.some((key) => key.getKeys(id).length > 0));
  if (ours || recipients.length === 0) return null;
  const list = recipients.map((id) => id.toHex().toUpperCase()).join(', ');
  return { code: 'no-decryption-key', message: `the message is encrypted to other keys (${list})` };
}

function signatureGate(signatures: readonly SignatureReport[]): PgpError | null {
  if (signatures.length === 0)
    return { code: 'signature-missing', message: 'the data is not signed' };
  const bad = signatures.find((s) => s.status !== 'valid');
  if (bad !== undefined) {
    const code = bad.status === 'unknown-key' ? 'signature-unknown-key' : 'signature-invalid';
    return { code, message: `signature by ${bad.fingerprint}: ${bad.status} ${bad.detail}`.trim() };
  }
  return null;
}

/** Decrypts (when encrypted) and verifies a message; returns the literal bytes. */
export async function openBinary(input: OpenInput): Promise<PgpResult<OpenedData>> {
  const limits = input.limits ?? DEFAULT_PGP_LIMITS;
  const now = input.now ?? new Date();
  const parsed = await readMessageFrom(input.data, limits);
  if (!parsed.ok) return parsed;
  const message = parsed.value;
  const config = pgpConfig(limits);
  const verificationKeys = [...input.verificationKeys];
  const encrypted = isEncrypted(message);
  try {
    let result: {
      data: Uint8Array;
      signatures: Parameters<typeof evaluateSignatures>[0];
      filename: string;
    };
    if (encrypted) {
      const wrongRecipient = recipientCheck(message, input.decryptionKeys);
      if (wrongRecipient !== null) return { ok: false, error: wrongRecipient };
      result = await openpgp.decrypt({
        message,
        decryptionKeys: [...input.decryptionKeys],
        verificationKeys,
        format: 'binary',
        date: now,
        config,
      });
    } else {
      if (message.getLiteralData() === null) {
        return pgpFail(
          'not-openpgp',
          'no literal data: a key, or a detached signature without its file?',
        );
      }
      const verified = await openpgp.verify({
        message,
        verificationKeys,
        format: 'binary',
        date: now,
        config,
      });
      result = { ...verified, filename: message.getFilename() ?? '' };
    }
    const signatures = await evaluateSignatures(result.signatures, verificationKeys, now);
    if (input.requireSignature === true) {
      const gate = signatureGate(signatures);
      if (gate !== null) return { ok: false, error: gate };
    }
    return pgpOk({ data: result.data, encrypted, filename: result.filename, signatures });
  } catch (error) {
    return messageFail(error);
  }
}

export type OpenedCleartext = { text: string; signatures: SignatureReport[] };

/** Verifies a clearsigned (`-----BEGIN PGP SIGNED MESSAGE-----`) text. */
export async function openCleartext(
  input: string,
  verificationKeys: readonly Key[],
  now: Date = new Date(),
): Promise<PgpResult<OpenedCleartext>> {
  if (!/-----END PGP SIGNATURE-----/.test(input))
    return pgpFail('truncated', 'the clearsigned text has no signature end line');
  try {
    const message = await openpgp.readCleartextMessage({
      cleartextMessage: input,
      config: pgpConfig(),
    });
    const keys = [...verificationKeys];
    const verified = await openpgp.verify({
      message,
      verificationKeys: keys,
      date: now,
      config: pgpConfig(),
    });
    return pgpOk({
      text: message.getText(),
      signatures: await evaluateSignatures(verified.signatures, keys, now),
    });
  } catch (error) {
    return fail(error, 'corrupt');
  }
}

/** Verifies a detached signature (`.sig` binary or `.asc` armored) over a file's bytes. */
export async function verifyDetached(
  data: Uint8Array,
  signature: Uint8Array | string,
  verificationKeys: readonly Key[],
  now: Date = new Date(),
): Promise<PgpResult<SignatureReport[]>> {
  const sigBytes = toBytes(signature);
  try {
    const sig = isArmored(sigBytes)
      ? await openpgp.readSignature({
          armoredSignature: new TextDecoder().decode(sigBytes),
          config: pgpConfig(),
        })
      : await openpgp.readSignature({ binarySignature: sigBytes, config: pgpConfig() });
    const message = await openpgp.createMessage({ binary: data });
    const keys = [...verificationKeys];
    const verified = await openpgp.verify({
      message,
      signature: sig,
      verificationKeys: keys,
      date: now,
      config: pgpConfig(),
    });
    return pgpOk(await evaluateSignatures(verified.signatures, keys, now));
  } catch (error) {
    return fail(error, 'not-openpgp');
  }
}
