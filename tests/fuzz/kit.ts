// The fuzz suite's harness: every input goes through the same entry points the CLI and the
// app use, and each outcome is judged against the contract (issue 29): refused with a typed
// code and a message, or accepted; never a thrown error, an `internal` code, a hang, a
// runaway heap, a partial output file or a write outside the chosen folder.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, expect } from 'vitest';

/** `npm run fuzz` sets FUZZ_SCALE=full; `npm test` runs the fixed CI subset. */
export const FULL = process.env.FUZZ_SCALE === 'full';
/** Inputs per generator: the full run's count, or the CI subset's. */
export const runs = (full: number, ci: number): number => (FULL ? full : ci);

/** Per input: a hostile file must be decided well within this (gpg takes ~1 s on the worst). */
export const TIME_BOUND_MS = 15_000;
/** Heap after an input: a parser that keeps what it read, or balloons, crosses this. */
export const HEAP_BOUND_BYTES = 768 * 1024 * 1024;

export type Outcome =
  { kind: 'accepted' } | { kind: 'refused'; code: string } | { kind: 'crash'; detail: string };

type Tally = { tried: number; refused: number; accepted: number; crashes: string[] };

const tally: Tally = { tried: 0, refused: 0, accepted: 0, crashes: [] };

/** Codes that mean "we did not decide": a bug, whatever the input. */
const NOT_A_REFUSAL = new Set(['internal', 'incomplete', 'unknown', '']);

export const refused = (code: unknown, message: unknown): Outcome =>
  typeof code === 'string' &&
  !NOT_A_REFUSAL.has(code) &&
  typeof message === 'string' &&
  message.trim().length > 0
    ? { kind: 'refused', code }
    : { kind: 'crash', detail: `untyped refusal ${JSON.stringify({ code, message })}` };

/** A Result-returning app entry point: `ok` accepted, a typed failure refused. */
export const judgeResult = (result: {
  ok: boolean;
  error?: { code?: unknown; message?: unknown };
}): Outcome =>
  result.ok ? { kind: 'accepted' } : refused(result.error?.code, result.error?.message);

const crashDir = path.join(tmpdir(), 'airlock-fuzz-crashes');

/**
 * Runs one input through `paths` (each an entry point judged on its own), under the time
 * bound, and records it. A crash keeps the input under the crash folder so it can be added
 * to corpus/regressions.
 */
export async function tryInput(
  label: string,
  input: Uint8Array,
  paths: Record<string, () => Promise<Outcome>>,
): Promise<Outcome[]> {
  tally.tried += 1;
  const results: Outcome[] = [];
  for (const [name, path_] of Object.entries(paths)) {
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<Outcome>((resolve) => {
      timer = setTimeout(
        () => resolve({ kind: 'crash', detail: `no answer within ${TIME_BOUND_MS} ms` }),
        TIME_BOUND_MS,
      );
    });
    const outcome = await Promise.race([
      path_().catch((error: unknown): Outcome => ({
        kind: 'crash',
        detail: `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
      })),
      bound,
    ]);
    clearTimeout(timer);
    const heap = process.memoryUsage().heapUsed;
    results.push(
      outcome.kind !== 'crash' && heap > HEAP_BOUND_BYTES
        ? { kind: 'crash', detail: `heap at ${Math.round(heap / 2 ** 20)} MiB` }
        : outcome,
    );
    const last = results.at(-1);
    if (last?.kind === 'crash') {
      const kept = path.join(crashDir, `${label.replace(/[^\w.-]+/g, '_')}-${tally.tried}`);
      await rmkdir(crashDir);
      await writeFile(kept, input);
      tally.crashes.push(`${label} via ${name}: ${last.detail} (input kept at ${kept})`);
    }
  }
  if (results.every((r) => r.kind !== 'crash')) {
    if (results.some((r) => r.kind === 'refused')) tally.refused += 1;
    else tally.accepted += 1;
  }
  return results;
}

async function rmkdir(dir: string): Promise<void> {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(dir, { recursive: true });
}

/** Fixed-seed samples of an arbitrary: the same inputs on every run and machine. */
export const samples = <T>(arb: fc.Arbitrary<T>, seed: number, count: number): T[] =>
  count === 0 ? [] : fc.sample(arb, { seed, numRuns: count });

/**
 * Call in each fuzz file: after its inputs, fails the file on any crash (listing each) and
 * adds its counts to the run's tally file for `npm run fuzz`'s last line.
 */
export function reportTally(file: string): void {
  afterAll(async () => {
    const statsDir = process.env.FUZZ_STATS_DIR;
    if (statsDir !== undefined) {
      await writeFile(
        path.join(statsDir, `${file}.json`),
        JSON.stringify({ ...tally, crashes: tally.crashes.length, details: tally.crashes }),
      );
    }
    expect(tally.crashes, `${file}: inputs that crashed`).toEqual([]);
    expect(tally.tried).toBeGreaterThan(0);
  });
}

/** A fresh folder for one input's files; removed afterwards. */
export async function inSandbox<T>(body: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'airlock-fuzz-'));
  try {
    return await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Every file under `dir`, relative, sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

type CliModule = { run: (argv: string[]) => Promise<number> };

/**
 * Runs a CLI command group in this process, as `airlock <group> ...argv` does, and judges
 * its contract: exactly one JSON object on stdout; exit 0 with ok:true, or a non-zero exit
 * with ok:false and a typed code (advisory validate reports an invalid document as ok:true
 * with exit 1: a refusal of the document, not of the command).
 */
export async function runCli(mod: CliModule, argv: string[]): Promise<Outcome> {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const capture = (chunk: string | Uint8Array): boolean => {
    chunks.push(typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk));
    return true;
  };
  process.stdout.write = capture;
  let code: number;
  try {
    code = await mod.run(argv);
  } finally {
    process.stdout.write = write;
  }
  const out = chunks.join('');
  const lines = out.trimEnd().split('\n');
  if (lines.length !== 1)
    return { kind: 'crash', detail: `stdout is not one line: ${out.slice(0, 300)}` };
  let json: { ok?: unknown; valid?: unknown; error?: { code?: unknown; message?: unknown } };
  try {
    json = JSON.parse(lines[0] ?? '') as typeof json;
  } catch {
    return { kind: 'crash', detail: `stdout is not JSON: ${out.slice(0, 300)}` };
  }
  if (code === 0 && json.ok === true) return { kind: 'accepted' };
  if (code !== 0 && json.ok === false) return refused(json.error?.code, json.error?.message);
  if (code === 1 && json.ok === true && json.valid === false)
    return { kind: 'refused', code: 'document-invalid' };
  return { kind: 'crash', detail: `exit ${code} with ${out.slice(0, 300)}` };
}
