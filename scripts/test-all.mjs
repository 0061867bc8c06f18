// `npm test`: every check of ARCHITECTURE.md §9, stopping at the first failing stage.
// Each step is a plain command so a developer can run any one of them alone
// (`node scripts/test-all.mjs lint unit` runs only those).
//
// Steps of one stage run at the same time: typecheck, lint and prettier are each one
// single-threaded process, so on CI's two cores running them together takes about as long
// as the slowest one instead of their sum; the fuzz subset and the interop suite likewise.
// Their output is held and printed whole when each step ends, so logs do not interleave.
import { spawn } from 'node:child_process';

const stages = [
  [
    ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
    ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
    ['format', 'npx', ['prettier', '--check', '.']],
  ],
  [['unit', 'npx', ['vitest', 'run', '--project', 'unit', '--coverage']]],
  [
    // The fuzz suite's fixed-seed CI subset (npm run fuzz runs all of it).
    ['fuzz', 'npx', ['vitest', 'run', '--project', 'fuzz']],
    ['interop', 'npx', ['vitest', 'run', '--project', 'interop', '--passWithNoTests']],
  ],
  [
    ['build', 'npx', ['vite', 'build']],
    // The at-rest canary's positive control: the same app writing records in clear.
    ['build-control', 'npx', ['vite', 'build', '--outDir', '../dist/control', '--mode', 'control']],
  ],
  [['e2e', 'npx', ['vitest', 'run', '--project', 'e2e']]],
  // Skipped, with the reason printed, where the Electron binary or a packaged app is missing.
  [['smoke', 'npx', ['vitest', 'run', '--project', 'smoke']]],
];

/** Runs one step; a step alone in its stage streams its output, others buffer it. */
const run = ([name, command, args], streamed) =>
  new Promise((resolve) => {
    const started = Date.now();
    console.log(
      `\n=== ${name}: ${command} ${args.join(' ')}${streamed ? '' : ' (output when done)'}`,
    );
    const child = spawn(command, args, {
      stdio: streamed ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...(streamed ? {} : { FORCE_COLOR: '1' }) },
    });
    const chunks = [];
    child.stdout?.on('data', (chunk) => chunks.push(chunk));
    child.stderr?.on('data', (chunk) => chunks.push(chunk));
    child.on('close', (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (!streamed) {
        console.log(`\n=== ${name} output:`);
        process.stdout.write(Buffer.concat(chunks));
      }
      resolve({
        name,
        ok: code === 0,
        line: `${name} ${code === 0 ? 'ok' : 'FAILED'} (${seconds} s)`,
        exit: code ?? signal,
      });
    });
  });

const only = process.argv.slice(2);
const summary = [];
for (const stage of stages) {
  const steps = stage.filter(([name]) => only.length === 0 || only.includes(name));
  if (steps.length === 0) continue;
  const results = await Promise.all(steps.map((step) => run(step, steps.length === 1)));
  summary.push(...results.map((result) => result.line));
  const failed = results.find((result) => !result.ok);
  if (failed) {
    console.error(`\n${summary.join('\n')}\n\n${failed.name} failed (exit ${failed.exit})`);
    process.exit(1);
  }
}
console.log(`\n${summary.join('\n')}`);
