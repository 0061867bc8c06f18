// Issue 25 item 4: the memory of `airlock bundle seal|open` for a case with a 100 MB
// attachment, whole processes (the installed command), peak RSS against the 256 MiB goal.
// The case is the generated 1,000-vendor case (5,000 messages, 200 products, 20,000 events:
// the large-case bench's big one) and the attachment random (incompressible) bytes.
// Run: npx tsx bench/bundle-memory.bench.ts   (BUNDLE_MB=… for another attachment size)
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CASE_DOCUMENT_FORMAT, type CaseDocument } from '../shared/model/case-document';
import { generateLargeCase } from '../tests/generators/large-case';
import { AIRLOCK_BIN, gpgKey, measure, PASS, type Run } from './cli-support';

const MB = Number(process.env.BUNDLE_MB ?? 100);
const GOAL_MIB = 256;

/** The large-case bench's 1,000-vendor case as the case document `bundle seal` reads. */
function largeCaseDocument(): CaseDocument {
  const large = generateLargeCase({ vendors: 1000, messages: 5000, products: 200, events: 20_000 });
  return {
    format: CASE_DOCUMENT_FORMAT,
    case: large.kase,
    events: large.events,
    involvements: large.involvements,
    contacts: large.contacts,
    messages: large.messages,
  };
}

function line(name: string, run: Run): void {
  const peak = run.rssKiB / 1024;
  console.log(
    `bundle ${name} (${MB} MB attachment) ${run.ms.toFixed(0).padStart(6)} ms  peak RSS ${peak.toFixed(0)} MiB (goal <= ${GOAL_MIB})${peak <= GOAL_MIB ? '' : '  MISSED'}`,
  );
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'airlock-bundle-bench-'));
  try {
    const home = join(dir, 'gnupg');
    spawnSync('mkdir', ['-m', '700', home]);
    const org = gpgKey(home, 'org');
    const vendor = gpgKey(home, 'vendor');
    const file = (name: string, contents: string | Buffer) => {
      writeFileSync(join(dir, name), contents);
      return join(dir, name);
    };
    const attachment = file('evidence.bin', randomBytes(MB * 1024 * 1024));
    const caseFile = file('case.json', JSON.stringify(largeCaseDocument()));
    const pass = file('pass.txt', PASS);
    const sealed = join(dir, 'case.airlock');
    const bundle = (args: string[]) => measure(AIRLOCK_BIN, ['bundle', ...args]);
    bundle(['--help']); // builds dist-cli/ if it is stale, outside the timings
    const seal = bundle([
      ...['seal', '--case', caseFile, '--attach', attachment],
      ...[
        '--to',
        file('vendor-pub.asc', vendor.public),
        '--sign-with',
        file('org.asc', org.secret),
      ],
      ...['--passphrase-file', pass, '--out', sealed],
    ]);
    const open = bundle([
      ...['open', sealed, '--secret-key', file('vendor.asc', vendor.secret)],
      ...['--passphrase-file', pass, '--known-key', file('org-pub.asc', org.public)],
      ...['--extract', join(dir, 'extracted'), '--json'],
    ]);
    console.log(
      `bundle: the 1,000-vendor case (${(statSync(caseFile).size / 1048576).toFixed(1)} MiB of JSON) + a ${MB} MB attachment (a ${(statSync(sealed).size / 1048576).toFixed(0)} MiB bundle); one run each`,
    );
    line('seal', seal);
    line('open', open);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error: unknown) {
  console.error(error);
  process.exitCode = 1;
}
