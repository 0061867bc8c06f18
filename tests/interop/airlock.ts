// The Airlock side of the interop suite: the organisation key and the same shared/ calls
// the app makes.
import { generateOrgKey, readKeysFrom, type Key, type PrivateKey } from '../../shared/crypto/pgp';
import { openReply, type OpenedReply } from '../../shared/exchange/message';
import { tempDir, writeTemp, type OwnSecret, type Recipient, type ToolKey } from './tools';

export type Org = {
  key: PrivateKey;
  own: OwnSecret;
  recipient: Recipient;
  publicFile: string;
  secretFile: string;
  passFile: string;
  dir: string;
};

export const ORG_PASS = 'airlock org passphrase';

export async function makeOrg(): Promise<Org> {
  const generated = await generateOrgKey({
    name: 'Airlock Org',
    email: 'psirt@airlock.example',
    passphrase: ORG_PASS,
    expiresInSeconds: 2 * 365 * 86400,
  });
  if (!generated.ok) throw new Error(generated.error.message);
  const dir = await tempDir('org');
  const publicFile = await writeTemp(dir, 'org.pub.asc', generated.value.publicKey);
  const secretFile = await writeTemp(dir, 'org.sec.asc', generated.value.secretKey);
  const passFile = await writeTemp(dir, 'org.pass', `${ORG_PASS}\n`);
  return {
    key: generated.value.key,
    own: {
      armoredProtected: generated.value.secretKey,
      armoredUnprotected: generated.value.key.armor(),
      passphrase: ORG_PASS,
      email: 'psirt@airlock.example',
    },
    recipient: {
      file: publicFile,
      fingerprint: generated.value.key.getFingerprint().toUpperCase(),
    },
    publicFile,
    secretFile,
    passFile,
    dir,
  };
}

export async function publicKeyOf(toolKey: ToolKey): Promise<Key> {
  const keys = await readKeysFrom(toolKey.publicKey);
  if (!keys.ok || keys.value[0] === undefined) throw new Error(`cannot read ${toolKey.tool} key`);
  return keys.value[0];
}

/** Every fingerprint (primary and subkeys) of a key, uppercase. */
export function allFingerprints(key: Key): string[] {
  return [key.getFingerprint(), ...key.subkeys.map((s) => s.getFingerprint())].map((f) =>
    f.toUpperCase(),
  );
}

export type Opened = { ok: true; reply: OpenedReply } | { ok: false; code: string };

export async function open(
  org: Org,
  data: Uint8Array,
  known: readonly Key[],
  detachedSignature?: Uint8Array,
): Promise<Opened> {
  const result = await openReply({
    data,
    decryptionKeys: [org.key],
    knownKeys: known,
    ...(detachedSignature === undefined ? {} : { detachedSignature }),
  });
  return result.ok ? { ok: true, reply: result.value } : { ok: false, code: result.error.code };
}

export function statuses(opened: Opened): string[] | string {
  return opened.ok ? opened.reply.signatures.map((s) => s.status) : `error:${opened.code}`;
}
