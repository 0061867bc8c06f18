// `npm run fuzz`: the whole fuzz suite (tests/fuzz, FUZZ_SCALE=full), then one last line
// with what it tried, e.g. "hostile inputs: 1623 tried, 1201 refused cleanly, 422 accepted
// as allowed, 0 crashes in 212 s". `npm test` runs the same files at their CI size.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const statsDir = mkdtempSync(join(tmpdir(), 'airlock-fuzz-stats-'));
const started = Date.now();
const result = spawnSync('npx', ['vitest', 'run', '--project', 'fuzz', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SCALE: 'full', FUZZ_STATS_DIR: statsDir },
});
const seconds = Math.round((Date.now() - started) / 1000);
const total = { tried: 0, refused: 0, accepted: 0, crashes: 0, details: [] };
for (const name of readdirSync(statsDir)) {
  const stats = JSON.parse(readFileSync(join(statsDir, name), 'utf8'));
  for (const key of ['tried', 'refused', 'accepted', 'crashes']) total[key] += stats[key];
  total.details.push(...stats.details);
}
rmSync(statsDir, { recursive: true, force: true });
for (const detail of total.details) console.log(`crash: ${detail}`);
// A file that failed without reaching its tally (a worker killed by the heap cap, an
// uncaught error) is a crash too, even when no input was recorded as one.
const crashes = result.status === 0 ? total.crashes : Math.max(total.crashes, 1);
console.log(
  `hostile inputs: ${total.tried} tried, ${total.refused} refused cleanly, ` +
    `${total.accepted} accepted as allowed, ${crashes} crashes in ${seconds} s`,
);
process.exit(result.status === 0 && crashes === 0 ? 0 : 1);
