// `npm test`: every check of ARCHITECTURE.md §9, in order, stopping at the first failure.
// Each step is a plain command so a developer can run any one of them alone.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['unit', 'npx', ['vitest', 'run', '--project', 'unit', '--coverage']],
  // The fuzz suite's fixed-seed CI subset (npm run fuzz runs all of it).
  ['fuzz', 'npx', ['vitest', 'run', '--project', 'fuzz']],
  ['interop', 'npx', ['vitest', 'run', '--project', 'interop', '--passWithNoTests']],
  ['build', 'npx', ['vite', 'build']],
  // The at-rest canary's positive control: the same app writing records in clear.
  ['build-control', 'npx', ['vite', 'build', '--outDir', '../dist/control', '--mode', 'control']],
  ['e2e', 'npx', ['vitest', 'run', '--project', 'e2e']],
  // Skipped, with the reason printed, where the Electron binary or a packaged app is missing.
  ['smoke', 'npx', ['vitest', 'run', '--project', 'smoke']],
];

const only = process.argv.slice(2);
const summary = [];
for (const [name, command, args] of steps) {
  if (only.length > 0 && !only.includes(name)) continue;
  const started = Date.now();
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  summary.push(`${name} ${result.status === 0 ? 'ok' : 'FAILED'} (${seconds} s)`);
  if (result.status !== 0) {
    console.error(
      `\n${summary.join('\n')}\n\n${name} failed (exit ${result.status ?? result.signal})`,
    );
    process.exit(1);
  }
}
console.log(`\n${summary.join('\n')}`);
