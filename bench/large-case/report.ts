// The large-case bench's printed lines: per size, then the growth ratio between the sizes.
import type { ChangeTiming } from './change';
import type { OpenTiming } from './measure';

export const OPEN_GOAL_MS = 300;
export const CHANGE_GOAL_MS = 50;
export const FRAME_MS = 16.7;

export type SizeRun = { label: string; opens: OpenTiming[]; changes: ChangeTiming[] };

export const percentile = (samples: readonly number[], p: number): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const ms = (v: number) => `${v.toFixed(1)} ms`;
const stats = (xs: readonly number[]) =>
  `p50 ${ms(percentile(xs, 50))}, p95 ${ms(percentile(xs, 95))}, max ${ms(Math.max(...xs))}`;
const present = (xs: readonly (number | null)[]): number[] =>
  xs.flatMap((x) => (x === null ? [] : [x]));
// A frame start can be a little late without a frame being lost: 1 ms of slack.
const dropped = (xs: readonly number[]) => xs.filter((x) => x > FRAME_MS + 1).length;

/** Each figure's samples, by name (the growth lines compare them by name). */
const figures = (run: SizeRun): Record<string, number[]> => ({
  open: run.opens.map((o) => o.open),
  'scroll to last vendor': present(run.opens.map((o) => o.scrollToLast)),
  'open its thread': present(run.opens.map((o) => o.openThread)),
  'filter to one status': run.changes.map((c) => c.filterTo),
  'filter back to all': run.changes.map((c) => c.filterBack),
  'status change': run.changes.map((c) => c.statusChange),
});

export const printSize = (run: SizeRun, base: readonly number[]): void => {
  const f = figures(run);
  const opens = f['open'] ?? [];
  const o = run.opens;
  const scrollFrames = present(o.map((x) => x.scrollFrame));
  const threadFrames = present(o.map((x) => x.threadFrame));
  const idleFrames = present(o.map((x) => x.idleFrame));
  const goal = (xs: readonly number[], limit: number) =>
    `p95 ${Math.round(percentile(xs, 95))} ms (goal <= ${limit}: ${percentile(xs, 95) <= limit ? 'met' : 'MISSED'})`;
  const c0 = run.changes[0];
  const cn = run.changes[run.changes.length - 1];
  console.log(`\n--- ${run.label}`);
  console.log(`3-vendor case open   ${stats(base)} over ${base.length} opens`);
  console.log(`case open            ${stats(opens)} over ${opens.length} opens`);
  console.log(
    `ratio case/baseline  p50 ${(percentile(opens, 50) / percentile(base, 50)).toFixed(2)}×, ` +
      `p95 ${(percentile(opens, 95) / percentile(base, 95)).toFixed(2)}×`,
  );
  console.log(
    `scroll to last vendor ${stats(f['scroll to last vendor'] ?? [])} (includes its frame)`,
  );
  console.log(`open its thread      ${stats(f['open its thread'] ?? [])}`);
  console.log(
    `longest frame per step (above one frame = a frame dropped): ` +
      `scroll ${stats(scrollFrames)}, ${dropped(scrollFrames)} of ${scrollFrames.length} dropped one; ` +
      `thread ${stats(threadFrames)}, ${dropped(threadFrames)} of ${threadFrames.length} dropped one; ` +
      `idle control ${dropped(idleFrames)} of ${idleFrames.length}`,
  );
  console.log(
    `matrix filter "${c0?.filterLabel ?? '?'}" … "${cn?.filterLabel ?? '?'}" ${stats(f['filter to one status'] ?? [])}; ` +
      `back to all ${stats(f['filter back to all'] ?? [])} over ${run.changes.length}`,
  );
  console.log(
    `status change "${c0?.statusBefore ?? '?'}" -> "${c0?.statusAfter ?? '?'}" (Mark unreachable, ` +
      `click to row painted, store commit included) ${stats(f['status change'] ?? [])}`,
  );
  // The first change after the case opened is the write path's first plan on that case: it
  // used to fold the whole timeline again (issue 25); the later ones carry its fold on.
  const later = (f['status change'] ?? []).slice(1);
  console.log(
    `first status change after the first open ${ms(c0?.statusChange ?? NaN)}; ` +
      `the ${later.length} later ${stats(later)}`,
  );
  console.log(`open ${goal(opens, OPEN_GOAL_MS)}`);
  const changes = [...(f['filter to one status'] ?? []), ...(f['filter back to all'] ?? [])];
  console.log(`filter ${goal(changes, CHANGE_GOAL_MS)}`);
  console.log(`status change ${goal(f['status change'] ?? [], CHANGE_GOAL_MS)}`);
};

/** p95 of the last size over p95 of the first, figure by figure. */
export const printGrowth = (runs: readonly SizeRun[]): void => {
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (first === undefined || last === undefined || first === last) return;
  console.log(`\n--- growth (p95 ${last.label.split(',')[0]} / p95 ${first.label.split(',')[0]})`);
  const a = figures(first);
  const b = figures(last);
  for (const [name, xs] of Object.entries(b)) {
    const ys = a[name] ?? [];
    console.log(
      `${name.padEnd(22)} ${(percentile(xs, 95) / percentile(ys, 95)).toFixed(2)}× ` +
        `(${ms(percentile(ys, 95))} -> ${ms(percentile(xs, 95))})`,
    );
  }
};
