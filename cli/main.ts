#!/usr/bin/env node
// `npm run -s airlock -- <group> <verb> ...`: a thin Node front over shared/.
// Each group lives in cli/commands/<group>.ts and is loaded only when asked for,
// so `message open` does not pay for the CSAF validator's start-up.
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
