#!/usr/bin/env node
// `npm run -s airlock -- ...`: runs the prebuilt CLI bundle (dist-cli/airlock.mjs) with plain
// node, so a command does not pay for a TypeScript transpile at start-up. The bundle is
// (re)built first when it is missing (a fresh clone) or older than any file it was built
// from (an edit under cli/ or shared/, a dependency update): the check is one stat per input.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist-cli', 'airlock.mjs');

function isStale() {
  try {
    const { startedAt, inputs } = JSON.parse(
      readFileSync(join(root, 'dist-cli', 'inputs.json'), 'utf8'),
    );
    statSync(entry);
    return inputs.some((input) => statSync(join(root, input)).mtimeMs > startedAt);
  } catch {
    // Missing bundle, missing or unreadable input list, or a deleted input: rebuild.
    return true;
  }
}

// The check stats every input (about 200 files): hot enough for TurboFan to optimize Node's
// stat path, and that compilation's memory stayed resident (about 4 MiB of peak RSS, of the
// 64 MiB a command may use). The check runs interpreted; the command gets TurboFan back.
setFlagsFromString('--no-turbofan');
const stale = isStale();
setFlagsFromString('--turbofan');
if (stale) {
  const { buildCli } = await import('./build-cli.mjs');
  await buildCli({ quiet: true });
}
await import(pathToFileURL(entry).href);
