// What the CLI benches share: whole processes under /usr/bin/time (wall time, peak RSS, CPU
// time) and key pairs as GnuPG makes and exports them.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const PASS = 'bench-pass';
export const TIME = '/usr/bin/time';
export const GPG_PASS = ['--pinentry-mode', 'loopback', '--passphrase', PASS];
/** The installed command (package.json `bin`): what `npx airlock` and a global install run. */
export const AIRLOCK_BIN = join(process.cwd(), 'scripts', 'airlock.mjs');

/** Wall time, peak RSS, and CPU time (user + system: less disturbed by a busy machine). */
export type Run = { ms: number; rssKiB: number; cpuMs: number };

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** One whole process under /usr/bin/time: wall time and its peak resident set (any descendant);
 *  `onStdout` sees what it printed (not kept in the Run: a 10 MB text in the JSON). It must
 *  exit with `expectStatus` (a refusal is measured with 1). */
export function measure(
  command: string,
  args: readonly string[],
  onStdout?: (stdout: string) => void,
  expectStatus = 0,
): Run {
  const start = performance.now();
  // The text of a 10 MB reply comes back on stdout: room for it.
  const result = spawnSync(TIME, ['-f', '%M %U %S', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - start;
  if (result.status !== expectStatus) {
    const output = `${result.stdout.slice(0, 500)}\n${result.stderr.slice(-2000)}`;
    throw new Error(`${command} ${args.join(' ')} (${result.status ?? result.signal}): ${output}`);
  }
  onStdout?.(result.stdout);
  const lines = result.stderr.trim().split('\n');
  const [rss, user, system] = (lines[lines.length - 1] ?? '').split(' ').map(Number);
  return { ms, rssKiB: rss ?? NaN, cpuMs: ((user ?? NaN) + (system ?? NaN)) * 1000 };
}

/** A key pair as a coordinator or vendor brings it: made by GnuPG with its defaults and the
 *  secret key exported by `gpg --export-secret-keys` with the protection GnuPG gives it
 *  (iterated-and-salted S2K with the agent's calibrated count): what Airlock is handed. */
export function gpgKey(
  home: string,
  name: string,
): { secret: string; public: string; fpr: string; s2kCount: string } {
  const run = (args: string[]) => {
    const result = spawnSync('gpg', ['--homedir', home, '--batch', ...GPG_PASS, ...args], {
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`gpg ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  };
  const uid = `${name} <${name}@bench.example>`;
  run(['--quick-gen-key', uid, 'default', 'default', 'never']);
  const fpr = /^fpr:+([0-9A-F]{40}):/m.exec(run(['--with-colons', '--list-keys', uid]))?.[1];
  if (fpr === undefined) throw new Error(`gpg made no key for ${uid}`);
  const secret = run(['--armor', '--export-secret-keys', fpr]);
  // `gpg --list-packets` prints the S2K of the exported secret key: the count the user pays.
  // GnuPG 2.2 writes it as "protect count: 65011712 (255)" (the coded byte in brackets).
  const packets = spawnSync('gpg', ['--homedir', home, '--batch', '--list-packets'], {
    input: secret,
    encoding: 'utf8',
  }).stdout;
  const counts = [...packets.matchAll(/\bcount:? (\d+)/g)].map((m) => m[1]);
  const s2kCount =
    counts.length === 0 ? 'unknown' : `${counts[0]} on each of ${counts.length} key packets`;
  return { secret, public: run(['--armor', '--export', fpr]), fpr, s2kCount };
}
