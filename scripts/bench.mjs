// `npm run bench`: every benchmark in bench/, each printing ratios against a baseline it
// measures in the same run (never absolute timings compared across machines).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const benches = readdirSync('bench')
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((o) => name.includes(o)))
  .sort();
let failed = false;
for (const name of benches) {
  console.log(`\n=== ${name.replace('.bench.ts', '')} (bench/${name})`);
  const result = spawnSync('npx', ['tsx', `bench/${name}`], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
