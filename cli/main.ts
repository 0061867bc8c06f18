#!/usr/bin/env node
// `npm run -s airlock -- <group> <verb> ...`: a thin Node front over shared/.
// Each group lives in cli/commands/<group>.ts and is loaded only when asked for,
// so `message open` does not pay for the CSAF validator's start-up.
import { setFlagsFromString } from 'node:v8';
import { printFailure } from './output';

type CommandModule = { run: (argv: string[]) => Promise<number> };

const groups: Record<string, () => Promise<CommandModule>> = {
  message: () => import('./commands/message'),
  key: () => import('./commands/key'),
  bundle: () => import('./commands/bundle'),
  advisory: () => import('./commands/advisory'),
  audit: () => import('./commands/audit'),
  backup: () => import('./commands/backup'),
  case: () => import('./commands/case'),
  ssvc: () => import('./commands/ssvc'),
  'report-form': () => import('./commands/report-form'),
};

/**
 * V8 settings for the groups that stream a large file through native crypto and zlib
 * (`message open|seal` of a reply, `bundle seal|open` with an attachment), set before the
 * group's modules load. Most of the peak RSS was heap and buffers no collection had reached
 * yet: --semi-space-growth-factor=1 keeps the young generation at its start size (buffers
 * become garbage young and the next scavenge frees them), and a higher --interrupt-budget
 * leaves code that runs a few times to the interpreter, so TurboFan's compile memory and
 * time go to what stays hot (the stream loops). Measured on a 10 MB GnuPG reply: `message
 * open --out` peak RSS 78 -> 62 MiB with less CPU time. Both are read as the process runs
 * (each new-space resize, each tier-up decision), so setting them here takes effect; flags
 * V8 reads once at start-up do not (--optimize-for-size's heap sizing), and some are unsafe
 * to change on a running isolate (--single-threaded-gc aborted on a concurrent-marking check).
 * A V8 that does not know one says so on stderr and carries on.
 */
const LEAN_V8_FLAGS = '--semi-space-growth-factor=1 --interrupt-budget=4000000';
const LEAN_GROUPS: ReadonlySet<string> = new Set(['message', 'bundle']);

const usage = `airlock <group> <verb> [options]

Groups:
  key       generate | inspect | export     OpenPGP keys
  message   seal | open                     vendor messages (.asc, .eml)
  bundle    seal | open                     signed case bundles (.airlock)
  advisory  render | validate               CSAF 2.0, CVE JSON 5, HTML, Markdown
  audit     verify                          a backup's audit chain and its sealed head
  backup    verify                          every row, attachment and the chain of a backup
  case      show | validate                 a case document as the engine folds it
  ssvc      decide                          CERT/CC SSVC coordinator triage / publish decisions
  report-form --to <key> --out <file.html>  the finder's offline, encrypting report form

Run 'airlock <group> --help' for a group's options.`;

async function main(argv: string[]): Promise<number> {
  const [group, ...rest] = argv;
  if (group === undefined || group === '--help' || group === '-h' || group === 'help') {
    process.stdout.write(`${usage}\n`);
    return group === undefined ? 2 : 0;
  }
  const load = groups[group];
  if (load === undefined) {
    return printFailure('usage', `unknown command group '${group}'\n\n${usage}`);
  }
  if (LEAN_GROUPS.has(group)) setFlagsFromString(LEAN_V8_FLAGS);
  const mod = await load();
  return mod.run(rest);
}

let settled = false;
// A command whose work never settles (a library stream deadlocked) would otherwise let
// Node exit 0 with nothing printed, and a script would read that as success.
process.on('beforeExit', () => {
  if (settled) return;
  settled = true;
  process.exitCode = printFailure(
    'incomplete',
    'the command stopped before finishing: treat anything it was to write as not written',
    70,
  );
});

main(process.argv.slice(2)).then(
  (code) => {
    settled = true;
    process.exitCode = code;
  },
  (error: unknown) => {
    settled = true;
    process.exitCode = printFailure(
      'internal',
      error instanceof Error ? error.message : String(error),
    );
  },
);
