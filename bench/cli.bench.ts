// The CLI as users feel it: whole processes, start-up included. The installed `airlock`
// command (package.json `bin`, plain node) `message open|seal` against `gpg --decrypt|--sign
// --encrypt` on the same 10 MB reply and the same GnuPG-made keys, in the same run, alternating, median of 5; wall time and peak RSS (from
// /usr/bin/time). The reply is what a vendor's GnuPG sends (signed, encrypted, armored,
// GnuPG's default compression); both sides write the plaintext to a file. The bundle section
// does the same for `airlock bundle seal|open` (a case document with the 10 MB file attached)
// against gpg sealing and opening the bundle's own ZIP.
// Run: npx tsx bench/cli.bench.ts
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleDocument } from '../shared/exchange/bundle/testing/sample-case';
import {
  AIRLOCK_BIN,
  GPG_PASS,
  gpgKey,
  measure,
  median,
  PASS,
  TIME,
  type Run,
} from './cli-support';

const SIZE = 10 * 1024 * 1024;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const BOMB_BYTES = 2 ** 30;

/** Text of base64 lines: a reply as a vendor writes it, hardly compressible. */
function replyText(): string {
  const lines: string[] = [];
  let length = 0;
  while (length < SIZE) {
    const line = `${randomBytes(57).toString('base64')}\n`;
    lines.push(line);
    length += line.length;
  }
  return lines.join('').slice(0, SIZE);
}

function summary(
  name: string,
  airlock: Run[],
  gpg: Run[],
  goal: number,
  rssGoalMiB?: number,
): void {
  const a = median(airlock.map((r) => r.ms));
  const g = median(gpg.map((r) => r.ms));
  const ratio = a / g;
  const mib = (runs: Run[]) => (median(runs.map((r) => r.rssKiB)) / 1024).toFixed(0);
  console.log(
    `cli ${name} airlock ${a.toFixed(0).padStart(5)} ms  ${mib(airlock).padStart(4)} MiB peak RSS   gpg ${g.toFixed(0).padStart(5)} ms  ${mib(gpg).padStart(4)} MiB peak RSS`,
  );
  console.log(
    `cli ${name} ratio ${ratio.toFixed(2)} (goal <= ${goal})${ratio <= goal ? '' : '  MISSED'}`,
  );
  const peak = median(airlock.map((r) => r.rssKiB)) / 1024;
  if (rssGoalMiB !== undefined)
    console.log(
      `cli ${name} peak RSS ${peak.toFixed(0)} MiB (goal <= ${rssGoalMiB})${peak <= rssGoalMiB ? '' : '  MISSED'}`,
    );
  const cpu = (runs: Run[]) => median(runs.map((r) => r.cpuMs));
  console.log(
    `diagnostic: cli ${name} CPU time airlock ${cpu(airlock).toFixed(0)} ms, gpg ${cpu(gpg).toFixed(0)} ms (ratio ${(cpu(airlock) / cpu(gpg)).toFixed(2)})`,
  );
}

type OpenedBundle = {
  ok?: boolean;
  signer?: { status?: string };
  manifest?: { files?: { path: string; kind: string }[] };
};

/** `bundle open --json` said ok with a verified signer, and the attachment it extracted is
 *  the payload byte for byte. */
function checkBundle(opened: OpenedBundle, extracted: string, payload: Buffer): void {
  if (opened.ok !== true || opened.signer?.status !== 'valid')
    throw new Error(`bundle open: ${JSON.stringify(opened).slice(0, 500)}`);
  const blob = opened.manifest?.files?.find((f) => f.kind === 'attachment-blob');
  if (blob === undefined || !readFileSync(join(extracted, blob.path)).equals(payload))
    throw new Error('bundle open extracted another attachment than the one sealed');
}

function main(): void {
  if (!existsSync(TIME)) throw new Error(`${TIME} is needed to read peak RSS (Debian: time)`);
  const dir = mkdtempSync(join(tmpdir(), 'airlock-cli-bench-'));
  const home = join(dir, 'gnupg');
  spawnSync('mkdir', ['-m', '700', home]);
  const org = gpgKey(home, 'org');
  const vendor = gpgKey(home, 'vendor');
  const file = (name: string, contents: string) => {
    writeFileSync(join(dir, name), contents);
    return join(dir, name);
  };
  const payload = file('payload.txt', replyText());
  const orgSecret = file('org.asc', org.secret);
  const orgPublic = file('org-pub.asc', org.public);
  const vendorSecret = file('vendor.asc', vendor.secret);
  const vendorPublic = file('vendor-pub.asc', vendor.public);
  const passFile = file('pass.txt', PASS);
  const reply = join(dir, 'reply.asc');
  const gpgBase = ['--homedir', home, '--batch', '--yes', '--quiet', '--trust-model', 'always'];
  const gpg = (args: string[]) => measure('gpg', [...gpgBase, ...GPG_PASS, ...args]);
  // The vendor's reply, made once by GnuPG with its defaults.
  gpg(['-u', vendor.fpr, '-r', org.fpr, '--armor', '-o', reply, '--sign', '--encrypt', payload]);
  // The command a user types: the `bin` script run by its shebang (plain node, no npm).
  const airlockGroup = (group: string) => (args: string[], onStdout?: (out: string) => void) =>
    measure(AIRLOCK_BIN, [group, ...args], onStdout);
  const airlock = airlockGroup('message');
  const openArgs = [
    ...['open', reply, '--secret-key', orgSecret, '--passphrase-file', passFile],
    ...['--known-key', vendorPublic, '--json', '--out', join(dir, 'airlock.txt')],
  ];
  // The text printed in the JSON instead of --out.
  const openJsonArgs = openArgs.slice(0, -2);
  const sealArgs = [
    ...['seal', '--in', payload, '--to', vendorPublic, '--sign-with', orgSecret],
    ...['--passphrase-file', passFile, '--out', join(dir, 'airlock-sealed.asc')],
  ];
  // Same work as Airlock's seal: sign, encrypt to the vendor and to self, armored, no compression.
  const gpgSeal = [
    ...['-u', org.fpr, '-r', vendor.fpr, '-r', org.fpr, '--compress-algo', 'none', '--armor'],
    ...['-o', join(dir, 'gpg-sealed.asc'), '--sign', '--encrypt', payload],
  ];
  // The bundle: the sample case document (TLP:AMBER; its contacts list no key, so clearance
  // does not limit the vendor) with the 10 MB payload attached, signed by the org, sealed to
  // the vendor (and the org); opened as the vendor with the org's key known.
  const bundle = airlockGroup('bundle');
  const caseFile = file('case.json', JSON.stringify(sampleDocument()));
  const bundleSealArgs = (out: string) => [
    ...['seal', '--case', caseFile, '--attach', payload, '--to', vendorPublic],
    ...['--sign-with', orgSecret, '--passphrase-file', passFile, '--out', out],
  ];
  const sealed = join(dir, 'sealed.airlock');
  const bundleOpenArgs = (extractDir: string) => [
    ...['open', sealed, '--secret-key', vendorSecret, '--passphrase-file', passFile],
    ...['--known-key', orgPublic, '--extract', extractDir, '--json'],
  ];
  // GnuPG's side seals and opens the bundle's own ZIP (manifest, case records and the 10 MB
  // attachment, stored): the same bytes under the same envelope as Airlock's (signed by the
  // org, to the vendor and the org, binary, no OpenPGP compression). Airlock also builds and
  // checks the ZIP; that is the work being compared.
  const zip = join(dir, 'bundle.zip');
  bundle(bundleSealArgs(join(dir, 'first.airlock'))); // outside the timings
  gpg(['-o', zip, '--decrypt', join(dir, 'first.airlock')]); // GnuPG reads Airlock's bundle
  const gpgSealed = join(dir, 'gpg-bundle.gpg');
  const gpgBundleSeal = [
    ...['-u', org.fpr, '-r', vendor.fpr, '-r', org.fpr, '--compress-algo', 'none'],
    ...['-o', gpgSealed, '--sign', '--encrypt', zip],
  ];
  let openedJson = '';
  airlock(['--help']); // builds dist-cli/ if it is stale, outside the timings
  const startup = [0, 1, 2, 3, 4].map(() => airlock(['--help']));
  const npxStartup = [0, 1, 2].map(() => measure('npx', ['airlock', 'message', '--help']));
  const runs = {
    airlockOpen: [] as Run[],
    gpgOpen: [] as Run[],
    airlockOpenJson: [] as Run[],
    gpgOpenStdout: [] as Run[],
    airlockSeal: [] as Run[],
    gpgSeal: [] as Run[],
    airlockBundleSeal: [] as Run[],
    gpgBundleSeal: [] as Run[],
    airlockBundleOpen: [] as Run[],
    gpgBundleOpen: [] as Run[],
  };
  for (let round = 0; round < ROUNDS; round += 1) {
    runs.airlockOpen.push(airlock(openArgs));
    runs.gpgOpen.push(gpg(['-o', join(dir, 'gpg.txt'), '--decrypt', reply]));
    runs.airlockOpenJson.push(airlock(openJsonArgs));
    runs.gpgOpenStdout.push(gpg(['--decrypt', reply]));
    runs.airlockSeal.push(airlock(sealArgs));
    runs.gpgSeal.push(gpg(gpgSeal));
    runs.airlockBundleSeal.push(bundle(bundleSealArgs(sealed)));
    runs.gpgBundleSeal.push(gpg(gpgBundleSeal));
    const extracted = join(dir, `extracted-${round}`); // --extract refuses existing files
    runs.airlockBundleOpen.push(bundle(bundleOpenArgs(extracted), (out) => (openedJson = out)));
    runs.gpgBundleOpen.push(gpg(['-o', join(dir, 'gpg-bundle.zip'), '--decrypt', gpgSealed]));
  }
  const opened = readFileSync(join(dir, 'airlock.txt'));
  if (!opened.equals(readFileSync(join(dir, 'gpg.txt'))) || opened.length !== SIZE)
    throw new Error('airlock and gpg opened different plaintexts');
  gpg(['-o', join(dir, 'check.txt'), '--decrypt', join(dir, 'airlock-sealed.asc')]);
  if (!readFileSync(join(dir, 'check.txt')).equals(readFileSync(payload)))
    throw new Error("gpg cannot read airlock's sealed message");
  checkBundle(
    JSON.parse(openedJson) as OpenedBundle,
    join(dir, `extracted-${ROUNDS - 1}`),
    readFileSync(payload),
  );
  if (!readFileSync(join(dir, 'gpg-bundle.zip')).equals(readFileSync(zip)))
    throw new Error('gpg opened another ZIP than it sealed');
  const zipMiB = (statSync(zip).size / 1024 / 1024).toFixed(1);
  // A compression bomb as GnuPG makes it (1 GiB of zeros, signed, encrypted, armored, its
  // default compression): refused at the decompression cap, in bounded memory, both modes.
  const zeros = join(dir, 'zeros');
  writeFileSync(zeros, '');
  truncateSync(zeros, BOMB_BYTES); // sparse: no GiB on disk
  const bomb = join(dir, 'bomb.asc');
  gpg(['-u', vendor.fpr, '-r', org.fpr, '--armor', '-o', bomb, '--sign', '--encrypt', zeros]);
  const bombKiB = (statSync(bomb).size / 1024).toFixed(0);
  const refused = (args: string[]) => {
    let printed = '';
    const run = measure(AIRLOCK_BIN, ['message', ...args], (out) => (printed = out), 1);
    const code = (JSON.parse(printed) as { error?: { code?: string } }).error?.code;
    if (code !== 'decompression-limit') throw new Error(`bomb: ${printed.slice(0, 300)}`);
    return run;
  };
  const bombOpen = [...openArgs.slice(0, 1), bomb, ...openArgs.slice(2)];
  const bombRuns = {
    out: refused([...bombOpen.slice(0, -1), join(dir, 'bomb.txt')]),
    json: refused(bombOpen.slice(0, -2)),
  };
  rmSync(dir, { recursive: true, force: true });

  console.log(
    `payload ${SIZE / 1024 / 1024} MB text; keys made and exported by GnuPG (secret key S2K count ${org.s2kCount}); whole processes (the airlock command vs gpg), median of ${ROUNDS}`,
  );
  summary('seal', runs.airlockSeal, runs.gpgSeal, 1, 64);
  summary('open --out', runs.airlockOpen, runs.gpgOpen, 1, 64);
  // gpg has no JSON: its side writes the plaintext to stdout, as the JSON carries the text.
  summary('open --json', runs.airlockOpenJson, runs.gpgOpenStdout, 1, 64);
  console.log(
    `bundle: the sample case document + the ${SIZE / 1024 / 1024} MB payload attached (a ${zipMiB} MiB ZIP); gpg seals and opens that ZIP`,
  );
  summary('bundle seal', runs.airlockBundleSeal, runs.gpgBundleSeal, 1);
  summary('bundle open', runs.airlockBundleOpen, runs.gpgBundleOpen, 1);
  for (const [mode, run] of Object.entries(bombRuns))
    console.log(
      `cli bomb open --${mode}: ${BOMB_BYTES / 2 ** 30} GiB of zeros in a ${bombKiB} KiB reply, refused (decompression-limit) in ${run.ms.toFixed(0)} ms, ${(run.rssKiB / 1024).toFixed(0)} MiB peak RSS`,
    );
  console.log(
    `diagnostic: start-up alone (airlock message --help) ${median(startup.map((r) => r.ms)).toFixed(0)} ms; through npx ${median(npxStartup.map((r) => r.ms)).toFixed(0)} ms`,
  );
}

try {
  main();
} catch (error: unknown) {
  console.error(error);
  process.exitCode = 1;
}
