import {
  join,
  must,
  PASS,
  readFile,
  run,
  tempDir,
  type KeyKind,
  type Producer,
  type ToolKey,
} from './tools';

/** RNP 0.16 (Thunderbird's OpenPGP library) with `--homedir` in a temp dir. */
export async function rnpProducer(): Promise<Producer> {
  const home = await tempDir('rnp');
  const common = ['--homedir', home, '--password', PASS, '--notty'];
  let n = 0;
  const produce = async (args: string[]) => {
    const path = join(home, `out-${(n += 1)}`);
    await must('rnp', [...common, ...args, '--output', path]);
    return readFile(path);
  };
  return {
    name: 'rnp',
    async generate(kind: KeyKind): Promise<ToolKey> {
      const email = `rnp-${kind}@vendor.example`;
      const uid = `RNP ${kind} <${email}>`;
      if (kind === 'ecc') {
        // Expert menu choice 22 = EdDSA + ECDH (Curve25519).
        await must('rnpkeys', [...common, '--generate-key', '--expert', '--userid', uid], {
          input: '22\n',
        });
      } else {
        await must('rnpkeys', [...common, '--generate-key', '--numbits', '2048', '--userid', uid]);
      }
      const listing = (
        await must('rnpkeys', ['--homedir', home, '--list-keys', email])
      ).stdout.toString();
      const fingerprint = (/^\s+([0-9a-f]{40})\s*$/m.exec(listing)?.[1] ?? '').toUpperCase();
      const publicKey = (
        await must('rnpkeys', ['--homedir', home, '--export-key', fingerprint])
      ).stdout.toString();
      return { tool: 'rnp', kind, uid, email, fingerprint, publicKey };
    },
    async encrypt(input, recipient, signer, armor) {
      await must('rnpkeys', ['--homedir', home, '--import', recipient.file]);
      return produce([
        '-e',
        '-r',
        recipient.fingerprint,
        ...(signer === null ? [] : ['-s', '-u', signer.fingerprint]),
        ...(armor ? ['--armor'] : []),
        input,
      ]);
    },
    sign: (input, signer, armor) =>
      produce(['-s', '-u', signer.fingerprint, ...(armor ? ['--armor'] : []), input]),
    clearsign: (input, signer) => produce(['--clearsign', '-u', signer.fingerprint, input]),
    detachSign: (input, signer, armor) =>
      produce(['-s', '--detach', '-u', signer.fingerprint, ...(armor ? ['--armor'] : []), input]),
    async decryptVerify(file: string, _key: ToolKey, signerPublic: string) {
      await must('rnpkeys', ['--homedir', home, '--import', signerPublic]);
      const plainFile = join(home, `plain-${(n += 1)}`);
      const result = await run('rnp', [...common, '-d', file, '--output', plainFile]);
      const plaintext = result.code === 0 ? await readFile(plainFile) : Buffer.alloc(0);
      return {
        plaintext,
        goodSignature: result.code === 0 && /Good signature/i.test(result.stderr),
        log: result.stderr,
      };
    },
  };
}
