// IN-PROCESS DIAGNOSTICS: seal and open of a 10 MB payload timed as calls inside this
// already-started process (openpgp.js via shared/crypto/pgp) against GnuPG on the same keys
// and payload. They show the crypto's own cost; what users feel, start-up included, is
// bench/cli.bench.ts (whole processes), where the ≤ 2× goal applies.
// Run: npx tsx bench/pgp.bench.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateOrgKey, openBinary, sealBinary, type PrivateKey } from '../shared/crypto/pgp';

const SIZE = 10 * 1024 * 1024;
const ROUNDS = 3;
const PASS = 'bench-pass';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function time(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function key(name: string): Promise<{ key: PrivateKey; secret: string }> {
  const generated = await generateOrgKey({
    name,
    email: `${name}@bench.example`,
    passphrase: PASS,
  });
  if (!generated.ok) throw new Error(generated.error.message);
  return { key: generated.value.key, secret: generated.value.secretKey };
}

function gpg(home: string, args: string[]): void {
  const base = [
    '--homedir',
    home,
    '--batch',
    '--yes',
    '--pinentry-mode',
    'loopback',
    '--passphrase',
    PASS,
    '--trust-model',
    'always',
  ];
  const result = spawnSync('gpg', [...base, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`gpg ${args.join(' ')}: ${result.stderr}`);
}

async function main(): Promise<void> {
  const [org, vendor] = await Promise.all([key('org'), key('vendor')]);
  // Random (incompressible) payload; getRandomValues fills at most 64 KiB per call.
  const data = new Uint8Array(SIZE);
  for (let i = 0; i < SIZE; i += 65536)
    globalThis.crypto.getRandomValues(data.subarray(i, i + 65536));

  const dir = mkdtempSync(join(tmpdir(), 'airlock-bench-'));
  const home = join(dir, 'gnupg');
  spawnSync('mkdir', ['-m', '700', home]);
  writeFileSync(join(dir, 'org.asc'), org.secret);
  writeFileSync(join(dir, 'vendor.asc'), vendor.secret);
  writeFileSync(join(dir, 'payload.bin'), data);
  gpg(home, ['--import', join(dir, 'org.asc'), join(dir, 'vendor.asc')]);
  const orgFpr = org.key.getFingerprint().toUpperCase();
  const vendorFpr = vendor.key.getFingerprint().toUpperCase();

  const airlockSeal: number[] = [];
  const airlockOpen: number[] = [];
  const gpgSeal: number[] = [];
  const gpgOpen: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    let sealed: Uint8Array = new Uint8Array();
    airlockSeal.push(
      await time(async () => {
        const result = await sealBinary({
          data,
          recipientKeys: [vendor.key.toPublic()],
          signingKey: org.key,
          format: 'binary',
        });
        if (!result.ok) throw new Error(result.error.message);
        sealed = result.value;
      }),
    );
    airlockOpen.push(
      await time(async () => {
        const result = await openBinary({
          data: sealed,
          decryptionKeys: [vendor.key],
          verificationKeys: [org.key.toPublic()],
          requireSignature: true,
        });
        if (!result.ok || result.value.data.length !== SIZE) throw new Error('airlock open failed');
      }),
    );
    const out = join(dir, 'gpg.pgp');
    // Same work as Airlock: sign + encrypt to vendor and self, no compression.
    gpgSeal.push(
      await time(() =>
        gpg(home, [
          '-u',
          orgFpr,
          '-r',
          vendorFpr,
          '-r',
          orgFpr,
          '--compress-algo',
          'none',
          '-o',
          out,
          '--sign',
          '--encrypt',
          join(dir, 'payload.bin'),
        ]),
      ),
    );
    gpgOpen.push(await time(() => gpg(home, ['-o', join(dir, 'gpg.out'), '--decrypt', out])));
    if (readFileSync(join(dir, 'gpg.out')).length !== SIZE) throw new Error('gpg open failed');
  }
  rmSync(dir, { recursive: true, force: true });

  const rows = [
    ['seal', median(airlockSeal), median(gpgSeal)],
    ['open', median(airlockOpen), median(gpgOpen)],
  ] as const;
  console.log(
    `in-process diagnostics: payload ${SIZE / 1024 / 1024} MB, median of ${ROUNDS} rounds (Airlock timed inside this process; gpg includes its process start; the user-facing figures are the cli section)`,
  );
  for (const [name, airlock, baseline] of rows) {
    const ratio = airlock / baseline;
    console.log(
      `in-process ${name.padEnd(5)} airlock ${airlock.toFixed(0).padStart(6)} ms   gpg ${baseline.toFixed(0).padStart(6)} ms   ratio ${ratio.toFixed(2)}x (diagnostic)`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
