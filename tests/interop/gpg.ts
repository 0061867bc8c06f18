import { join, must, PASS, run, tempDir, type KeyKind, type Producer, type ToolKey } from './tools';

/** GnuPG 2.2 with GNUPGHOME in a temp dir; passphrases by loopback pinentry. */
export async function gpgProducer(): Promise<Producer> {
  const home = await tempDir('gpg');
  const env = { GNUPGHOME: home };
  const base = [
    '--batch',
    '--yes',
    '--no-tty',
    '--pinentry-mode',
    'loopback',
    '--passphrase',
    PASS,
    '--trust-model',
    'always',
  ];
  const gpg = (args: string[], input?: string | Uint8Array) =>
    must('gpg', [...base, ...args], { env, ...(input === undefined ? {} : { input }) });
  let n = 0;
  const out = () => join(home, `out-${(n += 1)}`);
  const produce = async (args: string[]) => {
    const path = out();
    await gpg(['-o', path, ...args]);
    const { readFile } = await import('node:fs/promises');
    return readFile(path);
  };
  return {
    name: 'gpg',
    async generate(kind: KeyKind): Promise<ToolKey> {
      const email = `gpg-${kind}@vendor.example`;
      const uid = `GPG ${kind} <${email}>`;
      // future-default = ed25519 (sign) + cv25519 (encrypt) in GnuPG 2.2.
      await gpg([
        '--quick-gen-key',
        uid,
        kind === 'ecc' ? 'future-default' : 'rsa2048',
        'default',
        '1y',
      ]);
      const colons = (await gpg(['--with-colons', '--list-keys', email])).stdout.toString();
      const fingerprint = /^fpr:+([0-9A-F]{40}):/m.exec(colons)?.[1] ?? '';
      // An explicit algorithm makes a primary key only (sign+certify): add the encryption subkey.
      if (kind === 'rsa') await gpg(['--quick-add-key', fingerprint, 'rsa2048', 'encr', '1y']);
      const publicKey = (await gpg(['--armor', '--export', fingerprint])).stdout.toString();
      return { tool: 'gpg', kind, uid, email, fingerprint, publicKey };
    },
    async encrypt(input, recipient, signer, armor) {
      const args = ['--recipient-file', recipient.file, ...(armor ? ['--armor'] : [])];
      return signer === null
        ? produce([...args, '--encrypt', input])
        : produce([...args, '-u', signer.fingerprint, '--sign', '--encrypt', input]);
    },
    sign: (input, signer, armor) =>
      produce(['-u', signer.fingerprint, ...(armor ? ['--armor'] : []), '--sign', input]),
    clearsign: (input, signer) => produce(['-u', signer.fingerprint, '--clearsign', input]),
    detachSign: (input, signer, armor) =>
      produce(['-u', signer.fingerprint, ...(armor ? ['--armor'] : []), '--detach-sign', input]),
    async decryptVerify(file: string, _key: ToolKey, signerPublic: string) {
      await gpg(['--import', signerPublic]);
      const plainFile = out();
      const result = await run(
        'gpg',
        [...base, '--status-fd', '2', '-o', plainFile, '--decrypt', file],
        { env },
      );
      const { readFile } = await import('node:fs/promises');
      const plaintext = result.code === 0 ? await readFile(plainFile) : Buffer.alloc(0);
      const good =
        /\[GNUPG:\] GOODSIG/.test(result.stderr) && /\[GNUPG:\] VALIDSIG/.test(result.stderr);
      return { plaintext, goodSignature: result.code === 0 && good, log: result.stderr };
    },
  };
}
