// GnuPG on the other side of the air gap, for e2e tests: a vendor's or partner's own home
// directory, its key pair, and what it does with our files (decrypt and verify) and its own
// (a signed and encrypted reply). Real `gpg --batch`, never a copy of our OpenPGP code.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** One GnuPG home. `at` runs it at that instant (`--faked-system-time`): a test whose
 *  browser clock is fixed makes its keys and signatures at a fixed instant too, never at
 *  the machine's, so nothing is from the browser's future. */
export type Gpg = (args: string[], at?: Date) => Promise<{ stdout: string; stderr: string }>;

const gpgTime = (at: Date) => `${at.toISOString().replace(/[-:]/g, '').slice(0, 15)}!`;

/** Arguments that keep a key's passphrase empty and never ask for one. */
export const NO_PASSPHRASE = ['--pinentry-mode', 'loopback', '--passphrase', ''];

/** A fresh GnuPG home in `dir`; `defaultAt` (if given) is the instant every call runs at
 *  unless the call says another. Without it, gpg runs at the machine's clock. */
export async function gpgHome(dir: string, defaultAt?: Date): Promise<Gpg> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  return async (args, at = defaultAt) =>
    run(
      'gpg',
      [
        ...['--homedir', dir, '--batch'],
        ...(at === undefined ? [] : ['--faked-system-time', gpgTime(at)]),
        ...args,
      ],
      { env: { ...process.env, GNUPGHOME: dir } },
    );
}

/** The primary fingerprint of the first key GnuPG lists for `who` (uid, e-mail or id). */
export async function fingerprintOf(gpg: Gpg, who: string, at?: Date): Promise<string> {
  const listed = await gpg(['--with-colons', '--list-keys', who], at);
  const fpr = /^fpr:+([0-9A-F]{40}):/m.exec(listed.stdout)?.[1];
  if (fpr === undefined) throw new Error(`GnuPG has no key for ${who}`);
  return fpr;
}

/** A vendor's key pair as vendors make them (ed25519 signing primary, cv25519 encryption
 *  subkey), its public key exported armored to `out`; returns the primary fingerprint. */
export async function makeVendorKey(
  gpg: Gpg,
  uid: string,
  out: string,
  validity = '2y',
): Promise<string> {
  await gpg([...NO_PASSPHRASE, '--quick-gen-key', uid, 'ed25519', 'sign', validity]);
  const fpr = await fingerprintOf(gpg, uid);
  await gpg([...NO_PASSPHRASE, '--quick-add-key', fpr, 'cv25519', 'encr', validity]);
  await gpg(['--armor', '--output', out, '--export', fpr]);
  return fpr;
}

/** Decrypts and verifies one of our files as the vendor, writing the plain text to `out`;
 *  returns GnuPG's status lines (`[GNUPG:] GOODSIG …`). */
export async function gpgOpen(gpg: Gpg, file: string, out: string, at?: Date): Promise<string> {
  const opened = await gpg(
    [
      ...[...NO_PASSPHRASE, '--status-fd', '1', '--trust-model', 'always', '--yes'],
      ...['--output', out, '--decrypt', file],
    ],
    at,
  );
  return opened.stdout;
}

/** The vendor's reply: the text (written beside `out` as `.txt`) signed by `signer` and
 *  encrypted to `recipient`, armored into `out`. */
export async function gpgReply(
  gpg: Gpg,
  f: { signer: string; recipient: string; text: string; out: string; at?: Date },
): Promise<void> {
  const plain = `${f.out}.txt`;
  await writeFile(plain, f.text);
  await gpg(
    [
      ...[...NO_PASSPHRASE, '--yes', '--trust-model', 'always', '-u', f.signer, '--sign'],
      ...['-r', f.recipient, '--encrypt', '--armor', '--output', f.out, plain],
    ],
    f.at,
  );
}
