import {
  join,
  must,
  readFile,
  run,
  tempDir,
  type KeyKind,
  type Producer,
  type ToolKey,
} from './tools';

/**
 * Sequoia sq 0.27: keys are plain files in a per-test dir (this version has no cert
 * store, so nothing is shared between tests). sq signs with a signing *subkey*.
 */
export async function sqProducer(): Promise<Producer> {
  const dir = await tempDir('sq');
  const keys = new Map<string, string>();
  let n = 0;
  const produce = async (args: string[]) => {
    const path = join(dir, `out-${(n += 1)}`);
    await must('sq', [...args, '--output', path]);
    return readFile(path);
  };
  const secretOf = (key: ToolKey) => keys.get(key.fingerprint) ?? '';
  return {
    name: 'sq',
    async generate(kind: KeyKind): Promise<ToolKey> {
      const email = `sq-${kind}@vendor.example`;
      const uid = `<${email}>`;
      const secret = join(dir, `${kind}.key`);
      const cert = join(dir, `${kind}.cert`);
      await must('sq', [
        'key',
        'generate',
        '--userid',
        uid,
        '--cipher-suite',
        kind === 'ecc' ? 'cv25519' : 'rsa3k',
        '--export',
        secret,
      ]);
      await must('sq', ['key', 'extract-cert', '--output', cert, secret]);
      const publicKey = (await readFile(cert)).toString();
      const inspect = (await must('sq', ['inspect', cert])).stdout.toString();
      const fingerprint = /Fingerprint: ([0-9A-F]{40})/.exec(inspect)?.[1] ?? '';
      keys.set(fingerprint, secret);
      return { tool: 'sq', kind, uid, email, fingerprint, publicKey };
    },
    encrypt: (input, recipient, signer, armor) =>
      produce([
        'encrypt',
        '--recipient-cert',
        recipient.file,
        ...(signer === null ? [] : ['--signer-key', secretOf(signer)]),
        ...(armor ? [] : ['--binary']),
        input,
      ]),
    sign: (input, signer, armor) =>
      produce(['sign', '--signer-key', secretOf(signer), ...(armor ? [] : ['--binary']), input]),
    clearsign: (input, signer) =>
      produce(['sign', '--cleartext-signature', '--signer-key', secretOf(signer), input]),
    detachSign: (input, signer, armor) =>
      produce([
        'sign',
        '--detached',
        '--signer-key',
        secretOf(signer),
        ...(armor ? [] : ['--binary']),
        input,
      ]),
    async decryptVerify(file: string, key: ToolKey, signerPublic: string) {
      const plainFile = join(dir, `plain-${(n += 1)}`);
      const args = [
        'decrypt',
        '--recipient-key',
        secretOf(key),
        '--signer-cert',
        signerPublic,
        '--signatures',
        '1',
      ];
      const result = await run('sq', [...args, '--output', plainFile, file]);
      const plaintext = result.code === 0 ? await readFile(plainFile) : Buffer.alloc(0);
      return {
        plaintext,
        goodSignature: result.code === 0 && /Good signature/i.test(result.stderr),
        log: result.stderr,
      };
    },
  };
}
